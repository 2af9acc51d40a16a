using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="EventId"/> as a JSON string (<c>"zoom-hk-2020-07"</c>), also as a property name (dictionary key),
/// so that your own types can hold an event identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class EventIdJsonConverter : JsonConverter<EventId>
{
    /// <inheritdoc />
    public override EventId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "EventId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EventId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "EventId"));
    }

    /// <inheritdoc />
    public override EventId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "EventId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, EventId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "EventId"));
    }

    private static EventId Create(string text)
    {
        try
        {
            return new EventId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
