namespace PolicyEvents.Storage;

/// <summary>
/// Where each text of a column store is in its <see cref="TextBlocks"/> (the numbers <see cref="TextBlocks.Append"/>
/// gave: a block and an offset in it). Kept as 4 bytes each, the block in the high 16 bits and the offset in the low,
/// while the blocks number fewer than 32,768 (2 GB of text); else as the 8 bytes given. Immutable.
/// </summary>
internal sealed class TextPositions
{
    private const int MaxBlocks = 1 << 15;
    private readonly int[]? _packed;
    private readonly long[]? _wide;

    /// <summary>The positions <paramref name="at"/> gives, which it may keep.</summary>
    internal TextPositions(long[] at)
    {
        var packed = new int[at.Length];
        for (var i = 0; i < at.Length; i++)
        {
            var (block, offset) = (at[i] >> 32, (uint)at[i]);
            if (block is < 0 or >= MaxBlocks || offset > ushort.MaxValue)
            {
                _wide = at;
                return;
            }
            packed[i] = (int)((block << 16) | offset);
        }
        _packed = packed;
    }

    /// <summary>How many positions there are.</summary>
    internal int Count => _packed?.Length ?? _wide!.Length;

    /// <summary>The bytes kept.</summary>
    internal long Bytes => _packed is not null ? 4L * Count : 8L * Count;

    /// <summary>The position at an index, as <see cref="TextBlocks.Append"/> gave it.</summary>
    internal long this[int index] => _packed is not null ? ((long)(_packed[index] >> 16) << 32) | (uint)(_packed[index] & 0xFFFF) : _wide![index];
}
