using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// <see cref="SourceLineReader"/> reads a plain source line to exactly the source the full reader
/// (<see cref="RecordReader.Source"/>) reads from it, and leaves every other line to the full reader, reporting nothing.
/// </summary>
public class SourceLineReaderTests
{
    private const string Plain = """{"type":"source","id":"s1","publisher":"The Verge","title":"Zoom pauses requests","url":"https://example.org/a?b=1","published":"2020-07-06","retrieved":"2024-09-27T09:26:18Z"}""";

    public static TheoryData<string, string> PlainLines() => new()
    {
        { "canonical", Plain },
        { "members in another order", """{"type":"source","url":"https://example.org/a","id":"s1","title":"T"}""" },
        { "an id read before", Plain.Replace("\"s1\"", "\"s-known\"", StringComparison.Ordinal) },
        { "a byline and an agency", Plain.Replace("\"url\":", "\"byline\":\"A. Writer\",\"agency\":\"Reuters\",\"url\":", StringComparison.Ordinal) },
        { "an escaped title", Plain.Replace("Zoom pauses requests", "Zoom \\\"pauses\\\" requests \\u2014 again", StringComparison.Ordinal) },
        { "an http URL", Plain.Replace("https://", "http://", StringComparison.Ordinal) },
        { "no retrieval", Plain.Replace(",\"retrieved\":\"2024-09-27T09:26:18Z\"", "", StringComparison.Ordinal) },
        { "a retrieval with a fraction", Plain.Replace("09:26:18Z", "09:26:18.25Z", StringComparison.Ordinal) },
        { "an uncertain publication", Plain.Replace("2020-07-06", "2020-07?", StringComparison.Ordinal) },
    };

    public static TheoryData<string, string> OtherLines() => new()
    {
        { "an escaped id", Plain.Replace("\"s1\"", "\"s\\u0031\"", StringComparison.Ordinal) },
        { "an id that is not a slug", Plain.Replace("\"s1\"", "\"S1\"", StringComparison.Ordinal) },
        { "no id", Plain.Replace("\"id\":\"s1\",", "", StringComparison.Ordinal) },
        { "an unknown member", Plain.Replace("\"id\":", "\"extra\":1,\"id\":", StringComparison.Ordinal) },
        { "a repeated member", Plain.Replace("\"title\":\"Zoom pauses requests\"", "\"title\":\"A\",\"title\":\"B\"", StringComparison.Ordinal) },
        { "a title with white space around it", Plain.Replace("\"Zoom pauses requests\"", "\" Zoom \"", StringComparison.Ordinal) },
        { "an empty publisher", Plain.Replace("\"The Verge\"", "\"\"", StringComparison.Ordinal) },
        { "a publisher that is not a string", Plain.Replace("\"The Verge\"", "7", StringComparison.Ordinal) },
        { "a relative URL", Plain.Replace("https://example.org/a?b=1", "/a", StringComparison.Ordinal) },
        { "an ftp URL", Plain.Replace("https://", "ftp://", StringComparison.Ordinal) },
        { "an impossible date", Plain.Replace("2020-07-06", "2020-02-30", StringComparison.Ordinal) },
        { "a retrieval with an offset", Plain.Replace("09:26:18Z", "09:26:18+08:00", StringComparison.Ordinal) },
        { "a retrieval that is not an instant", Plain.Replace("2024-09-27T09:26:18Z", "2024-09-27", StringComparison.Ordinal) },
        { "text after the object", Plain + " x" },
        { "a truncated line", Plain[..^8] },
    };

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_line_gives_the_source_of_the_full_reader(string because, string line)
    {
        var plain = SourceLineReader.TryRead(AtType(line, out var context), context);

        plain.Should().NotBeNull(because);
        context.Diagnostics.Should().BeEmpty();
        var full = FullReader(line, out var diagnostics);
        diagnostics.Should().BeEmpty();
        plain.Should().Be(full, because);
        plain!.Url.Should().Be(full!.Url);
    }

    [Theory]
    [MemberData(nameof(OtherLines))]
    public void Any_other_line_is_left_to_the_full_reader_with_nothing_reported(string because, string line)
    {
        SourceLineReader.TryRead(AtType(line, out var context), context).Should().BeNull(because);

        context.Diagnostics.Should().BeEmpty(because);
    }

    private static Utf8JsonReader AtType(string line, out ReadContext context)
    {
        context = Context();
        return RecordLines.AtType(line, context);
    }

    private static Source? FullReader(string line, out List<PolicyEvents.Diagnostics.Diagnostic> diagnostics)
    {
        var context = Context();
        var reader = RecordLines.AtType(line, context);
        var source = RecordReader.Source(ref reader, context, 0);
        diagnostics = context.Diagnostics;
        return source;
    }

    private static ReadContext Context()
    {
        var context = new ReadContext("test.jsonl", new DatasetReadOptions());
        context.Ids.Sources.Add("s-known");
        return context;
    }
}
