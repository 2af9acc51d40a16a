namespace PolicyEvents.Tests.Reliability;

/// <summary>A read-only stream over bytes that hands out at most <c>chunk</c> bytes per read and throws an
/// <see cref="IOException"/> once <c>failAfter</c> bytes have gone, as a dropped connection or a failing disk does.</summary>
internal sealed class BreakingReadStream(byte[] bytes, int failAfter, int chunk = 4_000) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= failAfter)
        {
            throw new IOException("The connection was reset (simulated).");
        }
        var n = Math.Min(Math.Min(chunk, buffer.Length), Math.Min(bytes.Length, failAfter) - _position);
        bytes.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
