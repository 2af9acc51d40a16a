using System.Text.Json;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Storage;
using static PolicyEvents.Serialization.JsonValueReader;
using static PolicyEvents.Serialization.Presence;

namespace PolicyEvents.Serialization;

/// <summary>Reads one JSON Lines line at a time: the header on the first line, one record on each other line.</summary>
internal sealed class LinesReader
{
    private const int ProgressEvery = 10_000;
    private readonly ReadContext _context;
    private readonly IProgress<DatasetReadProgress>? _progress;
    private bool _sawHeader;
    private int _lineNumber;

    internal LinesReader(StreamBuffer buffer, ReadContext context, IProgress<DatasetReadProgress>? progress)
    {
        Buffer = buffer;
        _context = context;
        _progress = progress;
    }

    /// <summary>A reader of the lines after the header, for one worker of a parallel load: it reads lines handed to it with
    /// their own bytes and numbers (<see cref="ParseLine(byte[], int, int, int, out DatasetRecordKind, out RecordPosition)"/>)
    /// and reports no progress.</summary>
    internal LinesReader(ReadContext context)
    {
        Buffer = null!;
        _context = context;
        _sawHeader = true;
    }

    internal StreamBuffer Buffer { get; }

    /// <summary>Where event, statement and source lines in their plain form go, read straight into rows
    /// (<see cref="EventLineReader"/>, <see cref="StatementLineReader"/>, <see cref="SourceLineReader"/>), for a load
    /// that keeps them as columns; null to read every record as an object.
    /// <see cref="ParseLine(int, int, out DatasetRecordKind, out RecordPosition)"/> returns the rows' instance for such a line.</summary>
    internal RecordRows? Rows { get; set; }

    internal long Records { get; private set; }

    /// <summary>True once the header (or a record where the header should have been) was read: the lines after it are
    /// independent of each other.</summary>
    internal bool SawHeader => _sawHeader;

    /// <summary>The bytes read that progress reports, when not the buffer's count: a parallel load, whose buffer moves on
    /// while batches taken earlier are merged, sets it to what the stream had given when the batch was taken.</summary>
    internal long? ProgressBytes { get; set; }

    private long BytesRead => ProgressBytes ?? Buffer.BytesRead;

    /// <summary>Counts lines that other readers parsed for this load, taken when the stream had given
    /// <paramref name="bytesRead"/> bytes, reporting progress as <see cref="ParseLine(int, int, out DatasetRecordKind, out RecordPosition)"/> would.</summary>
    internal void AddParsed(long lines, long bytesRead)
    {
        for (var i = 0; i < lines; i++)
        {
            Records++;
            if (_progress is not null && Records % ProgressEvery == 0)
            {
                _progress.Report(new DatasetReadProgress(bytesRead, Records));
            }
        }
    }

    /// <summary>False when the header was of a newer major version: reading must stop.</summary>
    internal bool VersionOk { get; private set; } = true;

    /// <summary>Parses a line taken from the buffer. Returns the record's kind and value (null for a blank line, an unknown
    /// record type, or a line with errors, which are reported to the context).</summary>
    internal object? ParseLine(int start, int length, out DatasetRecordKind kind, out RecordPosition position) =>
        ParseLine(Buffer.Buffer, start, length, Buffer.LineNumber, out kind, out position);

    /// <summary>Parses a line held in <paramref name="bytes"/>, numbered <paramref name="lineNumber"/>; see <see cref="ParseLine(int, int, out DatasetRecordKind, out RecordPosition)"/>.</summary>
    internal object? ParseLine(byte[] bytes, int start, int length, int lineNumber, out DatasetRecordKind kind, out RecordPosition position)
    {
        kind = DatasetRecordKind.Metadata;
        _lineNumber = lineNumber;
        position = new RecordPosition(lineNumber, 1, 0);
        var line = bytes.AsSpan(start, length);
        if (line.TrimStart(" \t\r"u8).IsEmpty)
        {
            return null;
        }
        _context.SetText(bytes, start, length, lineNumber);
        var reader = new Utf8JsonReader(line, _context.ReaderOptions);
        object? record = null;
        try
        {
            record = ParseRecord(ref reader, out kind, out position);
            if (record is not null and not EventRows and not StatementRows and not SourceRows)
            {
                reader.Read(); // anything after the object on the same line is malformed (the reader throws)
            }
        }
        catch (JsonException exception)
        {
            _context.ReportMalformed(exception, reader.CurrentDepth);
            record = null;
        }
        Records++;
        if (_progress is not null && Records % ProgressEvery == 0)
        {
            _progress.Report(new DatasetReadProgress(BytesRead, Records));
        }
        return record;
    }

