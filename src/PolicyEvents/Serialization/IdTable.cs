using System.Numerics;
using System.Text;

namespace PolicyEvents.Serialization;

/// <summary>
/// The entries of an <see cref="IdCache{T}"/> (and a load's speakers, <see cref="ReadCaches.Speakers"/>): each id keyed by
/// its UTF-8 bytes (<see cref="Utf8StringComparer"/>'s hash), in one array of slots with open addressing, the bytes
/// themselves back to back in shared blocks. A hash table of
/// nodes, or a string per key, costs an object per entry, which a load of ten million statements and sources makes ten
/// million times and the collector marks again in every collection while the load runs; a slot is part of one array, and
/// a key part of a block. Each id also gets a number, in the order added, by which the columns of a load cite it
/// (<see cref="TryGetNumber"/>), and may have a value: a load that keeps objects keeps one value (one string) per id, a
/// load that keeps columns adds ids by their bytes alone (<see cref="NumberOfUtf8"/>) and makes no string for them.
/// </summary>
/// <remarks>Thread-safe: look-ups take no lock, additions take one. An addition writes a key's bytes, its slot's hash and
/// number, and its value (in an array by number, apart from the slots, which stay 20 bytes), then the slot's length,
/// which tells a reader that the slot is whole; a grown array of slots is
/// published only once it is filled, and a block of keys never moves. A reader still holding the array an addition has
/// just replaced may miss an entry added since; the callers then add it, and the addition, under the lock, finds and
/// returns it. A number is given under the lock, so numbers are 0 to <see cref="Count"/> - 1, one per id.</remarks>
internal sealed class IdTable<T> where T : struct
{
    private const int InitialSlots = 16;
    private const int BlockBytes = 64 * 1024;
    private const int MaxStackBytes = 512;
    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[InitialSlots];
    private Held[] _held = []; // the values, by number; a load that keeps columns stores none, so its table has none
    private byte[][] _blocks = [];
    private int _used; // bytes used in the last block; under _gate
    private int _count;

    /// <summary>How many ids the table holds.</summary>
    internal int Count => Volatile.Read(ref _count);

    /// <summary>Finds the value of the id whose UTF-8 bytes are <paramref name="utf8"/>; false when the table does not
    /// hold the id, or holds it without a value.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value) => TryGet(utf8, out value, out _);

    /// <summary>Finds the value and the number of the id whose UTF-8 bytes are <paramref name="utf8"/>; false when the
    /// table does not hold the id (<paramref name="number"/> is then -1), or holds it without a value.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value, out int number)
    {
        var slots = Volatile.Read(ref _slots);
        var found = Find(slots, utf8, Utf8StringComparer.Instance.GetHashCode(utf8));
        if (found < 0)
        {
            (value, number) = (default, -1);
            return false;
        }
        number = slots[found].Number;
        return TryGetHeld(number, out value);
    }

    /// <summary>Finds the number of the id whose UTF-8 bytes are <paramref name="utf8"/>, with a value or not: the ids
    /// are numbered 0, 1, 2… in the order they were added, so a load can cite an id by a number and look its number up
    /// later.</summary>
    internal bool TryGetNumber(ReadOnlySpan<byte> utf8, out int number)
    {
        var slots = Volatile.Read(ref _slots);
        var found = Find(slots, utf8, Utf8StringComparer.Instance.GetHashCode(utf8));
        number = found >= 0 ? slots[found].Number : -1;
        return found >= 0;
    }

    /// <summary>The number of the id <paramref name="key"/>, added with <paramref name="value"/> when the table does not
    /// hold it yet.</summary>
    internal int NumberOf(string key, T value)
    {
        GetOrAdd(key, value, out var number);
        return number;
    }

    /// <summary>The number of the id whose UTF-8 bytes are <paramref name="utf8"/>, added without a value when the table
    /// does not hold it yet: no string is made for it.</summary>
    internal int NumberOfUtf8(ReadOnlySpan<byte> utf8) => Add(utf8, default, hasValue: false).Number;

    /// <summary>Every entry's number and value, in no particular order, the value of an id added without one made by
    /// <paramref name="create"/> from its text; for when no thread adds any more.</summary>
    internal IEnumerable<(int Number, T Value)> Numbered(Func<string, T> create)
    {
        var blocks = _blocks;
        foreach (var slot in _slots)
        {
            if (slot.Length > 0)
            {
                yield return (slot.Number, TryGetHeld(slot.Number, out var value) ? value : create(Encoding.UTF8.GetString(KeyOf(blocks, slot))));
            }
        }
    }

