using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="PolicyEvent"/> exactly as an event of the dataset format (docs/format.md): the same
/// members, the same strictness (required members, no duplicates, EDTF dates), the same canonical output.</summary>
/// <remarks>Unknown members are ignored; problems throw a <see cref="JsonException"/> listing each with its code and path.
/// Reflection-free and AOT safe; stateless and thread-safe.</remarks>
public sealed class PolicyEventJsonConverter : JsonConverter<PolicyEvent>
{
    /// <inheritdoc />
    public override PolicyEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConverterSupport.Read(ref reader, static (ref Utf8JsonReader r, ReadContext c) => RecordReader.Event(ref r, c, r.TokenStartIndex), "an event");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PolicyEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DatasetWriter.WriteEvent(writer, value, withType: false);
    }
}
