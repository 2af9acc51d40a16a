using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>
/// The peer a user would write with System.Text.Json: split the UTF-8 bytes at '\n' and deserialize each line with the
/// source-generated context into a DTO record; save by serializing each record followed by '\n'.
/// </summary>
public static class DtoJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static DtoDataset Load(ReadOnlySpan<byte> utf8)
    {
        var dataset = new DtoDataset();
        while (!utf8.IsEmpty)
        {
            var end = utf8.IndexOf((byte)'\n');
            var line = end < 0 ? utf8 : utf8[..end];
            utf8 = end < 0 ? default : utf8[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }
            switch (JsonSerializer.Deserialize(line, PeerJsonContext.Default.RecordDto))
            {
                case EventLineDto e: dataset.Events.Add(e); break;
                case StatementLineDto s: dataset.Statements.Add(s); break;
                case SourceLineDto s: dataset.Sources.Add(s); break;
                case CompanyLineDto c: dataset.Companies.Add(c); break;
                case DatasetLineDto d: dataset.Header = d; break;
                default: throw new JsonException("Unexpected line.");
            }
        }
        return dataset;
    }

    public static void Save(DtoDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Line(writer, stream, dataset.Header!);
        foreach (var c in dataset.Companies)
        {
            Line(writer, stream, c);
        }
        foreach (var s in dataset.Sources)
        {
            Line(writer, stream, s);
        }
        foreach (var s in dataset.Statements)
        {
            Line(writer, stream, s);
        }
        foreach (var e in dataset.Events)
        {
            Line(writer, stream, e);
        }

        static void Line(Utf8JsonWriter writer, Stream stream, RecordDto record)
        {
            JsonSerializer.Serialize(writer, record, PeerJsonContext.Default.RecordDto);
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset(stream);
        }
    }
}
