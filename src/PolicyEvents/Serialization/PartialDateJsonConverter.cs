using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>Reads and writes a <see cref="PartialDate"/> as its EDTF text (<c>"2020-07-06"</c>, <c>"2020-07~"</c>,
/// <c>"2020-06-30T23:00:00+08:00"</c>, <c>"2020-07-1X"</c>, <c>"2020-07-07/2020-07-14"</c>), keeping its precision and qualifier. Invalid text throws a <see cref="JsonException"/>
/// that says why; a missing date never becomes a default one.</summary>
/// <remarks>Parses from the UTF-8 span without allocating for short values. Reflection-free and AOT safe; stateless and thread-safe.</remarks>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an EDTF date as a JSON string, found {reader.TokenType}.");
        }
        Span<char> buffer = stackalloc char[96]; // the longest valid text, an interval of two instants, is 71 characters
        // A short unescaped value is decoded without allocating; anything else (escaped, long, split, or not valid UTF-8)
        // goes through ConverterSupport.ReadString, which throws a JsonException for text that is not valid UTF-8.
        var text = !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8.ToUtf16(reader.ValueSpan, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                ? buffer[..written]
                : ConverterSupport.ReadString(ref reader, "PartialDate").AsSpan();
        var problem = PartialDate.TryParseCore(text, out var value);
        return problem is null ? value : throw new JsonException($"'{text}' is not a valid EDTF date: {problem}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
