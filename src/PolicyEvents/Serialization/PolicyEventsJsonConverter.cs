using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyEvents.Serialization;

/// <summary>The converter of every type <see cref="PolicyEventsJson"/> lists, as one type to name where System.Text.Json
/// takes converter types: <c>[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]</c> on your
/// <see cref="JsonSerializerContext"/>, or <c>options.Converters.Add(new PolicyEventsJsonConverter())</c>.</summary>
/// <remarks>It hands out the converters of <see cref="PolicyEventsJson.Converters"/>; reflection-free and NativeAOT safe,
/// stateless and thread-safe.</remarks>
/// <example>
/// <code>
/// public sealed record Note(CompanyId Company, Statement Statement, Dictionary&lt;JurisdictionCode, PartialDate&gt; Seen);
///
/// [JsonSerializable(typeof(Note))]
/// [JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]
/// public sealed partial class NoteContext : JsonSerializerContext;
/// </code>
/// </example>
public sealed class PolicyEventsJsonConverter : JsonConverterFactory
{
    /// <summary>True for every type <see cref="PolicyEventsJson"/> lists.</summary>
    /// <param name="typeToConvert">The type to convert.</param>
    /// <returns>True when this converter converts <paramref name="typeToConvert"/>.</returns>
    public override bool CanConvert(Type typeToConvert) => PolicyEventsJson.ByType.ContainsKey(typeToConvert);

    /// <summary>Returns the converter of <paramref name="typeToConvert"/>.</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is true.</param>
    /// <param name="options">The options in use (not needed).</param>
    /// <returns>The converter of that type.</returns>
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> is not a type this converter converts.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        PolicyEventsJson.ByType.TryGetValue(typeToConvert, out var converter)
            ? converter
            : throw new ArgumentException($"{typeToConvert} is not a type of the PolicyEvents library that it converts.", nameof(typeToConvert));
}
