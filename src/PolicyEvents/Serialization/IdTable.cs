using System.Numerics;

namespace PolicyEvents.Serialization;

/// <summary>
/// The entries of an <see cref="IdCache{T}"/>: each id's value keyed by the id's string, looked up by its UTF-8 bytes
/// (<see cref="Utf8StringComparer"/>'s hash), in one array of slots with open addressing. A hash table of nodes costs an
/// object per entry, which a load of ten million statements and sources makes ten million times and the collector marks
/// again in every collection while the load runs; a slot is part of one array.
/// </summary>
/// <remarks>Thread-safe: look-ups take no lock, additions take one. An addition writes a slot's hash and value before
/// its key, and publishes a grown array only once it is filled, so a reader sees a whole entry or none. A reader still
/// holding the array an addition has just replaced may miss an entry added since; the callers then add it, and the
/// addition, under the lock, finds and returns it.</remarks>
internal sealed class IdTable<T> where T : struct
{
    private const int InitialSlots = 16;
    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <summary>How many ids the table holds.</summary>
    internal int Count => Volatile.Read(ref _count);

    /// <summary>Finds the value of the id whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        var slots = Volatile.Read(ref _slots);
        var hash = Utf8StringComparer.Instance.GetHashCode(utf8);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var key = Volatile.Read(ref slot.Key);
            if (key is null)
            {
                value = default;
                return false;
            }
            if (slot.Hash == hash && Utf8StringComparer.Instance.Equals(utf8, key))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, unless the table holds that key already;
    /// returns the value the table holds for it.</summary>
    internal T GetOrAdd(string key, T value)
    {
        var hash = Utf8StringComparer.Instance.GetHashCode(key);
        lock (_gate)
        {
            var slots = _slots;
            var found = Find(slots, key, hash);
            if (slots[found].Key is not null)
            {
                return slots[found].Value;
            }
            if ((_count + 1) * 4L > slots.Length * 3L)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
                found = Find(slots, key, hash);
            }
            ref var slot = ref slots[found];
            slot.Hash = hash;
            slot.Value = value;
            Volatile.Write(ref slot.Key, key);
            Volatile.Write(ref _count, _count + 1);
            return value;
        }
    }

    /// <summary>The slot that holds <paramref name="key"/>, or the empty slot where it belongs.</summary>
    private static int Find(Slot[] slots, string key, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot.Key is null || (slot.Hash == hash && string.Equals(slot.Key, key, StringComparison.Ordinal)))
            {
                return i;
            }
        }
    }

    /// <summary>A table twice as large with the same entries, filled before anyone can read it.</summary>
    private static Slot[] Grown(Slot[] slots)
    {
        var grown = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)slots.Length * 2)];
        var mask = grown.Length - 1;
        foreach (var slot in slots)
        {
            if (slot.Key is null)
            {
                continue;
            }
            var i = slot.Hash & mask;
            while (grown[i].Key is not null)
            {
                i = (i + 1) & mask;
            }
            grown[i] = slot;
        }
        return grown;
    }

    private struct Slot
    {
        internal int Hash;
        internal T Value;
        internal string? Key;
    }
}
