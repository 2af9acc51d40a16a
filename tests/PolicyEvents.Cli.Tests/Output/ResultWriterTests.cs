using PolicyEvents.Cli.Output;

namespace PolicyEvents.Cli.Tests.Output;

public sealed class ResultWriterTests
{
    private static readonly ResultTable Table = new(
        [new("name", "name"), new("count", "count"), new("tags", "tags"), new("secret", "secret", HideInTable: true)],
        [
            ["a, \"quoted\"", 1, new List<string> { "x", "y" }, "s1"],
            ["multi\nline", 22, new List<string>(), null],
        ]);

    private static string Write(OutputFormat format, bool color = false)
    {
        using var writer = new StringWriter();
        ResultWriter.Write(Table, format, writer, color);
        return writer.ToString();
    }

    [Fact]
    public void Table_aligns_columns_hides_script_only_columns_and_keeps_rows_on_one_line()
    {
        Write(OutputFormat.Table).Should().Be(
            "name         count  tags\n" +
            "-----------  -----  ----\n" +
            "a, \"quoted\"  1      x; y\n" +
            "multi line   22\n");
    }

    [Fact]
    public void Csv_quotes_as_rfc_4180_says()
    {
        Write(OutputFormat.Csv).Should().Be(
            "name,count,tags,secret\n" +
            "\"a, \"\"quoted\"\"\",1,x; y,s1\n" +
            "\"multi\nline\",22,,\n");
    }

    [Fact]
    public void Json_keeps_numbers_lists_and_nulls()
    {
        Write(OutputFormat.Json).Should().Be("""
            [
              {
                "name": "a, \"quoted\"",
                "count": 1,
                "tags": [
                  "x",
                  "y"
                ],
                "secret": "s1"
              },
              {
                "name": "multi\nline",
                "count": 22,
                "tags": [],
                "secret": null
              }
            ]

            """.Replace("\r", ""));
    }

    [Fact]
    public void Colour_wraps_headers_without_breaking_alignment()
    {
        var lines = Write(OutputFormat.Table, color: true).Split('\n');

        lines[0].Should().Be("\u001b[1mname\u001b[0m         \u001b[1mcount\u001b[0m  \u001b[1mtags\u001b[0m");
    }

    [Fact]
    public void Detail_columns_go_under_their_row_in_tables_and_stay_columns_elsewhere()
    {
        var table = new ResultTable(
            [new("id", "id"), new("notes", "notes", Detail: true)],
            [["a", new List<string> { "first note", "second note" }], ["b", new List<string>()]]);
        using var text = new StringWriter();
        using var csv = new StringWriter();

        ResultWriter.Write(table, OutputFormat.Table, text, color: false);
        ResultWriter.Write(table, OutputFormat.Csv, csv, color: false);

        text.ToString().Should().Be("id\n--\na\n    first note\n    second note\nb\n");
        csv.ToString().Should().Be("id,notes\na,first note; second note\nb,\n");
    }
}
