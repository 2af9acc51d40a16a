using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace PolicyEvents.Queries;

/// <summary>
/// The ticks of a <see cref="TickIndex"/>'s entries (Unix ticks), in 4 bytes each when they allow: when every one is the
/// first of them plus a whole number of seconds below 68 years, or the start or end of time, each is kept as that number
/// of seconds (the ends of time as <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>); else each whole, in 8.
/// The searches compare in the form kept, after turning the ticks looked for into it once. Immutable; a struct, so that
/// the index holds its arrays with no object between (point queries read them first); made only by <see cref="From"/>.
/// </summary>
internal readonly struct IndexTicks
{
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();
    private readonly int[]? _seconds; // seconds after _base; int.MinValue and int.MaxValue for MinTicks and MaxTicks
    private readonly long[]? _ticks; // when the seconds do not fit
    private readonly long _base;

    private IndexTicks(int[]? seconds, long[]? ticks, long @base) => (_seconds, _ticks, _base) = (seconds, ticks, @base);

    /// <summary>The ticks, kept as seconds when they allow (see <see cref="IndexTicks"/>), else as given.</summary>
    internal static IndexTicks From(long[] ticks)
    {
        var @base = long.MaxValue;
        foreach (var t in ticks)
        {
            if (t != MinTicks && t != MaxTicks && t < @base)
            {
                @base = t;
            }
        }
        var seconds = new int[ticks.Length];
        for (var i = 0; i < ticks.Length; i++)
        {
            var t = ticks[i];
            if (t == MinTicks || t == MaxTicks)
            {
                seconds[i] = t == MinTicks ? int.MinValue : int.MaxValue;
                continue;
            }
            var after = t - @base; // from 0: @base is the smallest, and every tick is within the ends of time
            if (after % NodaConstants.TicksPerSecond != 0 || after / NodaConstants.TicksPerSecond >= int.MaxValue)
            {
                return new IndexTicks(null, ticks, 0);
            }
            seconds[i] = (int)(after / NodaConstants.TicksPerSecond);
        }
        return new IndexTicks(seconds, null, @base);
    }

    /// <summary>How many entries there are.</summary>
    internal int Length => _seconds?.Length ?? _ticks!.Length;

    /// <summary>The bytes kept.</summary>
    internal long Bytes => _seconds is not null ? 4L * _seconds.Length : 8L * _ticks!.Length;

    /// <summary>The ticks of the entry at a position.</summary>
    internal long this[int position] => _seconds is { } seconds ? TicksOf(seconds[position]) : _ticks![position];

    /// <summary>Whether two entries have the same ticks.</summary>
    internal bool Same(int position, int other) =>
        _seconds is { } seconds ? seconds[position] == seconds[other] : _ticks![position] == _ticks[other];

    /// <summary>The position of the last entry in [lo, hi) with ticks at or before <paramref name="ticks"/>, or lo - 1.</summary>
    internal int LastAtOrBefore(int lo, int hi, long ticks)
    {
        if (_seconds is not { } seconds)
        {
            return LastAtOrBefore(_ticks!, lo, hi, ticks);
        }
        // The number kept that stands for the last ticks at or before those looked for. Unsigned, the division by a
        // constant is a multiplication.
        int at;
        if (ticks >= MaxTicks)
        {
            at = int.MaxValue; // everything, the end of time included
        }
        else if (ticks >= _base)
        {
            at = (int)Math.Min((ulong)(ticks - _base) / NodaConstants.TicksPerSecond, int.MaxValue - 1UL);
        }
        else if (ticks >= MinTicks)
        {
            at = int.MinValue; // only the start of time is at or before
        }
        else
        {
            return lo - 1; // before every tick kept, the start of time included
        }
        return LastAtOrBefore(seconds, lo, hi, at);
    }

    /// <summary>The position of the first entry in [lo, hi) with ticks at or after <paramref name="ticks"/>, or hi.</summary>
    internal int FirstAtOrAfter(int lo, int hi, long ticks) =>
        ticks == long.MinValue ? lo : LastAtOrBefore(lo, hi, ticks - 1) + 1;

    /// <summary>The position of the last value in [lo, hi) of <paramref name="all"/> at or below <paramref name="at"/>, or
    /// lo - 1: the ticks kept as seconds or whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LastAtOrBefore<T>(T[] all, int lo, int hi, T at)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (all[mid] <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private long TicksOf(int seconds) =>
        seconds == int.MinValue ? MinTicks
        : seconds == int.MaxValue ? MaxTicks
        : _base + (seconds * NodaConstants.TicksPerSecond);
}
