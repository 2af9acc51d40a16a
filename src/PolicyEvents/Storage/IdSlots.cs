using System.Numerics;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// Finds a row of a column store by its id through an open-addressing table of positions, keyed by the id's string hash
/// (randomized per process): a lookup touches one or two ids, not a binary search's twenty-odd scattered strings, and
/// costs 8 to 16 bytes a row. The table is a power of two at least twice the count; each slot is a position plus one
/// (0: empty).
/// </summary>
internal static class IdSlots
{
    /// <summary>The table for <paramref name="ids"/>, which are distinct.</summary>
    internal static int[] Build<TId>(TId[] ids)
        where TId : struct, ITextIdentifier<TId>
    {
        var slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)ids.Length * 2))];
        var mask = slots.Length - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            var slot = ids[i].Value.GetHashCode() & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    /// <summary>The position of <paramref name="id"/> in <paramref name="ids"/>, or -1.</summary>
    internal static int IndexOf<TId>(int[] slots, TId[] ids, TId id)
        where TId : struct, ITextIdentifier<TId>
    {
        var value = id.Value;
        if (value.Length == 0)
        {
            return -1; // the default id, which no row has
        }
        var mask = slots.Length - 1;
        for (var slot = value.GetHashCode() & mask; ; slot = (slot + 1) & mask)
        {
            var position = slots[slot] - 1;
            if (position < 0)
            {
                return -1;
            }
            if (string.Equals(ids[position].Value, value, StringComparison.Ordinal))
            {
                return position;
            }
        }
    }
}
