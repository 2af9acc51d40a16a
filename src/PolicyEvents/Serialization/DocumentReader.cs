using System.Text.Json;
using PolicyEvents.Diagnostics;
using static PolicyEvents.Serialization.JsonValueReader;
using static PolicyEvents.Serialization.Presence;

namespace PolicyEvents.Serialization;

/// <summary>Reads the single-document form from UTF-8 bytes held whole in memory.</summary>
internal static class DocumentReader
{
    /// <summary>Reads the document; throws <see cref="DatasetFormatException"/> with every problem found when it has errors.</summary>
    internal static DatasetReadResult Read(byte[] buffer, int start, int length, ReadContext context, DatasetCollector collector)
    {
        // The stream buffer has already skipped one byte-order mark; a second one is malformed text.
        context.SetText(buffer, start, length, 1);
        var reader = new Utf8JsonReader(buffer.AsSpan(start, length), context.ReaderOptions);
        var versionOk = false;
        try
        {
            versionOk = ReadDocument(ref reader, context, collector);
        }
        catch (JsonException exception)
        {
            context.ReportMalformed(exception, reader.CurrentDepth);
        }
        if (!versionOk && context.Diagnostics.Find(d => d.Code == DiagnosticCodes.UnsupportedVersion) is { } version)
        {
            // A file of another major version: its other "problems" are likely new features; report the version alone.
            throw new DatasetFormatException([version]);
        }
        var dataset = context.ErrorCount == 0 ? collector.Build(context, lines: false) : null;
        return dataset ?? throw new DatasetFormatException(context.Diagnostics);
    }

    private struct DocumentFields(DatasetCollector collector)
    {
        internal readonly DatasetCollector Collector = collector;
        internal bool VersionOk;
    }

    private static MemberTable<DocumentFields> DocumentMembers { get; } = new("the dataset document",
    [
        new("formatVersion", Required, static (ref r, c, ref d) => d.VersionOk = FormatVersion.Read(ref r, c)),
        new("metadata", Required, static (ref r, c, ref d) => Metadata(ref r, c, d.Collector)),
        Collection(DatasetRecordKind.Company),
        Collection(DatasetRecordKind.Jurisdiction),
        Collection(DatasetRecordKind.Source),
        Collection(DatasetRecordKind.Statement),
        Collection(DatasetRecordKind.Trigger),
        Collection(DatasetRecordKind.Event),
        Collection(DatasetRecordKind.Figure),
    ]);

    private static ulong FormatVersionMember { get; } = DocumentMembers.Mask("formatVersion");

    /// <summary>The array of the records of one kind (<c>companies</c>, ...).</summary>
    private static Member<DocumentFields> Collection(DatasetRecordKind kind) =>
        new(DatasetPaths.CollectionOf(kind), Optional, (ref r, c, ref d) => Records(ref r, c, d.Collector, kind));

    private static bool ReadDocument(ref Utf8JsonReader reader, ReadContext context, DatasetCollector collector)
    {
        if (!reader.Read())
        {
            context.ReportMalformed("Malformed JSON: the text is empty; expected a JSON object.", 0);
            return false;
        }
        if (!ExpectObject(ref reader, context, "the dataset document"))
        {
            return false;
        }
        var start = reader.TokenStartIndex;
        var document = new DocumentFields(collector);
        ulong seen = 0;
        while (DocumentMembers.Next(ref reader, context, 0, ref seen) is { } read)
        {
            read(ref reader, context, ref document);
            if (seen == FormatVersionMember && !document.VersionOk)
            {
                return false; // formatVersion came first and is not readable: stop here.
            }
        }
        context.Truncate(0);
        DocumentMembers.Require(context, seen, start, 0);
        // Anything after the closing brace other than white space is malformed (the reader throws).
        reader.Read();
        return document.VersionOk;
    }

    private static void Metadata(ref Utf8JsonReader reader, ReadContext context, DatasetCollector collector)
    {
        if (ExpectObject(ref reader, context, "the metadata"))
        {
            var position = context.RecordStart(reader.TokenStartIndex, 0);
            collector.Metadata = RecordReader.Metadata(ref reader, context, reader.TokenStartIndex);
            collector.MetadataPosition = position;
        }
    }

    private static void Records(ref Utf8JsonReader reader, ReadContext context, DatasetCollector collector, DatasetRecordKind kind)
    {
        var name = DatasetPaths.CollectionOf(kind);
        if (!ExpectArray(ref reader, context, $"the {name}"))
        {
            return;
        }
        var depth = context.Depth;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(depth);
            context.PushIndex(index);
            if (ExpectObject(ref reader, context, $"a record of {name}"))
            {
                var objectStart = reader.TokenStartIndex;
                var position = context.RecordStart(objectStart, index);
                context.CountRecord(objectStart);
                if (ReadRecord(ref reader, context, kind, objectStart) is { } record)
                {
                    collector.Add(kind, record, position);
                }
            }
            index++;
        }
    }

    internal static object? ReadRecord(ref Utf8JsonReader reader, ReadContext context, DatasetRecordKind kind, long start) => kind switch
    {
        DatasetRecordKind.Company => RecordReader.Company(ref reader, context, start),
        DatasetRecordKind.Jurisdiction => RecordReader.Jurisdiction(ref reader, context, start),
        DatasetRecordKind.Source => RecordReader.Source(ref reader, context, start),
        DatasetRecordKind.Statement => RecordReader.Statement(ref reader, context, start),
        DatasetRecordKind.Trigger => RecordReader.Trigger(ref reader, context, start),
        DatasetRecordKind.Event => RecordReader.Event(ref reader, context, start),
        DatasetRecordKind.Figure => FigureRecordReader.Figure(ref reader, context, start),
        _ => null,
    };
}
