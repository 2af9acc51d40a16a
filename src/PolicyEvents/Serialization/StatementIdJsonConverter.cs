using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="StatementId"/> as a JSON string (<c>"zoom-2020-07-07"</c>), also as a property name (dictionary key),
/// so that your own types can hold a statement identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class StatementIdJsonConverter : JsonConverter<StatementId>
{
    /// <inheritdoc />
    public override StatementId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "StatementId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StatementId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "StatementId"));
    }

    /// <inheritdoc />
    public override StatementId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "StatementId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, StatementId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "StatementId"));
    }

    private static StatementId Create(string text)
    {
        try
        {
            return new StatementId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