    /// <summary>Every key, in the order of their numbers: the bytes back to back, key <c>n</c> ending at
    /// <c>Ends[n]</c>; for when no thread adds any more.</summary>
    internal (byte[] Bytes, int[] Ends) KeysInOrder()
    {
        var blocks = _blocks;
        var ends = new int[Count];
        var byNumber = new int[ends.Length]; // the slot of each number
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Length > 0)
            {
                byNumber[_slots[i].Number] = i;
            }
        }
        var total = 0;
        for (var n = 0; n < ends.Length; n++)
        {
            total += _slots[byNumber[n]].Length - 1;
            ends[n] = total;
        }
        var bytes = new byte[total];
        for (var n = 0; n < ends.Length; n++)
        {
            KeyOf(blocks, _slots[byNumber[n]]).CopyTo(bytes.AsSpan(n == 0 ? 0 : ends[n - 1]));
        }
        return (bytes, ends);
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, unless the table holds that key already;
    /// returns the value the table holds for it, or <paramref name="value"/> when it holds the key without a value.</summary>
    internal T GetOrAdd(string key, T value) => GetOrAdd(key, value, out _);

    /// <summary>As <see cref="GetOrAdd(string, T)"/>, with the number of the entry.</summary>
    internal T GetOrAdd(string key, T value, out int number)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        var utf8 = max <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : new byte[max];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        var (held, hasValue, n) = Add(utf8[..length], value, hasValue: true);
        number = n;
        return hasValue ? held : value;
    }

    /// <summary>The entry for the key <paramref name="utf8"/>: the one the table holds, else a new one with
    /// <paramref name="value"/> (when <paramref name="hasValue"/>) and the next number.</summary>
    private (T Value, bool HasValue, int Number) Add(ReadOnlySpan<byte> utf8, T value, bool hasValue)
    {
        var hash = Utf8StringComparer.Instance.GetHashCode(utf8);
        lock (_gate)
        {
            var slots = _slots;
            var found = Find(slots, utf8, hash);
            if (found >= 0)
            {
                var known = slots[found].Number;
                var has = TryGetHeld(known, out var held);
                return (held, has, known);
            }
            if ((_count + 1) * 4L > slots.Length * 3L)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
            }
            var (block, offset) = Keep(utf8);
            var i = hash & (slots.Length - 1);
            while (slots[i].Length > 0)
            {
                i = (i + 1) & (slots.Length - 1);
            }
            ref var slot = ref slots[i];
            var number = _count;
            slot.Hash = hash;
            slot.Number = number;
            slot.Block = block;
            slot.Offset = offset;
            if (hasValue)
            {
                Hold(number, value);
            }
            Volatile.Write(ref slot.Length, utf8.Length + 1);
            Volatile.Write(ref _count, number + 1);
            return (value, hasValue, number);
        }
    }

    /// <summary>Copies a key's bytes into the blocks; under the lock. A new block is published before any slot points
    /// into it.</summary>
    private (int Block, int Offset) Keep(ReadOnlySpan<byte> utf8)
    {
        var blocks = _blocks;
        if (blocks.Length == 0 || _used + utf8.Length > blocks[^1].Length)
        {
            var grown = new byte[blocks.Length + 1][];
            blocks.CopyTo(grown, 0);
            grown[^1] = new byte[Math.Max(BlockBytes, utf8.Length)];
            Volatile.Write(ref _blocks, grown);
            (blocks, _used) = (grown, 0);
        }
        utf8.CopyTo(blocks[^1].AsSpan(_used));
        var offset = _used;
        _used += utf8.Length;
        return (blocks.Length - 1, offset);
    }

    /// <summary>The slot that holds the key <paramref name="utf8"/>, or -1.</summary>
    private int Find(Slot[] slots, ReadOnlySpan<byte> utf8, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var length = Volatile.Read(ref slot.Length);
            if (length == 0)
            {
                return -1;
            }
            if (slot.Hash == hash && length - 1 == utf8.Length && KeyOf(Volatile.Read(ref _blocks), slot).SequenceEqual(utf8))
            {
                return i;
            }
        }
    }

    /// <summary>The value held for number <paramref name="number"/>, if any.</summary>
    private bool TryGetHeld(int number, out T value)
    {
        var held = Volatile.Read(ref _held);
        if ((uint)number < (uint)held.Length && held[number].Has)
        {
            value = held[number].Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Holds the value of number <paramref name="number"/>; under the lock, before the slot is published. A grown
    /// array is published once it holds every value before it, so a reader that sees the slot sees the value.</summary>
    private void Hold(int number, T value)
    {
        var held = _held;
        if (number >= held.Length)
        {
            var grown = new Held[Math.Max(16, Math.Max(number + 1, held.Length * 2))];
            held.CopyTo(grown, 0);
            Volatile.Write(ref _held, grown);
            held = grown;
        }
        held[number] = new Held(value);
    }

    private static ReadOnlySpan<byte> KeyOf(byte[][] blocks, in Slot slot) => blocks[slot.Block].AsSpan(slot.Offset, slot.Length - 1);

    /// <summary>A table twice as large with the same entries, filled before anyone can read it.</summary>
    private static Slot[] Grown(Slot[] slots)
    {
        var grown = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)slots.Length * 2)];
        var mask = grown.Length - 1;
        foreach (var slot in slots)
        {
            if (slot.Length == 0)
            {
                continue;
            }
            var i = slot.Hash & mask;
            while (grown[i].Length > 0)
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
        internal int Block;
        internal int Offset;
        /// <summary>The key's length in bytes plus one; 0 for an empty slot. Written last.</summary>
        internal int Length;
    }

    /// <summary>A value held for a number; the default, for a number without a value.</summary>
    private readonly struct Held(T value)
    {
        internal readonly T Value = value;
        internal readonly bool Has = true;
    }
}
