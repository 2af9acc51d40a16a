namespace PolicyEvents.Time;

/// <summary>How precisely a <see cref="PartialDate"/> is known, from coarsest to finest.</summary>
public enum DatePrecision
{
    /// <summary>Known to the year (<c>2020</c>).</summary>
    Year = 0,

    /// <summary>Known to the month (<c>2020-07</c>).</summary>
    Month = 1,

    /// <summary>Known to the day (<c>2020-07-06</c>).</summary>
    Day = 2,

    /// <summary>Known to the second, with a UTC offset (<c>2020-06-30T23:00:00+08:00</c>).</summary>
    Instant = 3,
}
