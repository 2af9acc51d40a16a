using System.Text;
using System.Text.Json;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>One JSON Lines record set up as a line reader meets it: the text given to the context, and a reader on the
/// value of the record's <c>type</c> member, where the readers of plain lines and the full reader both start.</summary>
internal static class RecordLines
{
    /// <summary>A reader on the value of <paramref name="line"/>'s <c>type</c>, its text set in <paramref name="context"/>.</summary>
    internal static Utf8JsonReader AtType(string line, ReadContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        context.SetText(bytes, 0, bytes.Length, 1);
        var reader = new Utf8JsonReader(bytes, context.ReaderOptions);
        reader.Read();
        reader.Read();
        reader.Read();
        return reader;
    }
}
