using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="SourceId"/> as a JSON string (<c>"rthk-2020-07-08"</c>), also as a property name (dictionary key),
/// so that your own types can hold a source identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class SourceIdJsonConverter : JsonConverter<SourceId>
{
    /// <inheritdoc />
    public override SourceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "SourceId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SourceId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "SourceId"));
    }

    /// <inheritdoc />
    public override SourceId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "SourceId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SourceId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "SourceId"));
    }

    private static SourceId Create(string text)
    {
        try
        {
            return new SourceId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
