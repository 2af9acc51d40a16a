using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// <see cref="StatementLineReader"/> reads a plain statement line to exactly the statement the full reader
/// (<see cref="RecordReader.Statement"/>) reads from it, as an object or as a row of columns (which a
/// <see cref="ColumnStatementStore"/> makes back into the statement), and leaves every other line to the full reader,
/// reporting nothing and keeping nothing.
/// </summary>
public class StatementLineReaderTests
{
    private const string Plain = """{"type":"statement","id":"st1","text":"We paused.","speaker":{"company":"acme"},"date":"2020-07-06","language":"en","sources":["s1","s2"]}""";

    public static TheoryData<string, string> PlainLines() => new()
    {
        { "canonical", Plain },
        { "members in another order", """{"type":"statement","sources":["s1"],"language":"en","speaker":{"company":"acme"},"text":"We paused.","id":"st1"}""" },
        { "an escaped quote", Plain.Replace("We paused.", "We \\\"paused\\\" \\u2019all\\u2019.", StringComparison.Ordinal) },
        { "no date and no sources", """{"type":"statement","id":"st1","text":"We paused.","speaker":{"company":"acme"},"language":"en"}""" },
        { "a paraphrase", Plain.Replace("\"sources\":", "\"paraphrase\":true,\"sources\":", StringComparison.Ordinal) },
        { "not a paraphrase", Plain.Replace("\"sources\":", "\"paraphrase\":false,\"sources\":", StringComparison.Ordinal) },
        { "an id read before", Plain.Replace("\"st1\"", "\"st-known\"", StringComparison.Ordinal) },
        { "an uncertain date", Plain.Replace("2020-07-06", "2020-07?", StringComparison.Ordinal) },
        { "text with white space around it", Plain.Replace("We paused.", "  We paused. ", StringComparison.Ordinal) },
        { "a speaker with a role", Plain.Replace("{\"company\":\"acme\"}", "{\"company\":\"acme\",\"role\":\"spokesperson\"}", StringComparison.Ordinal) },
        { "a speaker with a person and a role, in another order", Plain.Replace("{\"company\":\"acme\"}", "{\"role\":\"general counsel\",\"person\":\"Tomás Haddad\",\"company\":\"acme\"}", StringComparison.Ordinal) },
        { "text beyond ASCII, written and escaped", Plain.Replace("We paused.", "「暫停」 \\\\ \\ud83d\\ude00 😀 \\u00e9 é", StringComparison.Ordinal) },
        { "text of escapes alone", Plain.Replace("We paused.", "\\t\\u0041\\n", StringComparison.Ordinal) },
    };

