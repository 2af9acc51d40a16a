using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="DatasetId"/> as a JSON string (<c>"hong-kong-2020"</c>), also as a property name (dictionary key),
/// so that your own types can hold a dataset identifier. Invalid text throws a <see cref="JsonException"/> that says why.</summary>
/// <remarks>Reflection-free and AOT safe; use it in <see cref="JsonSerializerOptions.Converters"/> or in
/// <c>[JsonSourceGenerationOptions(Converters = ...)]</c>. Instances are stateless and thread-safe.</remarks>
public sealed class DatasetIdJsonConverter : JsonConverter<DatasetId>
{
    /// <inheritdoc />
    public override DatasetId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "DatasetId"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DatasetId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ConverterSupport.NotDefault(value.Value, "DatasetId"));
    }

    /// <inheritdoc />
    public override DatasetId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Create(ConverterSupport.ReadString(ref reader, "DatasetId"));

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, DatasetId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ConverterSupport.NotDefault(value.Value, "DatasetId"));
    }

    private static DatasetId Create(string text)
    {
        try
        {
            return new DatasetId(text);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(ConverterSupport.Clean(exception.Message), exception);
        }
    }
}
