namespace PolicyEvents.Time;

/// <summary>How one end of an EDTF interval (<see cref="PartialDate.IsInterval"/>) is given.</summary>
public enum IntervalEnd
{
    /// <summary>The end is a date: <c>2020-07-07</c> and <c>2020-07-14</c> in <c>2020-07-07/2020-07-14</c>.</summary>
    Known = 0,

    /// <summary>
    /// Open, written <c>..</c>: the interval has no limit on that side. <c>2020-07-07/..</c> is "on 7 July 2020 or at any
    /// time after"; <c>../2020-07-14</c> is "at any time up to 14 July 2020".
    /// </summary>
    Open = 1,

    /// <summary>
    /// Unknown, written as nothing: the end exists, but the sources do not say when. <c>2020-07-07/</c> starts on 7 July 2020
    /// and ends at a time nobody knows. Its span is unbounded on that side, like an open end's.
    /// </summary>
    Unknown = 2,
}
