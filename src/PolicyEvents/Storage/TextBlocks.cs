using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyEvents.Storage;

/// <summary>
/// Texts kept as UTF-8, back to back in blocks small enough for the collector's small object heap (under 85,000 bytes),
/// so that millions of them are a few thousand arrays that are never copied, rather than millions of strings. A text is
/// found by the number <see cref="Append"/> gave (its block and offset) and its length; a text longer than a block gets a
/// block of its own. Not thread-safe: <see cref="ToArray"/> gives the blocks to read from, with <see cref="Bytes"/>.
/// </summary>
internal sealed class TextBlocks
{
    private const int BlockBytes = 64 * 1024;
    private readonly List<byte[]> _blocks = [];
    private byte[] _current = [];
    private int _currentIndex;
    private int _used;

    /// <summary>The bytes held, for measurements.</summary>
    internal long Length { get; private set; }

    /// <summary>Keeps a text's bytes; returns where they are.</summary>
    internal long Append(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _current.Length - _used)
        {
            if (utf8.Length > BlockBytes / 4)
            {
                // A long text: a block of its own, so that the current block's room is not wasted.
                _blocks.Add(utf8.ToArray());
                Length += utf8.Length;
                return (long)(_blocks.Count - 1) << 32;
            }
            _current = new byte[BlockBytes];
            _currentIndex = _blocks.Count;
            _blocks.Add(_current);
            _used = 0;
        }
        utf8.CopyTo(_current.AsSpan(_used));
        var at = ((long)_currentIndex << 32) | (uint)_used;
        _used += utf8.Length;
        Length += utf8.Length;
        return at;
    }

    /// <summary>Keeps a string's UTF-8 bytes; false, keeping nothing, when it is not valid UTF-16 (a lone surrogate),
    /// which UTF-8 cannot hold.</summary>
    internal bool TryAppend(string text, out long at, out int length)
    {
        Span<byte> room = text.Length <= 1024 ? stackalloc byte[text.Length * 3] : new byte[text.Length * 3];
        if (!TryEncode(text, room, out length))
        {
            (at, length) = (0, 0);
            return false;
        }
        at = Append(room[..length]);
        return true;
    }

    /// <summary>Writes a string's UTF-8 bytes into <paramref name="room"/> (3 bytes a character); false when it is not
    /// valid UTF-16 (a lone surrogate), which UTF-8 cannot hold.</summary>
    internal static bool TryEncode(string text, Span<byte> room, out int length) =>
        Utf8.FromUtf16(text, room, out _, out length, replaceInvalidSequences: false) == OperationStatus.Done;

    /// <summary>The blocks, to read the texts from.</summary>
    internal byte[][] ToArray() => [.. _blocks];

    /// <summary>The bytes of a text appended at <paramref name="at"/>, in the blocks <see cref="ToArray"/> gave.</summary>
    internal static ReadOnlySpan<byte> Bytes(byte[][] blocks, long at, int length) => blocks[(int)(at >> 32)].AsSpan((int)(uint)at, length);

    /// <summary>The text appended at <paramref name="at"/>, as a new string.</summary>
    internal static string GetString(byte[][] blocks, long at, int length) => Encoding.UTF8.GetString(Bytes(blocks, at, length));
}
