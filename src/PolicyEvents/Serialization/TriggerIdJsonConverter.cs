using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="TriggerId"/> as a JSON string (<c>"hk-nsl-2020"</c>), also as a property name (dictionary key),
/// so that your own types can hold a trigger identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class TriggerIdJsonConverter : JsonConverter<TriggerId>
{
    /// <inheritdoc />
    public override TriggerId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "TriggerId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TriggerId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "TriggerId"));
    }

    /// <inheritdoc />
    public override TriggerId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "TriggerId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TriggerId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "TriggerId"));
    }

    private static TriggerId Create(string text)
    {
        try
        {
            return new TriggerId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
