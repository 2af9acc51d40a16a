using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>The small converter a user writes for an EDTF date (string in, parse, wrap the error).</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return PartialDate.Parse(reader.GetString()!);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
