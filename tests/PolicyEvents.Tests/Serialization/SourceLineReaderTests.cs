using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Storage;

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
        { "a URL with a port, escapes and a fragment", Plain.Replace("https://example.org/a?b=1", "https://Example.ORG:8443/a%20b/c;d=e,f?q=1&r=(2)#top", StringComparison.Ordinal) },
        { "a title beyond ASCII", Plain.Replace("Zoom pauses requests", "Zoom 暂停处理香港政府的数据请求 🔒", StringComparison.Ordinal) },
        { "no title and no URL", """{"type":"source","id":"s1","publisher":"The Verge"}""" },
    };

    /// <summary>Lines the full reader accepts whose address is for <see cref="Uri"/> to judge: read into an object, not a row.</summary>
    public static TheoryData<string, string> AddressesForUri() => new()
    {
        { "a scheme in capitals", Plain.Replace("https://", "HTTPS://", StringComparison.Ordinal) },
        { "an IP address", Plain.Replace("example.org", "192.0.2.7", StringComparison.Ordinal) },
        { "a path beyond ASCII", Plain.Replace("/a?b=1", "/香港", StringComparison.Ordinal) },
        { "an escaped slash", Plain.Replace("/a?b=1", "\\/a", StringComparison.Ordinal) },
        { "user information", Plain.Replace("https://", "https://user@", StringComparison.Ordinal) },
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
        var plain = (Source?)SourceLineReader.TryRead(AtType(line, out var context), context);

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

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_line_read_into_a_row_gives_the_source_of_the_full_reader(string because, string line)
    {
        var rows = new SourceRows();

        var read = SourceLineReader.TryRead(AtType(line, out var context), context, rows);

        read.Should().BeSameAs(rows, because);
        context.Diagnostics.Should().BeEmpty();
        var full = FullReader(line, out _);
        var store = Store(rows, 1);
        store[0].Should().Be(full, because);
        store[0].Url.Should().Be(full!.Url);
        store.ReadAsRows.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(AddressesForUri))]
    public void An_address_for_Uri_to_judge_gives_an_object_and_leaves_no_row(string because, string line)
    {
        var rows = new SourceRows();

        var read = SourceLineReader.TryRead(AtType(line, out var context), context, rows);

        read.Should().BeOfType<Source>(because).Which.Should().Be(FullReader(line, out var diagnostics), because);
        diagnostics.Should().BeEmpty(because);
        context.Diagnostics.Should().BeEmpty(because);
        SourceLineReader.TryRead(RecordLines.AtType(Plain, context), context, rows).Should().BeSameAs(rows);
        Store(rows, 1)[0].Should().Be(FullReader(Plain, out _), "the row read next starts where the line given up left the buffer");
    }

    [Theory]
    [MemberData(nameof(OtherLines))]
    public void Any_other_line_leaves_no_row_and_is_left_to_the_full_reader(string because, string line)
    {
        var rows = new SourceRows();
        SourceLineReader.TryRead(AtType(Plain, out var context), context, rows).Should().BeSameAs(rows);

        SourceLineReader.TryRead(RecordLines.AtType(line, context), context, rows).Should().BeNull(because);
        var next = Plain.Replace("Zoom pauses requests", "Zoom resumes", StringComparison.Ordinal).Replace("\"s1\"", "\"s2\"", StringComparison.Ordinal);
        SourceLineReader.TryRead(RecordLines.AtType(next, context), context, rows).Should().BeSameAs(rows);

        context.Diagnostics.Should().BeEmpty(because);
        var store = Store(rows, 2);
        store[0].Title.Should().Be("Zoom pauses requests", because);
        store[1].Title.Should().Be("Zoom resumes", because);
        store[1].Url.Should().Be(new Uri("https://example.org/a?b=1"), because);
    }

    /// <summary>A store of the first <paramref name="count"/> rows, in the order read (their ids ascending, each once).</summary>
    private static ColumnSourceStore Store(SourceRows rows, int count)
    {
        var builder = new ColumnSourceStore.Builder();
        for (var i = 0; i < count; i++)
        {
            builder.Add(rows);
        }
        return builder.Build([.. Enumerable.Range(0, count)]);
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
