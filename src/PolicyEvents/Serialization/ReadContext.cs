using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Storage;

namespace PolicyEvents.Serialization;

/// <summary>
/// State shared by the readers of one load: the diagnostics found, the JSON path of the current value, and the mapping
/// from byte offsets to one-based lines and columns (counted in characters) for the text being read.
/// </summary>
internal sealed class ReadContext
{
    private readonly List<(string? Name, int Index)> _path = [];
    private ReadCaches? _ids;
    private SharedValues? _shared;
    private RowBytes? _scratch;
    private byte[]? _buffer;
    private int _spanStart;
    private int _spanLength;
    private int _baseLine;
    private int _cursorOffset;
    private int _cursorLine;
    private int _cursorColumn;

    internal ReadContext(string? file, bool rejectUnknownMembers)
    {
        File = file;
        RejectUnknownMembers = rejectUnknownMembers;
        ReaderOptions = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = DatasetReadOptions.DefaultMaxDepth };
    }

    internal ReadContext(string? file, DatasetReadOptions options)
        : this(file, options.RejectUnknownMembers)
    {
        ReaderOptions = ReaderOptions with { MaxDepth = options.MaxDepth };
        MaxRecords = options.MaxRecords;
    }

    private ReadContext(ReadContext parent)
        : this(parent.File, parent.RejectUnknownMembers)
    {
        ReaderOptions = parent.ReaderOptions;
        FormatMinor = parent.FormatMinor;
        _ids = parent.Ids.Share();
        _shared = parent.Shared;
    }

    /// <summary>A context for one record read by a converter: nothing to share it with, so it keeps no policy or speaker.</summary>
    internal static ReadContext ForOneRecord() => new(null, rejectUnknownMembers: false) { _shared = new SharedValues(0) };

    /// <summary>A context for one worker of a parallel load, once the header is read: the same file, options, format
    /// version, identifiers, policies and speakers (shared, thread-safe), its own diagnostics and path, and no record limit
    /// (the load checks it when it merges the workers' lines in order).</summary>
    internal ReadContext ForWorker() => new(this);

    /// <summary>Counts records that a worker began, in line order (see <see cref="ForWorker"/>).</summary>
    internal void AddRecords(long count) => Records += count;

    /// <summary>The options of every <see cref="Utf8JsonReader"/> of this load (strict JSON, the depth limit).</summary>
    internal JsonReaderOptions ReaderOptions { get; }

    internal long MaxRecords { get; } = long.MaxValue;

    /// <summary>The records begun so far (the metadata not counted).</summary>
    internal long Records { get; private set; }

    /// <summary>Counts a record that begins at <paramref name="offset"/>; past <see cref="MaxRecords"/>, stops the load
    /// with every problem found so far and PE0013.</summary>
    internal void CountRecord(long offset)
    {
        if (++Records > MaxRecords)
        {
            Error(DiagnosticCodes.TooManyRecords, string.Create(CultureInfo.InvariantCulture,
                $"More than {MaxRecords} records, the limit (DatasetReadOptions.MaxRecords); reading stopped at this record."), offset);
            throw new DatasetFormatException(Diagnostics);
        }
    }

    internal string? File { get; }

    internal bool RejectUnknownMembers { get; }

    internal List<Diagnostic> Diagnostics { get; } = [];

    internal int ErrorCount { get; private set; }

    /// <summary>The minor format version of the text being read, once known (unknown members of a newer minor are expected).</summary>
    internal int FormatMinor { get; set; }

    internal ReadCaches Ids => _ids ??= new();

    /// <summary>Caches every statement and source id read (<see cref="ReadCaches.ForWholeLoad"/>), and every distinct
    /// policy (with its text) and speaker, for a load that keeps them all anyway; call before reading. A stream of
    /// records (<see cref="PolicyDatasetSerializer.ReadRecords"/>) keeps at most 4,096 of each, to stay small.</summary>
    internal void CacheForWholeLoad()
    {
        _ids = ReadCaches.ForWholeLoad();
        _shared = new SharedValues(int.MaxValue);
    }

    /// <summary>The policies and speakers of this load, shared with its workers.</summary>
    private SharedValues Shared => _shared ??= new SharedValues(SharedValues.StreamBound);

    internal int Depth => _path.Count;

    /// <summary>Returns an equal policy read before, if any, so that a large dataset holds each distinct policy once.</summary>
    internal RequestPolicy Intern(RequestPolicy policy) => Shared.Intern(policy);

    /// <summary>The speaker with these parts: one instance per distinct speaker in this load (its workers included), for
    /// the first 4,096 of them, or for all in a whole load (<see cref="CacheForWholeLoad"/>).</summary>
    internal Speaker SpeakerOf(CompanyId company, string? person, string? role) => Shared.SpeakerOf(company, person, role);

    /// <summary>Room for a reader of plain lines to gather a value's parts as UTF-8 (a speaker's); it holds nothing
    /// between values. Made when first asked for.</summary>
    internal RowBytes Scratch => _scratch ??= new();

    /// <summary>True when the reader's offsets refer to a text set by <see cref="SetText"/> (not so in the converters).</summary>
    internal bool HasText => _buffer is not null;

    /// <summary>The bytes of the current text between two of the reader's offsets.</summary>
    internal ReadOnlySpan<byte> Slice(long start, long end) => _buffer.AsSpan(_spanStart + (int)start, (int)(end - start));

    /// <summary>A policy read before from exactly these bytes without any diagnostic, if any.</summary>
    internal bool TryGetPolicy(ReadOnlySpan<byte> json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestPolicy? policy) =>
        Shared.TryGet(json, out policy);

    /// <summary>Remembers the policy read from these bytes without any diagnostic, so the same text is not parsed again.</summary>
    internal void RememberPolicy(ReadOnlySpan<byte> json, RequestPolicy policy) => Shared.Remember(json, policy);

    /// <summary>Sets the text whose offsets the positions refer to; <paramref name="baseLine"/> is the line of its first byte.</summary>
    internal void SetText(byte[]? buffer, int start, int length, int baseLine)
    {
        _buffer = buffer;
        _spanStart = start;
        _spanLength = length;
        _baseLine = baseLine;
        _cursorOffset = 0;
        _cursorLine = baseLine;
        _cursorColumn = 1;
        _path.Clear();
    }

    internal void Push(string name) => _path.Add((name, -1));

    internal void PushIndex(int index) => _path.Add((null, index));

    internal void Truncate(int depth)
    {
        if (_path.Count > depth)
        {
            _path.RemoveRange(depth, _path.Count - depth);
        }
    }

    /// <summary>The JSON path of the current value, e.g. <c>$.events[3].company</c>.</summary>
    internal string CurrentPath() => FormatPath(_path);

    /// <summary>Formats a path: names as <c>.name</c> (or <c>['odd name']</c>), indexes (names null) as <c>[3]</c>.</summary>
    internal static string FormatPath(List<(string? Name, int Index)> path)
    {
        var builder = new StringBuilder("$");
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]))
            {
                builder.Append('.').Append(name);
            }
            else
            {
                builder.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }
        return builder.ToString();
    }

    /// <summary>One-based line and column of a byte offset into the current text; null when the text is not known.</summary>
    internal (int Line, int Column)? Position(long offset)
    {
        if (_buffer is null || offset < 0 || offset > _spanLength)
        {
            return null;
        }
        if (offset < _cursorOffset)
        {
            _cursorOffset = 0;
            _cursorLine = _baseLine;
            _cursorColumn = 1;
        }
        var bytes = _buffer.AsSpan(_spanStart, _spanLength);
        for (var i = _cursorOffset; i < offset; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                _cursorLine++;
                _cursorColumn = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                _cursorColumn++;
            }
        }
        _cursorOffset = (int)offset;
        return (_cursorLine, _cursorColumn);
    }

    internal PolicyEvents.Diagnostics.RecordPosition RecordStart(long offset, int index)
    {
        var position = Position(offset);
        return new PolicyEvents.Diagnostics.RecordPosition(position?.Line ?? 0, position?.Column ?? 0, index);
    }

    internal DiagnosticLocation Location(long offset)
    {
        var position = Position(offset);
        return new DiagnosticLocation(File, position?.Line, position?.Column, CurrentPath());
    }

    internal void Report(DiagnosticSeverity severity, string code, string message, long offset) =>
        Add(new Diagnostic(severity, code, message, Location(offset)));

    internal void Error(string code, string message, long offset) => Report(DiagnosticSeverity.Error, code, message, offset);

    /// <summary>What has been reported so far, to try a read and take back what it reports (<see cref="TakeBack"/>).</summary>
    internal (int Diagnostics, int Errors) Reported => (Diagnostics.Count, ErrorCount);

    /// <summary>Removes what was reported since <paramref name="reported"/> (see <see cref="Reported"/>) and clears the
    /// path; true when there was anything to remove.</summary>
    internal bool TakeBack((int Diagnostics, int Errors) reported)
    {
        _path.Clear();
        if (Diagnostics.Count == reported.Diagnostics)
        {
            return false;
        }
        Diagnostics.RemoveRange(reported.Diagnostics, Diagnostics.Count - reported.Diagnostics);
        ErrorCount = reported.Errors;
        return true;
    }

    internal void Add(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            ErrorCount++;
        }
        Diagnostics.Add(diagnostic);
    }

    /// <summary>Reports malformed JSON from the reader's exception, converting its zero-based position to one-based.</summary>
    internal void ReportMalformed(JsonException exception, int readerDepth)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }
        if (cut > 0)
        {
            message = message[..cut];
        }
        message = Plain(message);
        int? line = null, column = null;
        if (exception.LineNumber is { } zeroLine && _buffer is not null)
        {
            line = _baseLine + (int)zeroLine;
            column = ColumnOf((int)zeroLine, exception.BytePositionInLine ?? 0);
        }
        // The reader refuses a container that would pass its MaxDepth while it stands at the depth below.
        var tooDeep = readerDepth >= ReaderOptions.MaxDepth - 1 && message.Contains("depth", StringComparison.OrdinalIgnoreCase);
        Add(tooDeep
            ? new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooDeep,
                string.Create(CultureInfo.InvariantCulture, $"Objects and arrays nest deeper than the limit of {ReaderOptions.MaxDepth} (DatasetReadOptions.MaxDepth)."),
                new DiagnosticLocation(File, line, column, CurrentPath()))
            : new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson, $"Malformed JSON: {message.TrimEnd()}",
                new DiagnosticLocation(File, line, column, CurrentPath())));
    }

    /// <summary>System.Text.Json's messages in the format's terms: its advice to change the reader options does not apply to a
    /// dataset file, whose reader is strict by design.</summary>
    private static string Plain(string message)
    {
        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            var container = message.Contains("JSON array", StringComparison.Ordinal) ? "an array's last item" : "an object's last member";
            return $"a comma after {container}; JSON allows no trailing comma (remove it).";
        }
        return message.Replace(" Change the reader options.", "", StringComparison.Ordinal);
    }

    /// <summary>Reports text that is not valid UTF-8 or that the reader refused outright.</summary>
    internal void ReportMalformed(string message, long offset) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MalformedJson, message, Location(offset)));

    private int ColumnOf(int zeroLine, long bytePosition)
    {
        var bytes = _buffer.AsSpan(_spanStart, _spanLength);
        var start = 0;
        for (var l = 0; l < zeroLine; l++)
        {
            var next = bytes[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }
            start += next + 1;
        }
        var column = 1;
        var end = Math.Min(bytes.Length, start + (int)bytePosition);
        for (var i = start; i < end; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return column;
    }
}