    internal void ReportEnd()
    {
        _progress?.Report(new DatasetReadProgress(BytesRead, Records));
        if (!_sawHeader && VersionOk)
        {
            _context.SetText(null, 0, 0, 1);
            _context.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.BadLinesStructure,
                "The JSON Lines file has no header: its first line must be {\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"metadata\":{…}}.",
                new DiagnosticLocation(_context.File, 1, 1, "$")));
        }
    }

    private object? ParseRecord(ref Utf8JsonReader reader, out DatasetRecordKind kind, out RecordPosition position)
    {
        kind = DatasetRecordKind.Metadata;
        position = new RecordPosition(_lineNumber, 1, 0);
        reader.Read();
        if (!ExpectObject(ref reader, _context, "a record on each line"))
        {
            return null;
        }
        var start = reader.TokenStartIndex;
        position = _context.RecordStart(start, 0);
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("type"u8))
        {
            _context.Error(DiagnosticCodes.BadLinesStructure, "The first member of each JSON Lines record must be \"type\" (\"dataset\", \"company\", \"jurisdiction\", \"source\", \"statement\", \"trigger\", \"event\" or \"figure\").",
                reader.TokenType == JsonTokenType.EndObject ? start : reader.TokenStartIndex);
            return null;
        }
        _context.Push("type");
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, _context, "a record type (a string)");
            return null;
        }
        if (!FormatNames.RecordTypes.TryMatch(ref reader, out kind))
        {
            if (TryGetString(ref reader) is not { } type)
            {
                _context.ReportMalformed("Malformed JSON: the record type is not valid UTF-8.", reader.TokenStartIndex);
                return null;
            }
            _context.Report(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownRecordType,
                $"Unknown record type '{type}' (expected one of {FormatNames.RecordTypes.List}); the line is skipped.", reader.TokenStartIndex);
            return null;
        }
        _context.Truncate(0);
        if (kind == DatasetRecordKind.Metadata)
        {
            return Header(ref reader, start);
        }
        if (!_sawHeader)
        {
            _context.Error(DiagnosticCodes.BadLinesStructure, "The first line of a JSON Lines file must be the \"dataset\" header.", start);
            _sawHeader = true; // report once
            return null;
        }
        _context.CountRecord(start);
        if (kind == DatasetRecordKind.Event && Rows is { } rows && EventLineReader.TryRead(reader, _context, rows.Events))
        {
            return rows.Events;
        }
        if (kind == DatasetRecordKind.Statement && StatementLineReader.TryRead(reader, _context, Rows?.Statements) is { } statement)
        {
            return statement;
        }
        if (kind == DatasetRecordKind.Source && SourceLineReader.TryRead(reader, _context, Rows?.Sources) is { } source)
        {
            return source;
        }
        return DocumentReader.ReadRecord(ref reader, _context, kind, start);
    }

    private DatasetMetadata? Header(ref Utf8JsonReader reader, long start)
    {
        if (_sawHeader)
        {
            _context.Error(DiagnosticCodes.BadLinesStructure, "Only the first line may be the \"dataset\" header.", start);
            reader.Skip();
            return null;
        }
        _sawHeader = true;
        // Blank lines before the header are tolerated; nothing else can come before it, as ParseRecord ensures.
        var header = new HeaderFields();
        var seen = HeaderMembers.Mask("type");
        while (HeaderMembers.Next(ref reader, _context, 0, ref seen) is { } read)
        {
            read(ref reader, _context, ref header);
            if (header.VersionFailed)
            {
                VersionOk = false;
                return null;
            }
        }
        HeaderMembers.Require(_context, seen, start, 0);
        return header.Metadata;
    }

    private struct HeaderFields
    {
        internal bool VersionFailed;
        internal DatasetMetadata? Metadata;
    }

    private static MemberTable<HeaderFields> HeaderMembers { get; } = new("the dataset header line",
    [
        // Read by ParseRecord before the header is: counted as seen from the start, so a second one is a repeat.
        new("type", Required, static (ref r, c, ref h) => { }),
        new("formatVersion", Required, static (ref r, c, ref h) => h.VersionFailed = !FormatVersion.Read(ref r, c)),
        new("metadata", Required, static (ref r, c, ref h) => h.Metadata = Metadata(ref r, c)),
    ]);

    private static DatasetMetadata? Metadata(ref Utf8JsonReader reader, ReadContext context) =>
        ExpectObject(ref reader, context, "the metadata") ? RecordReader.Metadata(ref reader, context, reader.TokenStartIndex) : null;
}
