using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="JurisdictionCode"/> as a JSON string (<c>"HK"</c>), also as a property name (dictionary key),
/// so that your own types can hold a jurisdiction code. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class JurisdictionCodeJsonConverter : JsonConverter<JurisdictionCode>
{
    /// <inheritdoc />
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "JurisdictionCode"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "JurisdictionCode"));
    }

    /// <inheritdoc />
    public override JurisdictionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "JurisdictionCode"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "JurisdictionCode"));
    }

    private static JurisdictionCode Create(string text)
    {
        try
        {
            return new JurisdictionCode(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
