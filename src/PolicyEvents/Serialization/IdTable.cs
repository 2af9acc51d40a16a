using System.Numerics;

namespace PolicyEvents.Serialization;

/// <summary>
/// The entries of an <see cref="IdCache{T}"/>: each id's value keyed by the id's string, looked up by its UTF-8 bytes
/// (<see cref="Utf8StringComparer"/>'s hash), in one array of slots with open addressing. A hash table of nodes costs an
/// object per entry, which a load of ten million statements and sources makes ten million times and the collector marks
/// again in every collection while the load runs; a slot is part of one array. Each id also gets a number, in the order
/// added, by which the columns of a load cite it (<see cref="TryGetNumber"/>).
/// </summary>
/// <remarks>Thread-safe: look-ups take no lock, additions take one. An addition writes a slot's hash and value before
/// its key, and publishes a grown array only once it is filled, so a reader sees a whole entry or none. A reader still
/// holding the array an addition has just replaced may miss an entry added since; the callers then add it, and the
/// addition, under the lock, finds and returns it. A number is given under the lock, so numbers are 0 to
/// <see cref="Count"/> - 1, one per id.</remarks>
internal sealed class IdTable<T> where T : struct
{
    private const int InitialSlots = 16;
    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <summary>How many ids the table holds.</summary>
    internal int Count => Volatile.Read(ref _count);

    /// <summary>Finds the value of the id whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value) => TryGet(utf8, out value, out _);

    /// <summary>Finds the value and the number of the id whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value, out int number)
    {
        var slots = Volatile.Read(ref _slots);
        var found = FindUtf8(slots, utf8);
        (value, number) = found >= 0 ? (slots[found].Value, slots[found].Number) : (default, -1);
        return found >= 0;
    }

    /// <summary>Finds the number of the id whose UTF-8 bytes are <paramref name="utf8"/>: the ids are numbered 0, 1, 2…
    /// in the order they were added, so a load can cite an id by a number and look its number up later.</summary>
    internal bool TryGetNumber(ReadOnlySpan<byte> utf8, out int number) => TryGet(utf8, out _, out number);

    /// <summary>The number of the id <paramref name="key"/>, added with <paramref name="value"/> when the table does not
    /// hold it yet.</summary>
    internal int NumberOf(string key, T value) => Add(key, value).Number;

    /// <summary>Every entry's number and value, in no particular order; for when no thread adds any more.</summary>
    internal IEnumerable<(int Number, T Value)> Numbered()
    {
        foreach (var slot in _slots)
        {
            if (slot.Key is not null)
            {
                yield return (slot.Number, slot.Value);
            }
        }
    }

    /// <summary>The slot that holds the id whose UTF-8 bytes are <paramref name="utf8"/>, or -1.</summary>
    private static int FindUtf8(Slot[] slots, ReadOnlySpan<byte> utf8)
    {
        var hash = Utf8StringComparer.Instance.GetHashCode(utf8);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var key = Volatile.Read(ref slot.Key);
            if (key is null)
            {
                return -1;
            }
            if (slot.Hash == hash && Utf8StringComparer.Instance.Equals(utf8, key))
            {
                return i;
            }
        }
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, unless the table holds that key already;
    /// returns the value the table holds for it.</summary>
    internal T GetOrAdd(string key, T value) => Add(key, value).Value;

    /// <summary>As <see cref="GetOrAdd(string, T)"/>, with the number of the entry.</summary>
    internal T GetOrAdd(string key, T value, out int number)
    {
        (var held, number) = Add(key, value);
        return held;
    }

    /// <summary>The entry for <paramref name="key"/>: the one the table holds, else a new one with <paramref name="value"/>
    /// and the next number.</summary>
    private (T Value, int Number) Add(string key, T value)
    {
        var hash = Utf8StringComparer.Instance.GetHashCode(key);
        lock (_gate)
        {
            var slots = _slots;
            var found = Find(slots, key, hash);
            if (slots[found].Key is not null)
            {
                return (slots[found].Value, slots[found].Number);
            }
            if ((_count + 1) * 4L > slots.Length * 3L)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
                found = Find(slots, key, hash);
            }
            ref var slot = ref slots[found];
            var number = _count;
            slot.Hash = hash;
            slot.Value = value;
            slot.Number = number;
            Volatile.Write(ref slot.Key, key);
            Volatile.Write(ref _count, number + 1);
            return (value, number);
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
        internal int Number;
        internal T Value;
        internal string? Key;
    }
}
