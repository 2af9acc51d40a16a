namespace PolicyEvents.Serialization;

/// <summary>A growable byte buffer over a stream: hands out whole lines (JSON Lines) or the whole text (the document),
/// reading only as much as needed, so a JSON Lines file never sits in memory at once.</summary>
internal sealed class StreamBuffer
{
    private const int InitialSize = 64 * 1024;
    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialSize];
    private int _start;
    private int _end;
    private bool _bomChecked;

    internal StreamBuffer(Stream stream) => _stream = stream;

    internal byte[] Buffer => _buffer;

    internal bool Eof { get; private set; }

    internal long BytesRead { get; private set; }

    internal int LineNumber { get; private set; }

    /// <summary>Makes room and reads once more; returns false at the end of the stream.</summary>
    internal bool Fill()
    {
        Prepare();
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        return Advance(read);
    }

    internal async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
        return Advance(read);
    }

    private void Prepare()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    private bool Advance(int read)
    {
        if (read == 0)
        {
            Eof = true;
            return false;
        }
        _end += read;
        BytesRead += read;
        if (!_bomChecked && _end >= 3)
        {
            _bomChecked = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
        return true;
    }

    /// <summary>True when enough is buffered to tell the form, or the stream has ended.</summary>
    internal bool CanDetect => Eof || _end - _start >= 256;

    /// <summary>Whether the text is JSON Lines: its first object's first member is named <c>type</c>.</summary>
    internal bool LooksLikeLines()
    {
        var text = _buffer.AsSpan(_start, _end - _start).TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] != (byte)'{')
        {
            return false;
        }
        return text[1..].TrimStart(" \t\r\n"u8).StartsWith("\"type\""u8);
    }

    /// <summary>Takes the next complete line (without its '\n'); false when more must be read first, or at the end.</summary>
    internal bool TryTakeLine(out int start, out int length)
    {
        var available = _buffer.AsSpan(_start, _end - _start);
        var newline = available.IndexOf((byte)'\n');
        if (newline < 0 && !(Eof && !available.IsEmpty))
        {
            start = length = 0;
            return false;
        }
        start = _start;
        length = newline < 0 ? available.Length : newline;
        _start += newline < 0 ? available.Length : newline + 1;
        LineNumber++;
        return true;
    }

    /// <summary>True when nothing is left to read or hand out.</summary>
    internal bool Done => Eof && _start == _end;

    /// <summary>Reads to the end; the text is then <c>Buffer[Start..Start+Length]</c>.</summary>
    internal void ReadToEnd()
    {
        while (Fill())
        {
        }
    }

    internal async ValueTask ReadToEndAsync(CancellationToken cancellationToken)
    {
        while (await FillAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    internal int Start => _start;

    internal int Length => _end - _start;
}
