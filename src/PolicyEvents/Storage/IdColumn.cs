using System.Text;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// The ids of a column store, in the store's order, which is their ordinal order: their UTF-8 bytes back to back in one
/// array, each run ending where its end says. A row is found by its id by binary search over the runs. An id costs its
/// bytes and 4 bytes of end, and no object: its string is made only when asked for (<see cref="IdOf"/>). Ids of these
/// kinds are slugs, so their bytes are ASCII and order as their strings do. Immutable.
/// </summary>
/// <typeparam name="TId">The kind of id.</typeparam>
internal sealed class IdColumn<TId> where TId : struct, ITextIdentifier<TId>
{
    private readonly byte[] _bytes;
    private readonly int[] _ends;

    /// <summary>The column of the ids <paramref name="bytes"/> holds, run <c>i</c> ending at <c>ends[i]</c>, in
    /// ascending ordinal order.</summary>
    internal IdColumn(byte[] bytes, int[] ends) => (_bytes, _ends) = (bytes, ends);

    /// <summary>How many ids the column holds.</summary>
    internal int Count => _ends.Length;

    /// <summary>The bytes the column keeps: the ids and their ends.</summary>
    internal long Bytes => _bytes.LongLength + (4L * _ends.Length);

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
        var text = id.Value;
        if (text.Length is 0 or > Slug.MaxLength)
        {
            return -1; // the default id, or one longer than any slug: no row has it
        }
        return SortedSearch.IndexOf(Count, new Probe(this, text));
    }

    /// <summary>Compares the ids at two positions as their strings compare (ordinally).</summary>
    internal int Compare(int x, int y) => BytesOf(x).SequenceCompareTo(BytesOf(y));

    /// <summary>How the id at a position compares with a text (ordinally).</summary>
    private readonly struct Probe(IdColumn<TId> column, string text) : SortedSearch.IProbe
    {
        public int CompareAt(int index) => CompareAscii(column.BytesOf(index), text);
    }

    /// <summary>Compares ASCII bytes with a text as their strings compare (ordinally); a text that is not ASCII compares
    /// unequal to every run, as no id has it.</summary>
    private static int CompareAscii(ReadOnlySpan<byte> bytes, string text)
    {
        var length = Math.Min(bytes.Length, text.Length);
        for (var i = 0; i < length; i++)
        {
            var difference = bytes[i] - text[i];
            if (difference != 0)
            {
                return difference;
            }
        }
        return bytes.Length - text.Length;
    }
}
