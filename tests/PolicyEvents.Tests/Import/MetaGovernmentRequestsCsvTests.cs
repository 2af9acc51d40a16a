using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

public class MetaGovernmentRequestsCsvTests
{
    private static readonly CompanyId Facebook = new("facebook");
    private static readonly JurisdictionCode HongKong = new("HK");

    private static FigureImportResult ReadReal(string name)
    {
        using var stream = FigureFixtures.Open(name);
        return MetaGovernmentRequestsCsv.Read(stream, name, Facebook);
    }

    private static FigureImportResult ReadText(string text, bool bom = false, string fileName = "meta-2020_H1.csv", ReportingPeriod? period = null)
    {
        using var stream = FigureFixtures.Encode(text, bom);
        return MetaGovernmentRequestsCsv.Read(stream, fileName, Facebook, period);
    }

    private static ReportedFigures Single(FigureImportResult result, JurisdictionCode code, string label) =>
        result.Figures.Should().ContainSingle(f => f.Jurisdiction == code && f.Category.Label == label).Subject;

    [Theory]
    [InlineData(FigureFixtures.MetaH1, 2020, 1)]
    [InlineData(FigureFixtures.MetaH2, 2020, 2)]
    public void The_real_exports_give_four_categories_per_country_plus_the_US_kinds(string name, int year, int half)
    {
        var result = ReadReal(name);

        result.HasErrors.Should().BeFalse();
        result.Figures.Should().HaveCount((251 * 4) + 6, "251 countries with total, legal process, emergency and preservation figures; the US also with 6 kinds of legal process");
        result.Figures.Select(f => f.Provenance!.Line).Distinct().Should().Equal(Enumerable.Range(2, 251));
        result.Figures.Should().OnlyContain(f => f.Period == ReportingPeriod.HalfYear(year, half) && !f.Period.IsStartDerived);
        result.Figures.Where(f => f.JurisdictionName == "United States").Select(f => f.Category.Label).Should().Equal(
            "Total Requests", "Legal Process Request Total", "Emergency Request Total", "Preservation Requests",
            "Search Warrant", "Subpoena", "Court Order (Other)", "Court Order (18 USC 2703(d))", "Pen Register/Trap and Trace", "Title III");
    }

