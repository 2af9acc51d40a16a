using NodaTime;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// A history's index keeps its ticks in 4 bytes each when they are whole seconds apart within 68 years, the ends of time
/// aside (<see cref="IndexTicks"/>), else whole: either way every tick comes back as given, and every search finds what a
/// search of the ticks themselves finds, for any ticks looked for.
/// </summary>
public class IndexTicksTests
{
    private static readonly long Min = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long Max = Instant.MaxValue.ToUnixTimeTicks();
    private static readonly long Start = Instant.FromUtc(2020, 6, 30, 16, 0).ToUnixTimeTicks();

    public static TheoryData<string, long[], int> Cases()
    {
        var random = new Random(20);
        long[] days = [.. Enumerable.Range(0, 300).Select(_ => Start + (random.Next(-4_000, 4_000) * NodaConstants.TicksPerDay)).Order()];
        return new()
        {
            { "days", days, 4 },
            { "days and the ends of time", [Min, Min, .. days, Max, Max], 4 },
            { "days read at their last tick", [.. days.Select(t => t - 1)], 4 },
            { "the ends of time alone", [Min, Max], 4 },
            { "none", [], 4 },
            { "a fraction of a second", [.. days[..^1], days[^1] + 1], 8 },
            { "more than 68 years apart", [Start, Start + (int.MaxValue * NodaConstants.TicksPerSecond)], 8 },
            { "just under 68 years apart", [Start, Start + ((int.MaxValue - 1L) * NodaConstants.TicksPerSecond)], 4 },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_tick_comes_back_and_every_search_finds_what_the_ticks_give(string name, long[] ticks, int bytesEach)
    {
        var kept = IndexTicks.From([.. ticks]);

        kept.Length.Should().Be(ticks.Length, name);
        kept.Bytes.Should().Be((long)bytesEach * ticks.Length, name);
        Enumerable.Range(0, ticks.Length).Select(i => kept[i]).Should().Equal(ticks, name);
        for (var i = 0; i + 1 < ticks.Length; i++)
        {
            kept.Same(i, i + 1).Should().Be(ticks[i] == ticks[i + 1], "{0}, {1}", name, i);
        }
        long[] probes = [long.MinValue, long.MinValue + 1, Min - 1, Min, Min + 1, Max - 1, Max, Max + 1, long.MaxValue, Start,
            .. ticks.SelectMany(t => new[] { t - NodaConstants.TicksPerSecond, t - 1, t, t + 1, t + NodaConstants.TicksPerSecond })];
        foreach (var probe in probes)
        {
            foreach (var (lo, hi) in new[] { (0, ticks.Length), (ticks.Length / 3, ticks.Length - (ticks.Length / 4)) })
            {
                kept.LastAtOrBefore(lo, hi, probe).Should().Be(lo + ticks.AsSpan(lo, hi - lo).ToArray().Count(t => t <= probe) - 1, "{0}: last at or before {1}", name, probe);
                kept.FirstAtOrAfter(lo, hi, probe).Should().Be(lo + ticks.AsSpan(lo, hi - lo).ToArray().Count(t => t < probe), "{0}: first at or after {1}", name, probe);
            }
        }
    }
}
