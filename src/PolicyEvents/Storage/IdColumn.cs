using System.Text;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// The ids of a column store, in the store's order, which is their ordinal order, each id once. Sorted ids share long
/// beginnings (<c>zoom-hk-001</c>, <c>zoom-hk-002</c>), so they are kept front-coded, in blocks of
/// <see cref="BlockSize"/>: each id as a byte saying how many bytes it shares with the id before it in its block (0 for
/// the first of a block), a byte saying how many follow, then those bytes. A row is found by its id by binary search over
/// the blocks' first ids, then within one block. An id costs the bytes it does not share with the one before, two bytes,
/// and a quarter of a byte for its block's start; no object: its string is made only when asked for (<see cref="IdOf"/>).
/// Ids of these kinds are slugs (<see cref="Slug"/>): ASCII, at most <see cref="Slug.MaxLength"/> bytes, ordered as their
/// strings are. Immutable.
/// </summary>
/// <typeparam name="TId">The kind of id.</typeparam>
internal sealed class IdColumn<TId> where TId : struct, ITextIdentifier<TId>
{
    /// <summary>How many ids a block holds: the most an id's look-up or its text decodes.</summary>
    internal const int BlockSize = 16;

    private readonly byte[] _bytes;
    private readonly int[] _blocks;
    private readonly int _count;

    private IdColumn(byte[] bytes, int[] blocks, int count) => (_bytes, _blocks, _count) = (bytes, blocks, count);

    /// <summary>How many ids the column holds.</summary>
    internal int Count => _count;

    /// <summary>The bytes the column keeps: the coded ids and where each block starts.</summary>
    internal long Bytes => _bytes.LongLength + (4L * _blocks.Length);

    /// <summary>The id at a position, made from its bytes.</summary>
    internal TId IdOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        Span<byte> id = stackalloc byte[Slug.MaxLength];
        var at = _blocks[index / BlockSize];
        var length = 0;
        for (var i = index - (index % BlockSize); i <= index; i++)
        {
            length = Next(ref at, id);
        }
        return TId.Create(Encoding.ASCII.GetString(id[..length]));
    }

    /// <summary>The position of <paramref name="id"/>, or -1.</summary>
    internal int IndexOf(TId id)
    {
        var text = id.Value;
        if (text.Length is 0 or > Slug.MaxLength)
        {
            return -1; // the default id, or one longer than any slug: no row has it
        }
        // The last block whose first id is not after the text: only it can hold the text.
        int low = 0, high = _blocks.Length - 1, block = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var first = _blocks[middle];
            var comparison = CompareAscii(_bytes.AsSpan(first + 2, _bytes[first + 1]), text);
            if (comparison == 0)
            {
                return middle * BlockSize;
            }
            if (comparison < 0)
            {
                (block, low) = (middle, middle + 1);
            }
            else
            {
                high = middle - 1;
            }
        }
        if (block < 0)
        {
            return -1;
        }
        Span<byte> current = stackalloc byte[Slug.MaxLength];
        var at = _blocks[block];
        var end = Math.Min(_count, (block + 1) * BlockSize);
        for (var i = block * BlockSize; i < end; i++)
        {
            var comparison = CompareAscii(current[..Next(ref at, current)], text);
            if (comparison >= 0)
            {
                return comparison == 0 ? i : -1;
            }
        }
        return -1;
    }

    /// <summary>Decodes the id at <paramref name="at"/> over the id before it in <paramref name="into"/>, moves
    /// <paramref name="at"/> past it, and returns its length.</summary>
    private int Next(ref int at, Span<byte> into)
    {
        int shared = _bytes[at], rest = _bytes[at + 1];
        _bytes.AsSpan(at + 2, rest).CopyTo(into[shared..]);
        at += 2 + rest;
        return shared + rest;
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

    /// <summary>
    /// Codes ids given in ascending ordinal order, each once, into a column. Not thread-safe; one builder builds one
    /// column.
    /// </summary>
    internal sealed class Builder
    {
        private readonly ChunkedList<byte> _bytes = new();
        private readonly ChunkedList<int> _blocks = new();
        private readonly byte[] _previous = new byte[Slug.MaxLength];
        private int _previousLength;
        private int _count;

        /// <summary>Adds the next id by its bytes.</summary>
        /// <exception cref="ArgumentException">The id is empty, longer than a slug, or not after the one added before.</exception>
        internal void Add(ReadOnlySpan<byte> id)
        {
            if (id.IsEmpty || id.Length > Slug.MaxLength)
            {
                throw new ArgumentException($"An id has 1 to {Slug.MaxLength} bytes; this one has {id.Length}.", nameof(id));
            }
            var previous = _previous.AsSpan(0, _previousLength);
            if (_count > 0 && id.SequenceCompareTo(previous) <= 0)
            {
                throw new ArgumentException("The ids of a column come in ascending ordinal order, each once.", nameof(id));
            }
            var shared = 0;
            if (_count % BlockSize == 0)
            {
                _blocks.Add(_bytes.Count);
            }
            else
            {
                shared = id.CommonPrefixLength(previous);
            }
            _bytes.Add((byte)shared);
            _bytes.Add((byte)(id.Length - shared));
            _bytes.AddRange(id[shared..]);
            id.CopyTo(_previous);
            _previousLength = id.Length;
            _count++;
        }

        /// <summary>The column of the ids added.</summary>
        internal IdColumn<TId> ToColumn() => new(_bytes.MoveToArray(), _blocks.MoveToArray(), _count);
    }
}
