using System.Buffers;
using System.Globalization;
using System.Text.Json;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>A growable byte buffer over a stream: hands out whole lines (JSON Lines) or the whole text (the document),
/// reading only as much as needed, so a JSON Lines file never sits in memory at once. It enforces the size and string
/// limits of <see cref="DatasetReadOptions"/> as the bytes arrive: a scan of each new chunk follows the strings (quotes,
/// escapes, line ends), so a string longer than the limit is refused before it is held whole.</summary>
internal sealed class StreamBuffer
{
    private const int InitialSize = 64 * 1024;
    private static readonly SearchValues<byte> OutsideString = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> InsideString = SearchValues.Create("\"\\\n"u8);
    private readonly Stream _stream;
    private readonly long _maxBytes;
    private readonly int _maxStringBytes;
    private readonly int _maxDepth;
    private readonly string? _file;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _bomChecked;

    // The scan: absolute offsets (from the stream's first byte) of buffer[0], of the first byte not yet scanned, of the
    // current line's first byte and of the current string's opening quote; the current line's number.
    private long _base;
    private long _scanned;
    private long _lineStart;
    private long _stringStart = -1;
    private bool _escape;
    private int _line = 1;

    internal StreamBuffer(Stream stream, DatasetReadOptions options, string? file)
    {
        _stream = stream;
        _maxBytes = options.MaxBytes;
        _maxStringBytes = options.MaxStringBytes;
        _maxDepth = options.MaxDepth;
        _file = file;
        long? remaining = null;
        try
        {
            remaining = stream.CanSeek ? stream.Length - stream.Position : null;
        }
        catch (NotSupportedException)
        {
            // A stream that cannot tell its length is checked as it is read.
        }
        if (remaining > _maxBytes)
        {
            throw new DatasetFormatException([new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The input is {remaining} bytes, more than the limit of {_maxBytes} bytes (DatasetReadOptions.MaxBytes); nothing was read."),
                new DiagnosticLocation(file, null, null, "$"))]);
        }
        _buffer = new byte[(int)Math.Min(InitialSize, Math.Max(remaining ?? InitialSize, 16) + 1)];
    }

    /// <summary>True once the form is known to be JSON Lines: paths in limit diagnostics are then relative to the line.</summary>
    internal bool Lines { get; set; }

    internal byte[] Buffer => _buffer;

    internal bool Eof { get; private set; }

    internal long BytesRead { get; private set; }

    internal int LineNumber { get; private set; }

    /// <summary>Makes room and reads once more; returns false at the end of the stream.</summary>
    internal bool Fill()
    {
        Prepare();
        var read = _stream.Read(_buffer, _end, Room());
        return Advance(read);
    }

    internal async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        Prepare();
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end, Room()), cancellationToken).ConfigureAwait(false);
        return Advance(read);
    }

    /// <summary>How much to read: the free space, but never more than one byte past the size limit.</summary>
    private int Room() => (int)Math.Min(_buffer.Length - _end, Math.Min(_maxBytes - BytesRead, long.MaxValue - 1) + 1); // no overflow at long.MaxValue

    private void Prepare()
    {
        if (_start > 0 && Lines)
        {
            // Only JSON Lines drops what was handed out; the document is read whole from the start.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _base += _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length == Array.MaxLength)
            {
                Fail(DiagnosticCodes.TooLarge, _base + _end,
                    string.Create(CultureInfo.InvariantCulture, $"The {(Lines ? "line" : "document")} is larger than the largest array .NET can hold ({Array.MaxLength} bytes); {(Lines ? "split it" : "use JSON Lines for a dataset this large")}."));
            }
            Array.Resize(ref _buffer, (int)Math.Min(Array.MaxLength, _buffer.Length * 2L));
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
                _scanned = _lineStart = 3;
            }
        }
        if (_bomChecked)
        {
            Scan();
        }
        if (BytesRead > _maxBytes)
        {
            Fail(DiagnosticCodes.TooLarge, _maxBytes,
                string.Create(CultureInfo.InvariantCulture, $"The input is larger than the limit of {_maxBytes} bytes (DatasetReadOptions.MaxBytes); reading stopped here."));
        }
        return true;
    }

    /// <summary>Follows strings and line ends through the bytes not yet scanned, and refuses a string over the limit.</summary>
    private void Scan()
    {
        var end = _base + _end;
        while (_scanned < end)
        {
            var chunk = _buffer.AsSpan((int)(_scanned - _base), (int)(end - _scanned));
            if (_stringStart < 0 && !_escape && _scanned == _lineStart)
            {
                // Fast path, once at the start of each line: a whole line no longer than the string limit holds no
                // string over it, and its line end (not after a backslash, which could escape it inside a string)
                // leaves the scan outside any string.
                var newline = chunk.IndexOf((byte)'\n');
                if (newline >= 0 && newline <= _maxStringBytes && (newline == 0 || chunk[newline - 1] != (byte)'\\'))
                {
                    _scanned += newline + 1;
                    _line++;
                    _lineStart = _scanned;
                    continue;
                }
            }
            if (_stringStart < 0)
            {
                var at = chunk.IndexOfAny(OutsideString);
                if (at < 0)
                {
                    _scanned = end;
                    break;
                }
                _scanned += at + 1;
                if (chunk[at] == (byte)'\n')
                {
                    _line++;
                    _lineStart = _scanned;
                }
                else
                {
                    _stringStart = _scanned - 1;
                }
                continue;
            }
            if (_escape)
            {
                _escape = false;
                _scanned++;
                continue;
            }
            var next = chunk.IndexOfAny(InsideString);
            if (next < 0)
            {
                _scanned = end;
                break;
            }
            _scanned += next + 1;
            switch (chunk[next])
            {
                case (byte)'\\':
                    _escape = true;
                    break;
                case (byte)'\n':
                    // A raw line end cannot be in a JSON string: the reader reports the text as malformed.
                    _stringStart = -1;
                    _line++;
                    _lineStart = _scanned;
                    break;
                default:
                    CheckString(_scanned - 1);
                    _stringStart = -1;
                    break;
            }
        }
        if (_stringStart >= 0)
        {
            CheckString(_scanned);
        }
    }

    private void CheckString(long end)
    {
        var length = end - _stringStart - 1;
        if (length > _maxStringBytes)
        {
            Fail(DiagnosticCodes.StringTooLong, _stringStart,
                string.Create(CultureInfo.InvariantCulture, $"A string is longer than the limit of {_maxStringBytes} bytes (DatasetReadOptions.MaxStringBytes); reading stopped {length} bytes into it."));
        }
    }

    /// <summary>Throws the limit's diagnostic, located at the absolute offset (which is in the current line, held in the buffer).</summary>
    private void Fail(string code, long offset, string message)
    {
        var lineStart = (int)(_lineStart - _base);
        var at = (int)Math.Clamp(offset - _base, lineStart, _end);
        var column = 1;
        foreach (var b in _buffer.AsSpan(lineStart, at - lineStart))
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }
        var textStart = Lines ? lineStart : _start;
        var path = PathAt(_buffer.AsSpan(textStart, Math.Max(0, at - textStart)), _maxDepth);
        throw new DatasetFormatException([new Diagnostic(DiagnosticSeverity.Error, code, message, new DiagnosticLocation(_file, _line, column, path))]);
    }

    /// <summary>The JSON path of the value that begins where <paramref name="text"/> ends, found by reading the text before it.</summary>
    internal static string PathAt(ReadOnlySpan<byte> text, int maxDepth)
    {
        var frames = new List<(string? Name, int Index, bool IsArray)>();
        var reader = new Utf8JsonReader(text, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth }));
        var afterName = false;
        try
        {
            while (reader.Read())
            {
                afterName = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (reader.GetString(), -1, false);
                        afterName = true;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            frames[^1] = (null, frames[^1].Index + 1, true);
                        }
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            frames.Add((null, reader.TokenType == JsonTokenType.StartArray ? -1 : 0, reader.TokenType == JsonTokenType.StartArray));
                        }
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before the limit: the path as far as it was read.
        }
        catch (InvalidOperationException)
        {
            // A member name that is not valid text: the path as far as it was read.
        }
        var path = new List<(string? Name, int Index)>();
        for (var i = 0; i < frames.Count; i++)
        {
            var (name, index, isArray) = frames[i];
            var last = i == frames.Count - 1;
            if (isArray)
            {
                // The value about to begin in the innermost array is its next element.
                var element = last ? index + 1 : index;
                if (element >= 0)
                {
                    path.Add((null, element));
                }
            }
            else if (name is not null && (!last || afterName))
            {
                path.Add((name, -1));
            }
        }
        return ReadContext.FormatPath(path);
    }

    /// <summary>True when enough is buffered to tell the form, or the stream has ended.</summary>
    internal bool CanDetect => Eof || _end - _start >= 256;

    /// <summary>Refuses UTF-16 and UTF-32 text (by its byte-order mark or the zero bytes of ASCII characters) with a
    /// diagnostic that says so, instead of a puzzling complaint about the first byte.</summary>
    internal void RejectOtherEncodings()
    {
        var text = _buffer.AsSpan(0, _end);
        var name = text switch
        {
            [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
            [not 0, 0, 0, 0, ..] or [0, 0, 0, not 0, ..] => "UTF-32",
            [not 0, 0, ..] or [0, not 0, ..] => "UTF-16",
            _ => null,
        };
        if (name is not null)
        {
            throw new DatasetFormatException([new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson,
                $"Malformed JSON: the text looks like {name}; a dataset file must be UTF-8 (re-save it as UTF-8).", new DiagnosticLocation(_file, 1, 1, "$"))]);
        }
    }

    /// <summary>Whether the text is JSON Lines: its first object's first member is named <c>type</c>.</summary>
    internal bool LooksLikeLines() => PolicyDatasetSerializer.DetectFormat(_buffer.AsSpan(_start, _end - _start)) == DatasetFormat.JsonLines;

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
