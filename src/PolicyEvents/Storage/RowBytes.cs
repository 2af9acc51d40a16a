namespace PolicyEvents.Storage;

/// <summary>
/// The UTF-8 texts of rows being read (<see cref="StatementRows"/>, <see cref="SourceRows"/>), back to back in one
/// buffer that is reused once every row is taken: a reader asks for room, writes a text into it and keeps as much of it
/// as it wrote; a row names its texts by start and length. Not thread-safe.
/// </summary>
internal sealed class RowBytes
{
    private byte[] _bytes = new byte[16 * 1024];

    /// <summary>The bytes kept so far: where the next text starts.</summary>
    internal int Length { get; private set; }

    /// <summary>Room for <paramref name="length"/> bytes after those kept, to be kept with <see cref="Keep"/>.</summary>
    internal Span<byte> Room(int length)
    {
        if (Length + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + length));
        }
        return _bytes.AsSpan(Length, length);
    }

    /// <summary>Keeps the first <paramref name="length"/> bytes of the room <see cref="Room"/> gave.</summary>
    internal void Keep(int length) => Length += length;

    /// <summary>Drops the bytes kept after the first <paramref name="length"/>.</summary>
    internal void Truncate(int length) => Length = length;

    /// <summary>The kept bytes from <paramref name="start"/>, valid until room is asked for again.</summary>
    internal ReadOnlySpan<byte> Slice(int start, int length) => _bytes.AsSpan(start, length);
}
