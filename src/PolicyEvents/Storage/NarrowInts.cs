namespace PolicyEvents.Storage;

/// <summary>
/// A column of numbers from -1 up (numbers into a table of distinct values, -1 for none), each kept in as few bytes as
/// the largest needs: 1 byte when every number is below 255, 2 below 65,535, else 4. A load's numbers of policies,
/// pairs, languages and speakers mostly fit in 1 or 2. Immutable.
/// </summary>
internal sealed class NarrowInts
{
    private readonly byte[]? _bytes; // each number plus 1
    private readonly ushort[]? _shorts; // each number plus 1
    private readonly int[]? _ints;

    /// <summary>The column of <paramref name="values"/>, which it may keep.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is below -1.</exception>
    internal NarrowInts(int[] values)
    {
        var (min, max) = values.Length == 0 ? (0, 0) : (values.Min(), values.Max());
        ArgumentOutOfRangeException.ThrowIfLessThan(min, -1, nameof(values));
        if (max < byte.MaxValue)
        {
            _bytes = new byte[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                _bytes[i] = (byte)(values[i] + 1);
            }
        }
        else if (max < ushort.MaxValue)
        {
            _shorts = new ushort[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                _shorts[i] = (ushort)(values[i] + 1);
            }
        }
        else
        {
            _ints = values;
        }
    }

    /// <summary>How many numbers there are.</summary>
    internal int Count => _bytes?.Length ?? _shorts?.Length ?? _ints!.Length;

    /// <summary>The bytes kept.</summary>
    internal long Bytes => _bytes is not null ? Count : _shorts is not null ? 2L * Count : 4L * Count;

    /// <summary>The number at a position.</summary>
    internal int this[int index] => _bytes is not null ? _bytes[index] - 1 : _shorts is not null ? _shorts[index] - 1 : _ints![index];
}
