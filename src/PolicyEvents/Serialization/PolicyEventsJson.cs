using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>Embeds the library's values in your own JSON with System.Text.Json: the records (<see cref="Company"/>,
/// <see cref="Jurisdiction"/>, <see cref="Source"/>, <see cref="Statement"/>, <see cref="Trigger"/>, <see cref="PolicyEvent"/>,
/// <see cref="ReportedFigures"/>, <see cref="DatasetMetadata"/>) exactly as the dataset format writes them, the identifiers
/// and <see cref="JurisdictionCode"/> as strings (also as dictionary keys), and <see cref="PartialDate"/> as EDTF text.</summary>
/// <remarks>
/// <para>With options of your own, call <see cref="AddConverters"/>. With a source-generated context, name the one
/// converter type instead: <c>[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]</c>.</para>
/// <para>Reading is as strict as loading a dataset (required members, no duplicates, valid identifiers and dates; unknown
/// members are ignored) and every problem is a <see cref="JsonException"/> that says why; writing is the canonical form.
/// Everything here is reflection-free, trimming and NativeAOT safe, stateless and thread-safe.</para>
/// </remarks>
public static class PolicyEventsJson
{
    /// <summary>One instance of every converter of the library: one for each type listed on <see cref="PolicyEventsJson"/>.</summary>
    public static ImmutableArray<JsonConverter> Converters { get; } =
    [
        new PartialDateJsonConverter(),
        new IdentifierJsonConverter<CompanyId>(),
        new IdentifierJsonConverter<SourceId>(),
        new IdentifierJsonConverter<StatementId>(),
        new IdentifierJsonConverter<EventId>(),
        new IdentifierJsonConverter<TriggerId>(),
        new IdentifierJsonConverter<DatasetId>(),
        new IdentifierJsonConverter<JurisdictionCode>(),
        new RecordJsonConverter<Company>("a company",
            static (ref r, c) => RecordReader.Company(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteCompany(w, v, withType: false)),
        new RecordJsonConverter<Jurisdiction>("a jurisdiction",
            static (ref r, c) => RecordReader.Jurisdiction(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteJurisdiction(w, v, withType: false)),
        new RecordJsonConverter<Source>("a source",
            static (ref r, c) => RecordReader.Source(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteSource(w, v, withType: false)),
        new RecordJsonConverter<Statement>("a statement",
            static (ref r, c) => RecordReader.Statement(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteStatement(w, v, withType: false)),
        new RecordJsonConverter<Trigger>("a trigger",
            static (ref r, c) => RecordReader.Trigger(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteTrigger(w, v, withType: false)),
        new RecordJsonConverter<PolicyEvent>("an event",
            static (ref r, c) => RecordReader.Event(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteEvent(w, v, withType: false)),
        new RecordJsonConverter<ReportedFigures>("a figure set",
            static (ref r, c) => FigureRecordReader.Figure(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteFigure(w, v, withType: false)),
        new RecordJsonConverter<DatasetMetadata>("the metadata",
            static (ref r, c) => RecordReader.Metadata(ref r, c, r.TokenStartIndex), DatasetWriter.WriteMetadata),
    ];

    /// <summary>The converter of each type, for <see cref="PolicyEventsJsonConverter"/>.</summary>
    internal static FrozenDictionary<Type, JsonConverter> ByType { get; } = Converters.ToFrozenDictionary(converter => converter.Type!);

    /// <summary>Adds <see cref="Converters"/> to options that are not yet in use.</summary>
    /// <param name="options">The options to change.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The options are already in use (read-only).</exception>
    public static JsonSerializerOptions AddConverters(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }
        return options;
    }
}
