using System.Runtime.CompilerServices;

namespace PolicyEvents.Queries;

/// <summary>
/// The events of a history's keys sorted by when they take effect under one reading: for each key, a contiguous range of
/// <see cref="Ticks"/> (Unix ticks, ascending, ties ordered so the last of a group is the one in force) and the matching
/// positions in the view's event array. Two parallel arrays, so a binary search reads one contiguous array of ticks (in 4
/// bytes each when they allow, <see cref="IndexTicks"/>).
/// </summary>
internal sealed class TickIndex
{
    private readonly IndexTicks _ticks;

    internal TickIndex(IndexTicks ticks, int[] events)
    {
        _ticks = ticks;
        Events = events;
    }

    /// <summary>The effective instants, in ticks since the Unix epoch (floored), sorted within each key's range.</summary>
    internal IndexTicks Ticks => _ticks;

    /// <summary>The event of each entry: its position in the view's event array.</summary>
    internal int[] Events { get; }

    /// <summary>Per company ordinal, the positions of the entries whose scope admits requests from any jurisdiction, in index
    /// order across the company's keys; null for a company without any. Set once, before the index is published.</summary>
    internal int[]?[] AnyOrigin { get; private set; } = [];

    /// <summary>The <see cref="Domain.RequestScope.CoverMask"/> of each entry's scope, beside <see cref="Ticks"/>, so that a request
    /// query skips the entries that do not cover it without reading their events, in 2 bytes (the mask has 10 bits). Set
    /// once, before the index is published.</summary>
    internal ushort[] Cover { get; private set; } = [];

    internal void SetScopes(ushort[] cover, int[]?[] anyOrigin)
    {
        Cover = cover;
        AnyOrigin = anyOrigin;
    }

    /// <summary>Sorts each key's range of entries (skipping ranges already in order) and splits them into a tick index.</summary>
    internal static TickIndex Build(IndexEntry[] entries, KeyInfo[] keys, EntryComparer comparer)
    {
        foreach (var key in keys)
        {
            int lo = key.Start, count = key.End - lo;
            if (count > 1 && !IsSorted(entries, lo, count, comparer))
            {
                Array.Sort(entries, lo, count, comparer);
            }
        }
        var ticks = new long[entries.Length];
        var events = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            ticks[i] = entries[i].Ticks;
            events[i] = entries[i].Event;
        }
        return new TickIndex(IndexTicks.From(ticks), events);
    }

    private static bool IsSorted(IndexEntry[] entries, int lo, int count, EntryComparer comparer)
    {
        for (var i = lo + 1; i < lo + count; i++)
        {
            if (comparer.Compare(entries[i - 1], entries[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The position of the last entry in [lo, hi) with ticks at or before <paramref name="ticks"/>, or lo - 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int LastAtOrBefore(int lo, int hi, long ticks) => _ticks.LastAtOrBefore(lo, hi, ticks);

    /// <summary>The position of the first entry in [lo, hi) with ticks at or after <paramref name="ticks"/>, or hi.</summary>
    internal int FirstAtOrAfter(int lo, int hi, long ticks) => _ticks.FirstAtOrAfter(lo, hi, ticks);

    /// <summary>The winner of the group of equal ticks that starts at or contains <paramref name="position"/>: its last entry.</summary>
    internal int WinnerOfGroup(int position, int hi)
    {
        var all = Ticks;
        while (position + 1 < hi && all.Same(position + 1, position))
        {
            position++;
        }
        return position;
    }
}
