using PolicyEvents.Time;

namespace PolicyEvents.Queries;

/// <summary>
/// Which instant of a date's span a query reads: a date known only to the day, month or year covers a span of
/// instants in the jurisdiction's time zone (<see cref="PartialDate.ToInterval"/>), and a query must pick one.
/// </summary>
/// <remarks>The default value is <see cref="Earliest"/>. See <c>docs/queries.md</c> for the rules.</remarks>
public enum DateReading
{
    /// <summary>The first instant of the span (its start): 7 July 2020 in Hong Kong reads as 2020-07-07T00:00 HKT, and the
    /// interval <c>2020-07-07/2020-07-14</c> the same. A span without a start (an interval whose start is open or unknown,
    /// <c>../2020-07-14</c>) reads as the beginning of time, <see cref="NodaTime.Instant.MinValue"/>.</summary>
    Earliest = 0,

    /// <summary>
    /// The last tick (100 ns) of the span, one tick before its exclusive end: 7 July 2020 in Hong Kong reads as
    /// 2020-07-07T23:59:59.9999999 HKT, and the interval <c>2020-07-07/2020-07-14</c> as 2020-07-14T23:59:59.9999999 HKT.
    /// An instant-precision date reads as itself either way, and so does an instant that ends an interval. A span without
    /// an end (an open or unknown end, <c>2020-07-07/..</c>, or the year 9999) reads as the end of time,
    /// <see cref="NodaTime.Instant.MaxValue"/>. (Ticks are the resolution of the history's index, so the last tick is the
    /// last instant a query can tell apart from the next day.)
    /// </summary>
    Latest = 1,
}
