using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

/// <summary>Meta's layout up to 2015 (52 columns): "Emergency Disclosures" columns, imported as emergency figures, and
/// columns no importer maps, reported once per file.</summary>
public class MetaEarlyLayoutTests
{
    private static readonly CompanyId Facebook = new("facebook");
    private static readonly JurisdictionCode HongKong = new("HK");
    private static readonly JurisdictionCode UnitedStates = new("US");

    private static FigureImportResult Read(string name)
    {
        using var stream = FigureFixtures.Open(name);
        return MetaGovernmentRequestsCsv.Read(stream, name, Facebook);
    }

    [Theory]
    [InlineData(FigureFixtures.Meta2014H1, 2014, 1, "573", "677", "45%")]
    [InlineData(FigureFixtures.Meta2014H2, 2014, 2, "618", "685", "63%")]
    public void The_US_Emergency_Disclosures_are_emergency_figures(string name, int year, int half, string requests, string accounts, string percent)
    {
        var result = Read(name);

        var set = result.Figures.Should().ContainSingle(f => f.Category.Label == "Emergency Disclosures").Subject;
        set.Jurisdiction.Should().Be(UnitedStates);
        set.Period.Should().Be(ReportingPeriod.HalfYear(year, half));
        set.Category.Should().Be(new RequestCategory("Emergency Disclosures", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency));
        set.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Parse(requests), accounts: PublishedNumber.Parse(accounts), percentWithDataProduced: PublishedNumber.Parse(percent)));
        result.Issues.Should().NotContain(i => i.Column != null && i.Column.StartsWith("Emergency Disclosures", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2013_file_has_the_columns_but_no_emergency_disclosures()
    {
        var result = Read(FigureFixtures.Meta2013H1);

        result.Figures.Should().NotBeEmpty().And.NotContain(f => f.Category.Label == "Emergency Disclosures");
        result.Issues.Should().NotContain(i => i.Column != null && i.Column.StartsWith("Emergency Disclosures", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FigureFixtures.Meta2013H1, 2013, 1, 29, "1", "1", "100%")]
    [InlineData(FigureFixtures.Meta2014H1, 2014, 1, 69, "20", "38", "60%")]
    [InlineData(FigureFixtures.Meta2014H2, 2014, 2, 37, "39", "51", "41%")]
    public void Hong_Kong_has_only_total_requests_in_the_early_files(string name, int year, int half, int line, string requests, string accounts, string percent)
    {
        var hk = Read(name).Figures.Should().ContainSingle(f => f.Jurisdiction == HongKong).Subject;

        hk.Category.Label.Should().Be("Total Requests");
        hk.Period.Should().Be(ReportingPeriod.HalfYear(year, half));
        hk.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Parse(requests), accounts: PublishedNumber.Parse(accounts), percentWithDataProduced: PublishedNumber.Parse(percent)));
        hk.Provenance.Should().Be(new FigureProvenance(name, line));
    }

    [Theory]
    [InlineData(FigureFixtures.Meta2013H1)]
    [InlineData(FigureFixtures.Meta2014H1)]
    [InlineData(FigureFixtures.Meta2014H2)]
    public void Each_column_no_importer_maps_is_reported_once(string name)
    {
        var issues = Read(name).Issues.Where(i => i.Code == "unknown-column").ToList();

        issues.Select(i => i.Column).Should().Equal("Content Restricted", "Takedown reports", "Percent Witheld", "Internet Disruptions");
        issues.Should().OnlyContain(i => i.Line == 1 && i.Severity == FigureIssueSeverity.Warning);
    }

    [Fact]
    public void A_repeated_unknown_header_is_reported_once()
    {
        using var stream = FigureFixtures.Encode("Country,Total Requests,Notes,Notes\nHong Kong,1,a,b\nMacau,2,c,d\n", bom: false);

        var result = MetaGovernmentRequestsCsv.Read(stream, "meta-2014_H1.csv", Facebook);

        result.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "unknown-column" && i.Column == "Notes");
        result.Figures.Should().HaveCount(2);
    }

    /// <summary>An independent reading of the three files: a simple CSV split, and the test's own rule for the columns of a
    /// category (label, label + " Accounts", label + " Percentage"; "Preservation Accounts Preserved").</summary>
    [Theory]
    [InlineData(FigureFixtures.Meta2013H1, 71)]
    [InlineData(FigureFixtures.Meta2014H1, 83)]
    [InlineData(FigureFixtures.Meta2014H2, 87)]
    public void Every_cell_of_the_early_files_is_where_the_header_says(string name, int rows)
    {
        var lines = FigureFixtures.Lines(FigureFixtures.Text(name));
        var header = FigureFixtures.SplitCsvLine(lines[0]);
        var result = Read(name);
        lines.Should().HaveCount(rows + 1);
        var expected = 0;

        for (var i = 1; i < lines.Length; i++)
        {
            var cells = FigureFixtures.SplitCsvLine(lines[i]);
            string Cell(string column) => Array.IndexOf(header, column) is var c and >= 0 ? cells[c].Trim() : string.Empty;
            foreach (var label in MetaGovernmentRequestsCsv.Categories.Select(c => c.Label).Where(l => header.Contains(l)))
            {
                var accounts = Cell(label == "Preservation Requests" ? "Preservation Accounts Preserved" : label + " Accounts");
                var percent = Cell(label + " Percentage");
                var matches = result.Figures.Where(f => f.Provenance!.Line == i + 1 && f.Category.Label == label).ToList();
                if (Cell(label).Length == 0 && accounts.Length == 0 && percent.Length == 0)
                {
                    matches.Should().BeEmpty();
                    continue;
                }
                expected++;
                var set = matches.Should().ContainSingle().Subject;
                set.JurisdictionName.Should().Be(cells[0].Trim());
                set.Figures.Requests.Text.Should().Be(Cell(label));
                set.Figures.Accounts.Text.Should().Be(accounts);
                set.Figures.PercentWithDataProduced.Text.Should().Be(percent);
            }
        }
        result.Figures.Should().HaveCount(expected);
    }
}
