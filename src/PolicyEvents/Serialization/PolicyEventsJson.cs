using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>Hooks for embedding the library's types in your own JSON with System.Text.Json: every converter, and a method
/// that adds them to your options. With source generation, list the converter types in
/// <c>[JsonSourceGenerationOptions(Converters = [typeof(PartialDateJsonConverter), ...])]</c> instead.</summary>
public static class PolicyEventsJson
{
    /// <summary>One instance of every converter: <see cref="PartialDate"/>, the identifiers and codes, and <see cref="PolicyEvent"/>.</summary>
    public static ImmutableArray<JsonConverter> Converters { get; } =
    [
        new PartialDateJsonConverter(), new CompanyIdJsonConverter(), new SourceIdJsonConverter(), new StatementIdJsonConverter(),
        new EventIdJsonConverter(), new TriggerIdJsonConverter(), new DatasetIdJsonConverter(), new JurisdictionCodeJsonConverter(),
        new PolicyEventJsonConverter(),
    ];

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
