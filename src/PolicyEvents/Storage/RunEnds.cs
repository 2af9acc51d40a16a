namespace PolicyEvents.Storage;

/// <summary>
/// Where each record's run of values ends in a column of runs (a record's cited statements, its cited sources), ascending,
/// each run starting where the one before ends. Kept in blocks of <see cref="BlockSize"/> records: a block's start as 4
/// bytes, and each record's end as 2 bytes from its block's start, so 2.25 bytes a record instead of 4. When the runs of
/// one block hold more than 65,535 values, which no dataset nears, every end is kept as 4 bytes. Immutable.
/// </summary>
internal sealed class RunEnds
{
    /// <summary>How many records share a block's start.</summary>
    internal const int BlockSize = 16;

    private readonly int[]? _starts;
    private readonly ushort[]? _ends;
    private readonly int[]? _wide;

    /// <summary>The ends <paramref name="ends"/> gives (ascending; record <c>i</c>'s run ends at <c>ends[i]</c>).</summary>
    /// <exception cref="ArgumentException">The ends descend somewhere, or the first is negative.</exception>
    internal RunEnds(int[] ends)
    {
        var starts = new int[(ends.Length + BlockSize - 1) / BlockSize];
        var narrow = new ushort[ends.Length];
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            var previous = i == 0 ? 0 : ends[i - 1];
            if (ends[i] < previous)
            {
                throw new ArgumentException($"Run ends ascend; end {i} is {ends[i]}, after {previous}.", nameof(ends));
            }
            if (i % BlockSize == 0)
            {
                start = starts[i / BlockSize] = previous;
            }
            if (ends[i] - start > ushort.MaxValue)
            {
                _wide = ends;
                return;
            }
            narrow[i] = (ushort)(ends[i] - start);
        }
        (_starts, _ends) = (starts, narrow);
    }

    /// <summary>How many records there are.</summary>
    internal int Count => _wide?.Length ?? _ends!.Length;

    /// <summary>The bytes kept.</summary>
    internal long Bytes => _wide is not null ? 4L * _wide.Length : (4L * _starts!.Length) + (2L * _ends!.Length);

    /// <summary>Where the run of record <paramref name="index"/> ends (one past its last value).</summary>
    internal int EndOf(int index) => _wide is not null ? _wide[index] : _starts![index / BlockSize] + _ends![index];

    /// <summary>The run of record <paramref name="index"/> in <paramref name="values"/>.</summary>
    internal ReadOnlySpan<T> Run<T>(T[] values, int index)
    {
        var start = index == 0 ? 0 : EndOf(index - 1);
        return values.AsSpan(start, EndOf(index) - start);
    }
}
