namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// A read-only stream over another that reports, through <see cref="IProgress{T}"/>, the share of the file read so far
/// (0 to 100, each whole percent once), so that any reader of the library shows progress without knowing of it.
/// </summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly long _length;
    private readonly IProgress<int> _progress;
    private long _read;
    private int _lastPercent = -1;

    /// <summary>Wraps a stream.</summary>
    /// <param name="inner">The stream read (owned: disposed with this one).</param>
    /// <param name="length">Its length in bytes.</param>
    /// <param name="progress">Receives the percentage read.</param>
    public ProgressStream(Stream inner, long length, IProgress<int> progress)
    {
        _inner = inner;
        _length = Math.Max(length, 1);
        _progress = progress;
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => _inner.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _read += read;
        var percent = (int)Math.Min(100, _read * 100 / _length);
        if (percent != _lastPercent)
        {
            _lastPercent = percent;
            _progress.Report(percent);
        }
        return read;
    }
}