    public static TheoryData<string, string> OtherLines() => new()
    {
        { "an escaped id", Plain.Replace("\"st1\"", "\"st\\u0031\"", StringComparison.Ordinal) },
        { "an id that is not a slug", Plain.Replace("\"st1\"", "\"St1\"", StringComparison.Ordinal) },
        { "an unknown member", Plain.Replace("\"id\":", "\"extra\":1,\"id\":", StringComparison.Ordinal) },
        { "a repeated member", Plain.Replace("\"language\":\"en\"", "\"language\":\"en\",\"language\":\"en\"", StringComparison.Ordinal) },
        { "empty text", Plain.Replace("We paused.", "", StringComparison.Ordinal) },
        { "white-space text", Plain.Replace("We paused.", "   ", StringComparison.Ordinal) },
        { "escaped white-space text", Plain.Replace("We paused.", " \\t\\u00a0\\u2003 ", StringComparison.Ordinal) },
        { "white space beyond ASCII", Plain.Replace("We paused.", "\u3000\u2028", StringComparison.Ordinal) },
        { "a lone escaped surrogate", Plain.Replace("We paused.", "We \\ud800 paused.", StringComparison.Ordinal) },
        { "text that is not a string", Plain.Replace("\"We paused.\"", "42", StringComparison.Ordinal) },
        { "a person with white space around", Plain.Replace("{\"company\":\"acme\"}", "{\"company\":\"acme\",\"person\":\" A. Person\"}", StringComparison.Ordinal) },
        { "an empty role", Plain.Replace("{\"company\":\"acme\"}", "{\"company\":\"acme\",\"role\":\"\"}", StringComparison.Ordinal) },
        { "a repeated role", Plain.Replace("{\"company\":\"acme\"}", "{\"company\":\"acme\",\"role\":\"a\",\"role\":\"b\"}", StringComparison.Ordinal) },
        { "a speaker without a company", Plain.Replace("{\"company\":\"acme\"}", "{\"role\":\"spokesperson\"}", StringComparison.Ordinal) },
        { "a speaker with another member", Plain.Replace("{\"company\":\"acme\"}", "{\"company\":\"acme\",\"title\":\"x\"}", StringComparison.Ordinal) },
        { "a speaker that is not an object", Plain.Replace("{\"company\":\"acme\"}", "\"acme\"", StringComparison.Ordinal) },
        { "an unknown company", Plain.Replace("\"acme\"", "\"nope\"", StringComparison.Ordinal) },
        { "a language not read before", Plain.Replace("\"en\"", "\"fr\"", StringComparison.Ordinal) },
        { "a source never read", Plain.Replace("\"s2\"", "\"s3\"", StringComparison.Ordinal) },
        { "a repeated source", Plain.Replace("\"s2\"", "\"s1\"", StringComparison.Ordinal) },
        { "an impossible date", Plain.Replace("2020-07-06", "2020-02-30", StringComparison.Ordinal) },
        { "variants", Plain.Replace("\"sources\":", "\"variants\":[{\"text\":\"We stopped.\",\"sources\":[\"s2\"]}],\"sources\":", StringComparison.Ordinal) },
        { "no language", Plain.Replace(",\"language\":\"en\"", "", StringComparison.Ordinal) },
        { "a paraphrase that is not a boolean", Plain.Replace("\"sources\":", "\"paraphrase\":1,\"sources\":", StringComparison.Ordinal) },
        { "text after the object", Plain + " x" },
        { "a truncated line", Plain[..^8] },
    };

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_line_gives_the_statement_of_the_full_reader(string because, string line)
    {
        var plain = StatementLineReader.TryRead(AtType(line, out var context), context);

        plain.Should().NotBeNull(because);
        context.Diagnostics.Should().BeEmpty();
        plain.Should().Be(FullReader(line, out var diagnostics), because);
        diagnostics.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(OtherLines))]
    public void Any_other_line_is_left_to_the_full_reader_with_nothing_reported(string because, string line)
    {
        StatementLineReader.TryRead(AtType(line, out var context), context).Should().BeNull(because);

        context.Diagnostics.Should().BeEmpty(because);
    }

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_line_read_into_a_row_gives_the_statement_of_the_full_reader(string because, string line)
    {
        var rows = new StatementRows();

        var read = StatementLineReader.TryRead(AtType(line, out var context), context, rows);

        read.Should().BeSameAs(rows, because);
        context.Diagnostics.Should().BeEmpty();
        Store(rows, 1, context)[0].Should().Be(FullReader(line, out _), because);
    }

    [Theory]
    [MemberData(nameof(OtherLines))]
    public void Any_other_line_leaves_no_row(string because, string line)
    {
        var rows = new StatementRows();
        StatementLineReader.TryRead(AtType(Plain, out var context), context, rows).Should().BeSameAs(rows);

        StatementLineReader.TryRead(RecordLines.AtType(line, context), context, rows).Should().BeNull(because);
        var next = Plain.Replace("We paused.", "Then resumed.", StringComparison.Ordinal).Replace("\"st1\"", "\"st2\"", StringComparison.Ordinal);
        StatementLineReader.TryRead(RecordLines.AtType(next, context), context, rows).Should().BeSameAs(rows);

        context.Diagnostics.Should().BeEmpty(because);
        var store = Store(rows, 2, context);
        store[0].Text.Should().Be("We paused.", because);
        store[1].Text.Should().Be("Then resumed.", because);
        store[1].Sources.Should().Equal([new SourceId("s1"), new SourceId("s2")], because);
    }

    [Fact]
    public void Text_that_is_not_UTF_8_is_left_to_the_full_reader()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Plain);
        bytes[bytes.AsSpan().IndexOf("paused"u8)] = 0xFF; // a byte that never occurs in UTF-8
        var context = Context();
        context.SetText(bytes, 0, bytes.Length, 1);
        var reader = new Utf8JsonReader(bytes, context.ReaderOptions);
        reader.Read();
        reader.Read();
        reader.Read();

        StatementLineReader.TryRead(reader, context, new StatementRows()).Should().BeNull();
        context.Diagnostics.Should().BeEmpty();
    }

    /// <summary>A store of the first <paramref name="count"/> rows, in the order read (their ids ascending, each once),
    /// citing sources that no store holds: each cited source is found by the number the load gave its id.</summary>
    private static ColumnStatementStore Store(StatementRows rows, int count, ReadContext context)
    {
        var builder = new ColumnStatementStore.Builder();
        for (var i = 0; i < count; i++)
        {
            builder.Add(rows);
        }
        var sources = context.Ids.Sources;
        builder.Cite(CitedIds<SourceId>.Resolve(sources.Count, [], [], _ => throw new InvalidOperationException(), sources.Numbered(), out var codes), codes);
        builder.Speakers = context.Ids.SpeakerTable();
        return builder.Build([.. Enumerable.Range(0, count)]);
    }

    [Fact]
    public void Statements_of_one_speaker_share_one_instance()
    {
        var first = (Statement)StatementLineReader.TryRead(AtType(Plain, out var context), context)!;
        var second = (Statement)StatementLineReader.TryRead(RecordLines.AtType(Plain.Replace("st1", "st2", StringComparison.Ordinal), context), context)!;

        second.Speaker.Should().BeSameAs(first.Speaker);
    }

    private static Utf8JsonReader AtType(string line, out ReadContext context)
    {
        context = Context();
        return RecordLines.AtType(line, context);
    }

    private static Statement? FullReader(string line, out List<PolicyEvents.Diagnostics.Diagnostic> diagnostics)
    {
        var context = Context();
        var reader = RecordLines.AtType(line, context);
        var statement = RecordReader.Statement(ref reader, context, 0);
        diagnostics = context.Diagnostics;
        return statement;
    }

    private static ReadContext Context()
    {
        var context = new ReadContext("test.jsonl", new DatasetReadOptions());
        context.Ids.Companies.Add("acme");
        context.Ids.Sources.Add("s1");
        context.Ids.Sources.Add("s2");
        context.Ids.Languages.Add("en");
        context.Ids.Statements.Add("st-known");
        return context;
    }
}
