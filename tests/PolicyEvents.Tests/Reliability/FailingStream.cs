namespace PolicyEvents.Tests.Reliability;

/// <summary>Passes writes through to an inner stream until <c>failAfter</c> bytes have gone, then throws (as a full disk
/// would) or runs <c>onLimit</c>; the inner stream is left to its owner.</summary>
internal sealed class FailingStream(Stream inner, long failAfter, Action? onLimit = null) : Stream
{
    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var allowed = (int)Math.Min(buffer.Length, failAfter - Written);
        inner.Write(buffer[..allowed]);
        Written += allowed;
        if (allowed < buffer.Length)
        {
            if (onLimit is null)
            {
                throw new IOException("There is not enough space on the disk (simulated).");
            }
            onLimit();
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
