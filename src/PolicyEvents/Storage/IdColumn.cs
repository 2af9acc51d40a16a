using System.Numerics;
using System.Text;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// The ids of a column store, in the store's order: their UTF-8 bytes back to back in one array, each run ending where
/// its end says, and an open-addressing table of positions keyed by the bytes' hash (<see cref="HashCode"/>'s, seeded
/// randomly per process, so crafted ids cannot make the look-ups collide) that finds a row by its id in one or two probes. An id costs its bytes, 4 bytes of end
/// and 8 to 16 of table, and no object: its string is made only when asked for (<see cref="IdOf"/>). Ids of these kinds
/// are slugs, so their bytes are ASCII and order as their strings do. Immutable.
/// </summary>
/// <typeparam name="TId">The kind of id.</typeparam>
internal sealed class IdColumn<TId> where TId : struct, ITextIdentifier<TId>
{
    private readonly byte[] _bytes;
    private readonly int[] _ends;
    private readonly int[] _slots; // a position plus one; 0: empty

    /// <summary>The column of the ids <paramref name="bytes"/> holds, run <c>i</c> ending at <c>ends[i]</c>; the ids are distinct.</summary>
    internal IdColumn(byte[] bytes, int[] ends)
    {
        (_bytes, _ends) = (bytes, ends);
        _slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)ends.Length * 2))];
        var mask = _slots.Length - 1;
        for (var i = 0; i < ends.Length; i++)
        {
            var slot = Hash(BytesOf(i)) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = i + 1;
        }
    }

    /// <summary>How many ids the column holds.</summary>
    internal int Count => _ends.Length;

    /// <summary>The bytes the column keeps: the ids, their ends and the table.</summary>
    internal long Bytes => _bytes.LongLength + (4L * _ends.Length) + (4L * _slots.Length);

    /// <summary>The UTF-8 bytes of the id at a position.</summary>
    internal ReadOnlySpan<byte> BytesOf(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        return _bytes.AsSpan(start, _ends[index] - start);
    }

    /// <summary>The id at a position, made from its bytes.</summary>
    internal TId IdOf(int index) => TId.Create(Encoding.ASCII.GetString(BytesOf(index)));

    /// <summary>The position of <paramref name="id"/>, or -1.</summary>
    internal int IndexOf(TId id)
    {
        var value = id.Value;
        if (value.Length is 0 or > Slug.MaxLength)
        {
            return -1; // the default id, or one longer than any slug: no row has it
        }
        Span<byte> utf8 = stackalloc byte[value.Length];
        if (Ascii.FromUtf16(value, utf8, out _) != System.Buffers.OperationStatus.Done)
        {
            return -1;
        }
        var mask = _slots.Length - 1;
        for (var slot = Hash(utf8) & mask; ; slot = (slot + 1) & mask)
        {
            var position = _slots[slot] - 1;
            if (position < 0)
            {
                return -1;
            }
            if (BytesOf(position).SequenceEqual(utf8))
            {
                return position;
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = default(HashCode);
        hash.AddBytes(utf8);
        return hash.ToHashCode();
    }

    /// <summary>Compares the ids at two positions as their strings compare (ordinally).</summary>
    internal int Compare(int x, int y) => BytesOf(x).SequenceCompareTo(BytesOf(y));
}
