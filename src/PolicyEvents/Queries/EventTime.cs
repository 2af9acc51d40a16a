using NodaTime;

namespace PolicyEvents.Queries;

/// <summary>The effective-time rules of the query API, written once (see <c>docs/queries.md</c>).</summary>
internal static class EventTime
{
    /// <summary>Reads a span: its start, or its last tick (the last whole tick, 100 ns, before the exclusive end: one tick
    /// before the end of a day, the instant itself at the end of an interval that ends at an instant; never before the
    /// start, so an instant reads as itself). A span without a start (an interval whose start is open or unknown) reads
    /// earliest as the beginning of time, <see cref="Instant.MinValue"/>; one without an end (an open or unknown end, or the
    /// year 9999) reads latest as the end of time, <see cref="Instant.MaxValue"/>.</summary>
    internal static Instant Read(Interval window, DateReading reading)
    {
        if (reading == DateReading.Earliest)
        {
            return window.HasStart ? window.Start : Instant.MinValue;
        }
        if (!window.HasEnd)
        {
            return Instant.MaxValue;
        }
        var last = Instant.FromUnixTimeTicks((window.End - Duration.Epsilon).ToUnixTimeTicks()); // floored to the tick
        return !window.HasStart || last > window.Start ? last : window.Start;
    }

    /// <summary>Rejects an undefined reading without allocating.</summary>
    internal static DateReading Check(DateReading reading, string paramName) =>
        (uint)reading <= (uint)DateReading.Latest
            ? reading
            : throw new ArgumentOutOfRangeException(paramName, reading, "Not a defined DateReading value.");

    /// <summary>Rejects an undefined scope.</summary>
    internal static CompanyScope Check(CompanyScope scope, string paramName) =>
        (uint)scope <= (uint)CompanyScope.IncludingSubsidiaries
            ? scope
            : throw new ArgumentOutOfRangeException(paramName, scope, "Not a defined CompanyScope value.");
}
