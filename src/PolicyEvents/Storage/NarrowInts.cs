namespace PolicyEvents.Storage;

/// <summary>
/// A column of numbers from -1 up (numbers into a table of distinct values, -1 for none), each kept in as few bytes as
/// the largest needs: 1 byte when every number is below 255, 2 below 65,535, 3 below 16,777,215, else 4. A load's
/// numbers of policies and languages mostly fit in 1 or 2; of pairs, dates and speakers, in 3 up to millions. Immutable.
/// </summary>
internal sealed class NarrowInts
{
    /// <summary>Numbers below this are kept in 3 bytes (plus 1, it must fit in 24 bits).</summary>
    private const int TripleMax = (1 << 24) - 1;

    private readonly byte[]? _bytes; // each number plus 1
    private readonly ushort[]? _shorts; // each number plus 1
    private readonly byte[]? _triples; // each number plus 1, in 3 bytes, least significant first
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
        else if (max < TripleMax)
        {
            _triples = new byte[3L * values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i] + 1;
                (_triples[3 * i], _triples[(3 * i) + 1], _triples[(3 * i) + 2]) = ((byte)value, (byte)(value >> 8), (byte)(value >> 16));
            }
        }
        else
        {
            _ints = values;
        }
    }

    /// <summary>How many numbers there are.</summary>
    internal int Count => _bytes?.Length ?? _shorts?.Length ?? (_triples is not null ? _triples.Length / 3 : _ints!.Length);

    /// <summary>The bytes kept.</summary>
    internal long Bytes => _bytes?.Length ?? (_shorts is not null ? 2L * _shorts.Length : _triples?.Length ?? 4L * _ints!.Length);

    /// <summary>The number at a position.</summary>
    internal int this[int index] =>
        _bytes is not null ? _bytes[index] - 1
        : _shorts is not null ? _shorts[index] - 1
        : _triples is not null ? Triple(_triples, index) - 1
        : _ints![index];

    private static int Triple(byte[] triples, int index)
    {
        var at = 3 * index;
        return triples[at] | (triples[at + 1] << 8) | (triples[at + 2] << 16);
    }
}
