using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="CompanyId"/> as a JSON string (<c>"facebook"</c>), also as a property name (dictionary key),
/// so that your own types can hold a company identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class CompanyIdJsonConverter : JsonConverter<CompanyId>
{
    /// <inheritdoc />
    public override CompanyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "CompanyId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CompanyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "CompanyId"));
    }

    /// <inheritdoc />
    public override CompanyId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "CompanyId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CompanyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "CompanyId"));
    }

    private static CompanyId Create(string text)
    {
        try
        {
            return new CompanyId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
