using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a record (a company, an event, a figure set, the metadata, ...) exactly as the dataset format does
/// (docs/format.md): the same members, the same strictness (required members, no duplicates, EDTF dates), the same
/// canonical output, through the format's own reader and writer of that record.</summary>
/// <remarks>Unknown members are ignored; problems throw one <see cref="JsonException"/> listing each with its code and path.
/// One generic class for every record type; reflection-free and AOT safe, stateless and thread-safe. Reached through
/// <see cref="PolicyEventsJson"/> and <see cref="PolicyEventsJsonConverter"/>.</remarks>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="what">The record as messages name it, with its article: <c>an event</c>.</param>
/// <param name="read">The format's reader of the record, called at its opening brace.</param>
/// <param name="write">The format's writer of the record, without a JSON Lines <c>type</c> member.</param>
internal sealed class RecordJsonConverter<T>(string what, ConverterSupport.Reader<T> read, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ConverterSupport.Read(ref reader, read, what);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        write(writer, value);
    }
}
