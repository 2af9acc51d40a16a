namespace PolicyEvents.Storage;

/// <summary>
/// A list that grows by chunks small enough for the collector's small object heap (under 85,000 bytes each), so that
/// filling it with millions of values never copies them and never allocates on the large object heap, whose allocations
/// trigger full collections of a heap full of the records just read. <see cref="ToArray"/> makes the one large array;
/// <see cref="MoveToArray"/> makes it and lets the chunks go, so that a load's peak memory holds each value once and not
/// twice.
/// </summary>
internal sealed class ChunkedList<T>
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly int ChunkLength = Math.Max(1, ChunkBytes / System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
    private readonly List<T[]> _chunks = [];
    private T[] _current = [];
    private int _used;
    private bool _moved;

    internal int Count { get; private set; }

    /// <summary>The value at a position.</summary>
    internal T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            ThrowIfMoved();
            var first = _chunks[0].Length;
            return index < first ? _chunks[0][index] : _chunks[1 + ((index - first) / ChunkLength)][(index - first) % ChunkLength];
        }
    }

    internal void Add(T value)
    {
        if (_used == _current.Length)
        {
            NextChunk();
        }
        _current[_used++] = value;
        Count++;
    }

    internal void AddRange(ReadOnlySpan<T> values)
    {
        while (!values.IsEmpty)
        {
            if (_used == _current.Length)
            {
                NextChunk();
            }
            var length = Math.Min(values.Length, _current.Length - _used);
            values[..length].CopyTo(_current.AsSpan(_used));
            _used += length;
            Count += length;
            values = values[length..];
        }
    }

    /// <summary>Starts a new chunk: a small first one, so that a short list stays small.</summary>
    private void NextChunk()
    {
        ThrowIfMoved();
        _current = new T[_chunks.Count == 0 ? Math.Min(ChunkLength, 256) : ChunkLength];
        _chunks.Add(_current);
        _used = 0;
    }

    /// <summary>The values as one array; the list then holds none (it keeps its <see cref="Count"/>, and may not be added to).</summary>
    internal T[] MoveToArray()
    {
        var array = ToArray();
        _chunks.Clear();
        _current = [];
        _used = 0;
        _moved = true;
        return array;
    }

    internal T[] ToArray()
    {
        ThrowIfMoved();
        var array = new T[Count];
        var offset = 0;
        foreach (var chunk in _chunks)
        {
            var length = Math.Min(chunk.Length, Count - offset);
            chunk.AsSpan(0, length).CopyTo(array.AsSpan(offset));
            offset += length;
        }
        return array;
    }

    private void ThrowIfMoved()
    {
        if (_moved)
        {
            throw new InvalidOperationException("The values were moved to an array.");
        }
    }
}
