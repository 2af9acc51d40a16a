using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

/// <summary>The Sep-based reader under both importers: line ends, byte-order mark, quoting, header lookup.</summary>
public class CsvDocumentTests
{
    private static CsvDocument Read(string text, bool bom, List<FigureIssue> issues)
    {
        using var stream = FigureFixtures.Encode(text, bom);
        return CsvDocument.Read(stream, "t.csv", issues)!;
    }

    [Theory]
    [InlineData("\r", false)]
    [InlineData("\r", true)]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    public void Sep_splits_rows_at_every_kind_of_line_end_and_keeps_quoted_ones(string lineEnd, bool bom)
    {
        var issues = new List<FigureIssue>();
        var text = $"Name,Value{lineEnd}a,1{lineEnd}\"b{lineEnd}c\",\"2,000\"{lineEnd}{lineEnd}d,\"say \"\"hi\"\"\"{lineEnd}";

        var document = Read(text, bom, issues);

        issues.Should().BeEmpty();
        document.Header.Should().Equal("Name", "Value");
        document.HeaderLine.Should().Be(1);
        document.Rows.Select(r => r.Line).Should().Equal(2, 3, 6);
        document.Rows.Select(r => r.Cells).Should().BeEquivalentTo(new[]
        {
            new[] { "a", "1" },
            new[] { $"b{lineEnd}c", "2,000" },
            new[] { "d", "say \"hi\"" },
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Headers_are_found_trimmed_ignoring_case_and_extra_spaces()
    {
        var issues = new List<FigureIssue>();
        var document = Read("\uFEFF Period   Ending ,accounts\n1,2\n", bom: true, issues);

        document.TryFind("Period Ending", issues, out var period).Should().BeTrue();
        period.Should().Be(0);
        document.TryFind("Accounts", issues, out var accounts).Should().BeTrue();
        accounts.Should().Be(1);
        document.TryFind("Country", issues, out _).Should().BeFalse();
        issues.Should().BeEmpty();
    }

    [Fact]
    public void A_duplicated_header_is_reported_when_looked_up()
    {
        var issues = new List<FigureIssue>();
        var document = Read("A,B,a\n1,2,3\n", bom: false, issues);

        document.TryFind("B", issues, out _).Should().BeTrue();
        document.TryFind("A", issues, out _).Should().BeFalse();

        issues.Should().ContainSingle().Which.Code.Should().Be("duplicate-column");
    }
}
