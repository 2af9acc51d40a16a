namespace PolicyEvents.Tests.Reliability;

/// <summary>A read-only, non-seekable stream of a head, a byte repeated <c>count</c> times, and a tail, made as it is read,
/// so a test can feed a reader 100 MB without holding 100 MB.</summary>
internal sealed class GeneratedStream(byte[] head, byte fill, long count, byte[] tail) : Stream
{
    private long _position;

    public long Total => head.Length + count + tail.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Total)
        {
            var target = buffer[written..];
            int n;
            if (_position < head.Length)
            {
                n = Math.Min(target.Length, head.Length - (int)_position);
                head.AsSpan((int)_position, n).CopyTo(target);
            }
            else if (_position < head.Length + count)
            {
                n = (int)Math.Min(target.Length, head.Length + count - _position);
                target[..n].Fill(fill);
            }
            else
            {
                var at = (int)(_position - head.Length - count);
                n = Math.Min(target.Length, tail.Length - at);
                tail.AsSpan(at, n).CopyTo(target);
            }
            written += n;
            _position += n;
        }
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
