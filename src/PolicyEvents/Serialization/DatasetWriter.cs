using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>
/// Writes the canonical form: members in the order of docs/format.md, collections in the dataset's order (sorted by id),
/// optional members omitted when null or empty, two-space indentation (document) or one compact object per line
/// (JSON Lines), <c>\n</c> line ends and a trailing newline. Hands out the bytes in chunks so large datasets stream.
/// </summary>
internal static class DatasetWriter
{
    private const int ChunkSize = 64 * 1024;

    private static readonly JsonWriterOptions DocumentOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The canonical bytes, in chunks; each chunk is valid only until the next is requested.</summary>
    internal static IEnumerable<ReadOnlyMemory<byte>> Chunks(PolicyDataset dataset, bool lines)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkSize * 2);
        return lines ? LineChunks(dataset, buffer) : DocumentChunks(dataset, buffer);
    }

    private static IEnumerable<ReadOnlyMemory<byte>> DocumentChunks(PolicyDataset dataset, ArrayBufferWriter<byte> buffer)
    {
        using var writer = new Utf8JsonWriter(buffer, DocumentOptions);
        writer.WriteStartObject();
        writer.WriteString("formatVersion"u8, FormatVersion.Of(dataset));
        writer.WritePropertyName("metadata"u8);
        WriteMetadata(writer, dataset.Metadata);
        foreach (var kind in RecordKinds)
        {
            if (Count(dataset, kind) == 0)
            {
                continue;
            }
            writer.WritePropertyName(DatasetPaths.CollectionOf(kind));
            writer.WriteStartArray();
            for (var i = 0; i < Count(dataset, kind); i++)
            {
                WriteRecord(writer, dataset, kind, i, withType: false);
                if (writer.BytesPending + buffer.WrittenCount > ChunkSize)
                {
                    writer.Flush();
                    yield return buffer.WrittenMemory;
                    buffer.ResetWrittenCount();
                }
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        yield return buffer.WrittenMemory;
        buffer.ResetWrittenCount();
    }

    private static IEnumerable<ReadOnlyMemory<byte>> LineChunks(PolicyDataset dataset, ArrayBufferWriter<byte> buffer)
    {
        using var writer = new Utf8JsonWriter(buffer, LineOptions);
        writer.WriteStartObject();
        writer.WriteString("type"u8, "dataset"u8);
        writer.WriteString("formatVersion"u8, FormatVersion.Of(dataset));
        writer.WritePropertyName("metadata"u8);
        WriteMetadata(writer, dataset.Metadata);
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        foreach (var kind in RecordKinds)
        {
            for (var i = 0; i < Count(dataset, kind); i++)
            {
                writer.Reset(buffer);
                WriteRecord(writer, dataset, kind, i, withType: true);
                writer.Flush();
                buffer.Write("\n"u8);
                if (buffer.WrittenCount > ChunkSize)
                {
                    yield return buffer.WrittenMemory;
                    buffer.ResetWrittenCount();
                }
            }
        }
        if (buffer.WrittenCount > 0)
        {
            yield return buffer.WrittenMemory;
            buffer.ResetWrittenCount();
        }
    }

    private static readonly DatasetRecordKind[] RecordKinds =
    [
        DatasetRecordKind.Company, DatasetRecordKind.Jurisdiction, DatasetRecordKind.Source,
        DatasetRecordKind.Statement, DatasetRecordKind.Trigger, DatasetRecordKind.Event, DatasetRecordKind.Figure,
    ];

    private static int Count(PolicyDataset dataset, DatasetRecordKind kind) => kind switch
    {
        DatasetRecordKind.Company => dataset.Companies.Length,
        DatasetRecordKind.Jurisdiction => dataset.Jurisdictions.Length,
        DatasetRecordKind.Source => dataset.Sources.Length,
        DatasetRecordKind.Statement => dataset.Statements.Length,
        DatasetRecordKind.Trigger => dataset.Triggers.Length,
        DatasetRecordKind.Figure => dataset.Figures.Length,
        _ => dataset.Events.Length,
    };

    private static void WriteRecord(Utf8JsonWriter writer, PolicyDataset dataset, DatasetRecordKind kind, int index, bool withType)
    {
        switch (kind)
        {
            case DatasetRecordKind.Company: WriteCompany(writer, dataset.Companies[index], withType); break;
            case DatasetRecordKind.Jurisdiction: WriteJurisdiction(writer, dataset.Jurisdictions[index], withType); break;
            case DatasetRecordKind.Source: WriteSource(writer, dataset.Sources[index], withType); break;
            case DatasetRecordKind.Statement: WriteStatement(writer, dataset.Statements[index], withType); break;
            case DatasetRecordKind.Trigger: WriteTrigger(writer, dataset.Triggers[index], withType); break;
            case DatasetRecordKind.Figure: WriteFigure(writer, dataset.Figures[index], withType); break;
            default: WriteEvent(writer, dataset.Events[index], withType); break;
        }
    }

    private static void Type(Utf8JsonWriter writer, bool withType, ReadOnlySpan<byte> type)
    {
        writer.WriteStartObject();
        if (withType)
        {
            writer.WriteString("type"u8, type);
        }
    }

    private static void Optional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, PartialDate? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date.ToString());
        }
    }

    internal static string FormatInstant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static void Strings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<string> values)
    {
        if (values.IsEmpty)
        {
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void Ids<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<T> values)
    {
        if (values.IsEmpty)
        {
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value!.ToString());
        }
        writer.WriteEndArray();
    }

    internal static void WriteMetadata(Utf8JsonWriter writer, DatasetMetadata metadata)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, metadata.Id.Value);
        writer.WriteString("title"u8, metadata.Title);
        writer.WriteString("version"u8, metadata.Version);
        Optional(writer, "license"u8, metadata.License);
        Optional(writer, "description"u8, metadata.Description);
        Strings(writer, "creators"u8, metadata.Creators);
        writer.WriteString("created"u8, FormatInstant(metadata.Created));
        Ids(writer, "sources"u8, metadata.Sources);
        writer.WriteEndObject();
    }

    internal static void WriteCompany(Utf8JsonWriter writer, Company company, bool withType)
    {
        Type(writer, withType, "company"u8);
        writer.WriteString("id"u8, company.Id.Value);
        writer.WriteString("name"u8, company.Name);
        if (!company.Names.IsEmpty)
        {
            writer.WritePropertyName("names"u8);
            writer.WriteStartArray();
            foreach (var name in company.Names)
            {
                writer.WriteStartObject();
                writer.WriteString("name"u8, name.Name);
                writer.WriteString("kind"u8, FormatNames.CompanyNameKinds.NameOf(name.Kind));
                Optional(writer, "from"u8, name.From);
                Optional(writer, "until"u8, name.Until);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        Optional(writer, "parent"u8, company.Parent?.Value);
        Optional(writer, "wikidata"u8, company.Wikidata?.Value);
        writer.WriteEndObject();
    }

    internal static void WriteJurisdiction(Utf8JsonWriter writer, Jurisdiction jurisdiction, bool withType)
    {
        Type(writer, withType, "jurisdiction"u8);
        writer.WriteString("code"u8, jurisdiction.Code.Value);
        writer.WriteString("name"u8, jurisdiction.Name);
        writer.WriteString("kind"u8, FormatNames.JurisdictionKinds.NameOf(jurisdiction.Kind));
        writer.WriteString("timeZone"u8, jurisdiction.TimeZoneId);
        Optional(writer, "parent"u8, jurisdiction.Parent?.Value);
        writer.WriteEndObject();
    }

    internal static void WriteSource(Utf8JsonWriter writer, Source source, bool withType)
    {
        Type(writer, withType, "source"u8);
        writer.WriteString("id"u8, source.Id.Value);
        Optional(writer, "publisher"u8, source.Publisher);
        Optional(writer, "title"u8, source.Title);
        Optional(writer, "url"u8, source.Url?.OriginalString);
        Optional(writer, "published"u8, source.Published);
        Optional(writer, "byline"u8, source.Byline);
        Optional(writer, "agency"u8, source.Agency);
        if (source.Retrieved is { } retrieved)
        {
            writer.WriteString("retrieved"u8, FormatInstant(retrieved));
        }
        writer.WriteEndObject();
    }

    internal static void WriteStatement(Utf8JsonWriter writer, Statement statement, bool withType)
    {
        Type(writer, withType, "statement"u8);
        writer.WriteString("id"u8, statement.Id.Value);
        writer.WriteString("text"u8, statement.Text);
        WriteSpeaker(writer, statement.Speaker);
        Optional(writer, "date"u8, statement.Date);
        writer.WriteString("language"u8, statement.Language.Value);
        Ids(writer, "sources"u8, statement.Sources);
        if (statement.IsParaphrase)
        {
            writer.WriteBoolean("paraphrase"u8, true);
        }
        if (!statement.Variants.IsEmpty)
        {
            writer.WritePropertyName("variants"u8);
            writer.WriteStartArray();
            foreach (var variant in statement.Variants)
            {
                writer.WriteStartObject();
                Optional(writer, "text"u8, variant.Text);
                if (variant.Speaker is { } speaker)
                {
                    WriteSpeaker(writer, speaker);
                }
                Ids(writer, "sources"u8, variant.Sources);
                if (variant.IsParaphrase)
                {
                    writer.WriteBoolean("paraphrase"u8, true);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteSpeaker(Utf8JsonWriter writer, Speaker speaker)
    {
        writer.WritePropertyName("speaker"u8);
        writer.WriteStartObject();
        writer.WriteString("company"u8, speaker.Company.Value);
        Optional(writer, "person"u8, speaker.Person);
        Optional(writer, "role"u8, speaker.Role);
        writer.WriteEndObject();
    }

    internal static void WriteTrigger(Utf8JsonWriter writer, Trigger trigger, bool withType)
    {
        Type(writer, withType, "trigger"u8);
        writer.WriteString("id"u8, trigger.Id.Value);
        writer.WriteString("jurisdiction"u8, trigger.Jurisdiction.Value);
        writer.WriteString("title"u8, trigger.Title);
        writer.WriteString("effective"u8, trigger.Effective.ToString());
        Ids(writer, "sources"u8, trigger.Sources);
        if (!trigger.EffectiveClaims.IsEmpty)
        {
            writer.WritePropertyName("effectiveClaims"u8);
            writer.WriteStartArray();
            foreach (var claim in trigger.EffectiveClaims)
            {
                writer.WriteStartObject();
                writer.WriteString("date"u8, claim.Date.ToString());
                Ids(writer, "sources"u8, claim.Sources);
                Optional(writer, "wording"u8, claim.Wording);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    internal static void WriteEvent(Utf8JsonWriter writer, PolicyEvent policyEvent, bool withType)
    {
        Type(writer, withType, "event"u8);
        writer.WriteString("id"u8, policyEvent.Id.Value);
        writer.WriteString("company"u8, policyEvent.Company.Value);
        writer.WriteString("jurisdiction"u8, policyEvent.Jurisdiction.Value);
        writer.WritePropertyName("policy"u8);
        WritePolicy(writer, policyEvent.Policy);
        Optional(writer, "effective"u8, policyEvent.Effective);
        Optional(writer, "announced"u8, policyEvent.Announced);
        writer.WriteString("recorded"u8, FormatInstant(policyEvent.Recorded));
        Ids(writer, "statements"u8, policyEvent.Statements);
        Ids(writer, "sources"u8, policyEvent.Sources);
        Optional(writer, "trigger"u8, policyEvent.Trigger?.Value);
        Optional(writer, "supersedes"u8, policyEvent.Supersedes?.Value);
        Optional(writer, "note"u8, policyEvent.Note);
        writer.WriteEndObject();
    }

    internal static void WriteFigure(Utf8JsonWriter writer, ReportedFigures figures, bool withType)
    {
        Type(writer, withType, "figure"u8);
        writer.WriteString("company"u8, figures.Company.Value);
        Optional(writer, "jurisdiction"u8, figures.Jurisdiction?.Value);
        writer.WriteString("jurisdictionName"u8, figures.JurisdictionName);
        writer.WriteString("start"u8, LocalDatePattern.Iso.Format(figures.Period.Start));
        writer.WriteString("end"u8, LocalDatePattern.Iso.Format(figures.Period.End));
        if (figures.Period.IsStartDerived)
        {
            writer.WriteBoolean("startDerived"u8, true);
        }
        writer.WriteString("category"u8, figures.Category.Label);
        Flags(writer, "requestKinds"u8, FormatNames.RequestKinds, figures.Category.Kinds);
        if (figures.Category.LegalProcess != LegalProcessKind.Unspecified)
        {
            writer.WriteString("legalProcess"u8, FormatNames.LegalProcessKinds.NameOf(figures.Category.LegalProcess));
        }
        Optional(writer, "assistingJurisdiction"u8, figures.Category.AssistingJurisdiction?.Value);
        Number(writer, "requests"u8, figures.Figures.Requests);
        Number(writer, "accounts"u8, figures.Figures.Accounts);
        Number(writer, "requestsWithDataProduced"u8, figures.Figures.RequestsWithDataProduced);
        Number(writer, "percentWithDataProduced"u8, figures.Figures.PercentWithDataProduced);
        Number(writer, "requestsWithContentProduced"u8, figures.Figures.RequestsWithContentProduced);
        Number(writer, "requestsWithOnlyNonContentProduced"u8, figures.Figures.RequestsWithOnlyNonContentProduced);
        Number(writer, "requestsWithNoDataFound"u8, figures.Figures.RequestsWithNoDataFound);
        Number(writer, "requestsRejected"u8, figures.Figures.RequestsRejected);
        Number(writer, "accountsWithDataPreserved"u8, figures.Figures.AccountsWithDataPreserved);
        Number(writer, "percentWithContentProduced"u8, figures.Figures.PercentWithContentProduced);
        Number(writer, "percentWithOnlyNonContentProduced"u8, figures.Figures.PercentWithOnlyNonContentProduced);
        Number(writer, "percentWithNoDataFound"u8, figures.Figures.PercentWithNoDataFound);
        Number(writer, "percentRejected"u8, figures.Figures.PercentRejected);
        if (figures.Provenance is { } provenance)
        {
            writer.WritePropertyName("provenance"u8);
            writer.WriteStartObject();
            writer.WriteString("file"u8, provenance.FileName);
            writer.WriteNumber("line"u8, provenance.Line);
            if (provenance.Published is { } published)
            {
                writer.WriteString("published"u8, LocalDatePattern.Iso.Format(published));
            }
            if (provenance.Source is { } source)
            {
                writer.WriteString("source"u8, source.Value);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>A published number as an object with its kind, its published text and its numbers; nothing when unknown.</summary>
    private static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, PublishedNumber number)
    {
        if (number.IsUnknown)
        {
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString("kind"u8, FormatNames.NumberKinds.NameOf(number.Kind));
        writer.WriteString("text"u8, number.Text);
        switch (number.Kind)
        {
            case PublishedNumberKind.Exact:
                writer.WriteNumber("count"u8, number.Count!.Value);
                break;
            case PublishedNumberKind.Range:
                writer.WriteNumber("minimum"u8, number.Minimum!.Value);
                writer.WriteNumber("maximum"u8, number.Maximum!.Value);
                break;
            default:
                writer.WriteNumber("percent"u8, number.Percent!.Value);
                break;
        }
        writer.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter writer, RequestPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteString("stance"u8, FormatNames.Stances.NameOf(policy.Stance));
        var scope = policy.Scope;
        if (!scope.Equals(RequestScope.Unspecified))
        {
            writer.WritePropertyName("scope"u8);
            writer.WriteStartObject();
            Flags(writer, "requestKinds"u8, FormatNames.RequestKinds, scope.Kinds);
            Flags(writer, "requesters"u8, FormatNames.Requesters, scope.Requesters);
            Strings(writer, "products"u8, scope.Products);
            Ids(writer, "subjectJurisdictions"u8, scope.SubjectJurisdictions);
            if (scope.Origin != RequestOrigin.EventJurisdiction)
            {
                writer.WriteString("origin"u8, FormatNames.Origins.NameOf(scope.Origin));
            }
            writer.WriteEndObject();
        }
        Strings(writer, "conditions"u8, policy.Conditions);
        Strings(writer, "exceptions"u8, policy.Exceptions);
        if (policy.Channel is { } channel)
        {
            writer.WritePropertyName("channel"u8);
            writer.WriteStartObject();
            writer.WriteString("kind"u8, FormatNames.ChannelKinds.NameOf(channel.Kind));
            if (channel.Intermediary is { } intermediary)
            {
                writer.WriteString("intermediary"u8, intermediary);
            }
            if (channel.IntermediaryJurisdiction is { } jurisdiction)
            {
                writer.WriteString("intermediaryJurisdiction"u8, jurisdiction.Value);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void Flags<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, EnumNames<T> names, T value) where T : struct, Enum
    {
        var bits = Unsafe.As<T, int>(ref value);
        if (bits == 0)
        {
            return;
        }
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var (flagName, flag) in names.Entries)
        {
            var flagValue = flag;
            if ((bits & Unsafe.As<T, int>(ref flagValue)) != 0)
            {
                writer.WriteStringValue(flagName);
            }
        }
        writer.WriteEndArray();
    }
}
