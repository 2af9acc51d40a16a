using System.Text;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// The ids of the records a column store's builder takes, in the order read: their UTF-8 bytes back to back, growing by
/// chunks (<see cref="ChunkedList{T}"/>), with where each ends; no string is made for them. Once sealed (by the first
/// question about their order or their values), no id can be added, and the store takes them in its order
/// (<see cref="ToColumn"/>). Ids of these kinds are slugs: ASCII, at most <see cref="Slug.MaxLength"/> bytes. Not
/// thread-safe.
/// </summary>
internal sealed class IdRuns
{
    private readonly ChunkedList<byte> _bytes = new();
    private readonly ChunkedList<int> _ends = new();
    private byte[]? _sealedBytes;
    private int[]? _sealedEnds;

    /// <summary>How many ids were added.</summary>
    internal int Count => _ends.Count;

    /// <summary>Adds an id by its UTF-8 bytes.</summary>
    internal void Add(ReadOnlySpan<byte> utf8)
    {
        if (_sealedEnds is not null)
        {
            throw new InvalidOperationException("The ids have been sealed; no id can be added.");
        }
        _bytes.AddRange(utf8);
        _ends.Add(_bytes.Count);
    }

    /// <summary>Adds an id by its text, a slug.</summary>
    internal void Add(string id)
    {
        Span<byte> utf8 = stackalloc byte[Slug.MaxLength];
        Add(utf8[..Encoding.ASCII.GetBytes(id, utf8)]);
    }

    /// <summary>The bytes of the id added at a position read; seals the ids.</summary>
    internal ReadOnlySpan<byte> BytesOf(int read)
    {
        Seal();
        var start = read == 0 ? 0 : _sealedEnds![read - 1];
        return _sealedBytes.AsSpan(start, _sealedEnds![read] - start);
    }

    /// <summary>The text of the id added at a position read; seals the ids.</summary>
    internal string TextOf(int read) => Encoding.ASCII.GetString(BytesOf(read));

    /// <summary>The texts of every id, in the order read; seals the ids.</summary>
    internal string[] Texts() => [.. Enumerable.Range(0, Count).Select(TextOf)];

    /// <summary>The order of the ids: <c>order[i]</c> is the position read of the i-th smallest. False when two ids are
    /// equal. Seals the ids.</summary>
    internal bool TryOrder(out int[] order) => Permutation.TryOrder(Count, (x, y) => BytesOf(x).SequenceCompareTo(BytesOf(y)), out order);

    /// <summary>The ids in the order <paramref name="order"/> gives (see <see cref="TryOrder"/>), as a store keeps them.</summary>
    internal IdColumn<TId> ToColumn<TId>(int[] order) where TId : struct, ITextIdentifier<TId>
    {
        var column = new IdColumn<TId>.Builder();
        foreach (var read in order)
        {
            column.Add(BytesOf(read));
        }
        return column.ToColumn();
    }

    private void Seal()
    {
        if (_sealedEnds is null)
        {
            _sealedBytes = _bytes.MoveToArray();
            _sealedEnds = _ends.MoveToArray();
        }
    }
}
