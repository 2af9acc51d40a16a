using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>Embeds the library's values in your own JSON with System.Text.Json: <see cref="PolicyEvent"/> exactly as the
/// dataset format writes it, the identifiers
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
        new RecordJsonConverter<PolicyEvent>("an event",
            static (ref r, c) => RecordReader.Event(ref r, c, r.TokenStartIndex), static (w, v) => DatasetWriter.WriteEvent(w, v, withType: false)),
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
