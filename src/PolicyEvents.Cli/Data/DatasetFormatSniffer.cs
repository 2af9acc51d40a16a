using System.Text;
using System.Text.Json;

namespace PolicyEvents.Cli.Data;

/// <summary>Tells the single JSON document from JSON Lines by content, falling back on the extension.</summary>
/// <remarks>
/// The first member of a JSON Lines file's first object is <c>"type"</c> (the <c>dataset</c> header); the first member
/// of the single document is <c>"formatVersion"</c>. Only the start of the file is read.
/// </remarks>
internal static class DatasetFormatSniffer
{
    /// <summary>How many bytes are read to decide.</summary>
    public const int HeadLength = 4096;

    /// <summary>Decides the format of a dataset file from its first bytes.</summary>
    /// <param name="head">The first bytes (up to <see cref="HeadLength"/>).</param>
    /// <param name="path">The file name, whose extension decides when the content does not.</param>
    /// <returns>The format, or null when neither content nor extension tell.</returns>
    public static DatasetFileFormat? Detect(ReadOnlySpan<byte> head, string path)
    {
        var fromContent = FirstMemberName(head) switch
        {
            "type" => DatasetFileFormat.JsonLines,
            "formatVersion" => DatasetFileFormat.Json,
            _ => (DatasetFileFormat?)null,
        };
        return fromContent ?? FromExtension(path);
    }

    /// <summary>The format an output file's extension asks for.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The format, or null for an unknown extension.</returns>
    public static DatasetFileFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JSON" => DatasetFileFormat.Json,
            ".JSONL" or ".NDJSON" => DatasetFileFormat.JsonLines,
            ".CSV" => DatasetFileFormat.Csv,
            _ => null,
        };

    private static string? FirstMemberName(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Encoding.UTF8.Preamble))
        {
            head = head[Encoding.UTF8.Preamble.Length..];
        }
        try
        {
            var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                return reader.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the extension decides, and the reader reports the problem with its position.
        }
        return null;
    }
}