    [Fact]
    public void Hong_Kong_2020_H1_is_read_cell_by_cell()
    {
        var result = ReadReal(FigureFixtures.MetaH1);

        var total = Single(result, HongKong, "Total Requests");
        total.JurisdictionName.Should().Be("Hong Kong");
        total.Period.Should().Be(new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)));
        total.Category.Should().Be(new RequestCategory("Total Requests", RequestKinds.UserData | RequestKinds.EmergencyDisclosure, LegalProcessKind.All));
        total.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(262),
            accounts: PublishedNumber.Exact(285),
            requestsWithDataProduced: PublishedNumber.Exact(62),
            percentWithDataProduced: PublishedNumber.Percentage(24, "24%")));
        total.Provenance.Should().Be(new FigureProvenance(FigureFixtures.MetaH1, 98));

        Single(result, HongKong, "Legal Process Request Total").Figures.Should().Be(new RequestFigures(
            PublishedNumber.Exact(259), PublishedNumber.Exact(282), PublishedNumber.Exact(61), PublishedNumber.Percentage(24)));
        Single(result, HongKong, "Emergency Request Total").Figures.Should().Be(new RequestFigures(
            PublishedNumber.Exact(3), PublishedNumber.Exact(3), PublishedNumber.Exact(1), PublishedNumber.Percentage(33)));
        var preservation = Single(result, HongKong, "Preservation Requests");
        preservation.Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(47), accounts: PublishedNumber.Exact(50)));
        preservation.Category.Kinds.Should().Be(RequestKinds.Preservation);
        result.Figures.Where(f => f.Jurisdiction == HongKong).Should().HaveCount(4, "Hong Kong's US-only cells are blank");
    }

    [Fact]
    public void Hong_Kong_2020_H2_is_read_cell_by_cell()
    {
        var result = ReadReal(FigureFixtures.MetaH2);

        var total = Single(result, HongKong, "Total Requests");
        total.Period.Should().Be(ReportingPeriod.HalfYear(2020, 2));
        total.Figures.Requests.Should().Be(PublishedNumber.Exact(202));
        total.Figures.RequestsWithDataProduced.Should().Be(PublishedNumber.Exact(0));
        total.Figures.PercentWithDataProduced.Should().Be(PublishedNumber.Percentage(0, "0%"));
        total.Figures.Accounts.Should().Be(PublishedNumber.Exact(223));
        total.Provenance.Should().Be(new FigureProvenance(FigureFixtures.MetaH2, 98));
        Single(result, HongKong, "Preservation Requests").Figures.Requests.Count.Should().Be(39);
    }

    [Fact]
    public void Counts_with_thousands_separators_keep_their_published_text()
    {
        var argentina = Single(ReadReal(FigureFixtures.MetaH1), new JurisdictionCode("AR"), "Total Requests");

        argentina.Figures.Requests.Should().Be(PublishedNumber.Exact(1624, "1,624"));
        argentina.Figures.RequestsWithDataProduced.Count.Should().Be(1204);
        argentina.Figures.Accounts.Count.Should().Be(2583);
        argentina.Figures.PercentWithDataProduced.Percent.Should().Be(74);
    }

    [Fact]
    public void A_quoted_name_with_a_comma_maps_to_its_code()
    {
        var bonaire = ReadReal(FigureFixtures.MetaH1).Figures.Where(f => f.JurisdictionName == "Bonaire, Sint Eustatius and Saba").ToList();

        bonaire.Should().HaveCount(4).And.OnlyContain(f => f.Jurisdiction == new JurisdictionCode("BQ"));
        bonaire[0].Provenance!.Line.Should().Be(28);
    }

    [Theory]
    [InlineData(FigureFixtures.MetaH1)]
    [InlineData(FigureFixtures.MetaH2)]
    public void Every_name_but_Netherlands_Antilles_maps_to_a_code(string name)
    {
        var result = ReadReal(name);

        result.Figures.Where(f => f.Jurisdiction is null).Select(f => f.JurisdictionName).Distinct().Should().Equal("Netherlands Antilles");
        var issue = result.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("unmapped-jurisdiction");
        issue.Line.Should().Be(155);
        issue.Column.Should().Be("Country");
        result.Figures.Select(f => f.Jurisdiction).OfType<JurisdictionCode>().Distinct().Should().HaveCount(250, "250 names map to 250 different codes");
    }

    [Fact]
    public void Both_halves_of_2020_do_not_overlap()
    {
        var all = ReadReal(FigureFixtures.MetaH1).Figures.Concat(ReadReal(FigureFixtures.MetaH2).Figures);

        FigureValidator.Validate(all).Should().BeEmpty();
    }

    [Fact]
    public void The_same_file_twice_gives_duplicate_periods()
    {
        var figures = ReadReal(FigureFixtures.MetaH1).Figures;

        var issues = FigureValidator.Validate(figures.Concat(figures.Select(f => f.WithProvenance(new FigureProvenance("copy.csv", f.Provenance!.Line)))));

        issues.Should().HaveCount(figures.Length).And.OnlyContain(i => i.Code == "duplicate-period" && i.FileName == "copy.csv");
    }

    // Hong Kong and its neighbours, with the export's 48 columns, a quoted name, thousands separators and blanks.
    private static string[] RealLines(params int[] lineNumbers)
    {
        var lines = FigureFixtures.Lines(FigureFixtures.Text(FigureFixtures.MetaH1));
        return [.. lineNumbers.Select(n => lines[n - 1])];
    }

    private static string Document(string lineEnd, IEnumerable<string> lines) => string.Join(lineEnd, lines) + lineEnd;

    private static readonly int[] SampleLines = [1, 12, 28, 98, 155, 239];

    public static TheoryData<string, bool> LineEndsAndMarks => new()
    {
        { "\n", false }, { "\n", true }, { "\r\n", false }, { "\r\n", true }, { "\r", false }, { "\r", true },
    };

    [Theory]
    [MemberData(nameof(LineEndsAndMarks))]
    public void Line_ends_and_a_byte_order_mark_do_not_change_the_result(string lineEnd, bool bom)
    {
        var expected = ReadText(Document("\r\n", RealLines(SampleLines)));

        var actual = ReadText(Document(lineEnd, RealLines(SampleLines)), bom);

        expected.Figures.Should().HaveCount((5 * 4) + 6);
        actual.Should().Be(expected);
    }

    [Fact]
    public void The_synthetic_rows_match_the_real_export()
    {
        var real = ReadReal(FigureFixtures.MetaH1).Figures;

        var synthetic = ReadText(Document("\r", RealLines(SampleLines)), fileName: FigureFixtures.MetaH1).Figures;

        foreach (var set in synthetic)
        {
            real.Should().ContainSingle(r => r.JurisdictionName == set.JurisdictionName && r.Category == set.Category && r.Figures == set.Figures && r.Period == set.Period);
        }
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_an_unknown_column_is_ignored_with_a_warning()
    {
        var lines = RealLines(SampleLines);
        var expected = ReadText(Document("\r\n", lines));
        var permutation = Enumerable.Range(0, 48).Reverse().ToArray();
        string Permute(string line)
        {
            var cells = FigureFixtures.SplitCsvLine(line);
            return string.Join(',', permutation.Select(i => Quote(cells[i]))) + ",extra";
        }

        var actual = ReadText(Document("\n", lines.Select((l, i) => i == 0 ? Permute(l)[..^"extra".Length] + "Region Group" : Permute(l))));

        actual.Figures.Should().Equal(expected.Figures);
        actual.Issues.Where(i => i.Code != "unknown-column").Should().Equal(expected.Issues);
        actual.Issues.Should().ContainSingle(i => i.Code == "unknown-column").Which.Column.Should().Be("Region Group");
    }

    [Fact]
    public void Other_column_sets_are_read_by_what_they_have()
    {
        var text = "Country,Total Requests,Total Requests Percentage,NSLs,NSLs Accounts\nHong Kong,262,24%,,\nUnited States,\"61,528\",88%,0-499,\"1,000-1,499\"\n";

        var result = ReadText(text);

        result.Issues.Should().BeEmpty();
        Single(result, HongKong, "Total Requests").Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(262), percentWithDataProduced: PublishedNumber.Percentage(24)));
        var nsl = Single(result, new JurisdictionCode("US"), "NSLs");
        nsl.Category.LegalProcess.Should().Be(LegalProcessKind.NationalSecurity);
        nsl.Figures.Requests.Should().Be(PublishedNumber.Range(0, 499));
        nsl.Figures.Accounts.Should().Be(PublishedNumber.Range(1000, 1499, "1,000-1,499"));
        nsl.Figures.PercentWithDataProduced.IsUnknown.Should().BeTrue();
    }

    [Fact]
    public void The_period_comes_from_the_caller_or_the_file_name()
    {
        const string Text = "Country,Total Requests\nHong Kong,262\n";

        ReadText(Text, fileName: "any-2019-h2.csv").Figures.Single().Period.Should().Be(ReportingPeriod.HalfYear(2019, 2));
        ReadText(Text, fileName: "meta-2020_H1.csv", period: ReportingPeriod.Year(2021)).Figures.Single().Period.Should().Be(ReportingPeriod.Year(2021));
        var none = ReadText(Text, fileName: "meta.csv");
        none.Figures.Should().BeEmpty();
        none.Issues.Should().ContainSingle().Which.Code.Should().Be("missing-period");
    }

    [Theory]
    [InlineData("PRPL-Facebook-Government-Report-2020_H1.csv", 2020, 1)]
    [InlineData("exports/meta 2013 H2.csv", 2013, 2)]
    [InlineData("2021-h1.csv", 2021, 1)]
    [InlineData("report2022H2", 2022, 2)]
    public void A_half_year_is_read_from_a_file_name(string fileName, int year, int half)
    {
        MetaGovernmentRequestsCsv.TryGetPeriodFromFileName(fileName, out var period).Should().BeTrue();

        period.Should().Be(ReportingPeriod.HalfYear(year, half));
    }

    [Theory]
    [InlineData("meta.csv")]
    [InlineData("2020_H3.csv")]
    [InlineData("12020_H1.csv")]
    [InlineData("2020_H1-2020_H2.csv")]
    [InlineData("2020_H1/meta.csv")]
    public void A_file_name_without_exactly_one_half_year_gives_none(string fileName)
    {
        MetaGovernmentRequestsCsv.TryGetPeriodFromFileName(fileName, out var period).Should().BeFalse();
        period.Should().BeNull();
    }

    [Fact]
    public void A_file_without_a_country_column_or_known_requests_columns_is_an_error()
    {
        ReadText("Nation,Total Requests\nHong Kong,1\n").Issues.Should().ContainSingle(i => i.Code == "missing-column" && i.Column == "Country");
        var noGroups = ReadText("Country,Requests\nHong Kong,1\n");
        noGroups.Figures.Should().BeEmpty();
        noGroups.Issues.Should().ContainSingle(i => i.Code == "missing-column" && i.Severity == FigureIssueSeverity.Error);
    }

    [Fact]
    public void A_bad_cell_skips_only_its_category_and_names_line_and_column()
    {
        var result = ReadText("Country,Total Requests,Total Requests Percentage,Preservation Requests\nHong Kong,262,lots,47\n");

        result.Figures.Should().ContainSingle().Which.Category.Label.Should().Be("Preservation Requests");
        var issue = result.Issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Line, issue.Column, issue.Severity).Should().Be(("invalid-number", 2, "Total Requests Percentage", FigureIssueSeverity.Error));
    }

    [Fact]
    public void Implausible_figures_name_the_Meta_column()
    {
        var result = ReadText("Country,Total Requests,Number of Requests Where Some Data Produced,Total Requests Percentage\nHong Kong,3,5,101%\n");

        result.Figures.Should().ContainSingle();
        result.Issues.Select(i => (i.Code, i.Column)).Should().Equal(
            ("percentage-out-of-range", "Total Requests Percentage"),
            ("produced-exceeds-received", "Number of Requests Where Some Data Produced"));
    }

    private static string Quote(string cell) => cell.Contains(',') ? "\"" + cell + "\"" : cell;
}
