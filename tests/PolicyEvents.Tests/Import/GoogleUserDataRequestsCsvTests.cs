using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

public class GoogleUserDataRequestsCsvTests
{
    private static readonly CompanyId Google = new("google");

    private static FigureImportResult ReadReal()
    {
        using var stream = FigureFixtures.Open(FigureFixtures.Google);
        return GoogleUserDataRequestsCsv.Read(stream, FigureFixtures.Google, Google);
    }

    private static FigureImportResult ReadText(string text, bool bom = false, string fileName = "google.csv")
    {
        using var stream = FigureFixtures.Encode(text, bom);
        return GoogleUserDataRequestsCsv.Read(stream, fileName, Google);
    }

    private static ReportedFigures Single(FigureImportResult result, string code, LocalDate end, string label) =>
        result.Figures.Should().ContainSingle(f => f.Jurisdiction == new JurisdictionCode(code) && f.Period.End == end && f.Category.Label == label).Subject;

    [Fact]
    public void The_real_export_gives_one_figure_set_per_row_and_only_the_United_Nations_warning()
    {
        var result = ReadReal();

        result.Figures.Should().HaveCount(3033);
        result.HasErrors.Should().BeFalse();
        result.Issues.Select(i => (i.Code, i.Column)).Should().Equal(
            ("unmapped-jurisdiction", "Country/Region"), ("not-published", "Percentage disclosed"), ("not-published", "Accounts"));
        result.Figures.Select(f => f.Provenance!.Line).Should().Equal(Enumerable.Range(2, 3033), "every data row keeps its one-based line");
        result.Figures.Should().OnlyContain(f => f.Company == Google && f.Provenance!.FileName == FigureFixtures.Google);
    }

    [Fact]
    public void The_zeros_of_the_periods_before_a_column_was_published_are_read_as_not_published()
    {
        // Google's Transparency Report FAQ: "starting with the July-December 2010 reporting period, we began to disclose the
        // percentages of user data requests we comply with in whole or in part. And starting with the January-June 2011
        // reporting period, we began to disclose the number of users or accounts about which data was requested."
        var result = ReadReal();
        var lines = FigureFixtures.Lines(FigureFixtures.Text(FigureFixtures.Google));
        IEnumerable<ReportedFigures> Ending(int year, int month, int day) => result.Figures.Where(f => f.Period.End == new LocalDate(year, month, day));

        lines.Skip(1).Select(FigureFixtures.SplitCsvLine).Where(c => c[0] is "2009-12-31" or "2010-06-30")
            .Should().HaveCount(42).And.OnlyContain(c => c[5] == "0" && c[6] == "0", "the export has 0 in every row of those periods");
        Ending(2009, 12, 31).Concat(Ending(2010, 6, 30)).Should().HaveCount(42)
            .And.OnlyContain(f => f.Figures.PercentWithDataProduced.IsUnknown && f.Figures.Accounts.IsUnknown && f.Figures.Requests.Count > 0);
        Ending(2010, 12, 31).Should().HaveCount(25).And.OnlyContain(f => f.Figures.Accounts.IsUnknown && f.Figures.PercentWithDataProduced.Percent.HasValue,
            "July-December 2010 published the percentage, not the accounts");
        Ending(2010, 12, 31).Count(f => f.Figures.PercentWithDataProduced.Percent == 0m).Should().Be(2, "a published 0% is kept");
        Ending(2011, 6, 30).Should().OnlyContain(f => f.Figures.Accounts.Count.HasValue && f.Figures.PercentWithDataProduced.Percent.HasValue);

        var warnings = result.Issues.Where(i => i.Code == "not-published").ToList();
        warnings.Should().HaveCount(2).And.OnlyContain(i => i.Severity == FigureIssueSeverity.Warning);
        warnings[0].Provenance!.Line.Should().Be(2);
        warnings[0].Message.Should().Be("'Percentage disclosed' is 0 in 42 rows of half-years ending before 2010-12-31, for which Google did not yet publish it (it began with July-December 2010); read as not published (unknown).");
        warnings[1].Message.Should().StartWith("'Accounts' is 0 in 67 rows of half-years ending before 2011-06-30");
    }

    [Fact]
    public void A_published_figure_in_a_period_before_the_column_was_published_is_kept()
    {
        var result = ReadText(Header + "\n2010-06-30,Hong Kong,HK,All,10,55,12\n2010-06-30,Taiwan,TW,All,5,0,0\n");

        result.Figures[0].Figures.PercentWithDataProduced.Percent.Should().Be(55m);
        result.Figures[0].Figures.Accounts.Count.Should().Be(12);
        result.Figures[1].Figures.PercentWithDataProduced.IsUnknown.Should().BeTrue();
        result.Figures[1].Figures.Accounts.IsUnknown.Should().BeTrue();
        result.Issues.Select(i => (i.Code, i.Provenance!.Line)).Should().Equal(("not-published", 3), ("not-published", 3));
    }

    [Fact]
    public void Hong_Kong_2020_H1_other_legal_requests_are_read_cell_by_cell()
    {
        var hk = Single(ReadReal(), "HK", new LocalDate(2020, 6, 30), "Other Legal Requests");

        hk.JurisdictionName.Should().Be("Hong Kong");
        hk.Period.Should().Be(new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30), isStartDerived: true));
        hk.Category.Should().Be(new RequestCategory("Other Legal Requests", RequestKinds.UserData, LegalProcessKind.LegalProcess));
        hk.Figures.Requests.Should().Be(PublishedNumber.Exact(135));
        hk.Figures.PercentWithDataProduced.Should().Be(PublishedNumber.Percentage(81, "81"));
        hk.Figures.PercentWithDataProduced.Kind.Should().Be(PublishedNumberKind.Percentage, "Google's percentage column holds percentages without '%'");
        hk.Figures.Accounts.Should().Be(PublishedNumber.Exact(327));
        hk.Figures.RequestsWithDataProduced.IsUnknown.Should().BeTrue("Google publishes no count of requests with data produced");
        hk.Provenance.Should().Be(new FigureProvenance(FigureFixtures.Google, 2140));
    }

    [Fact]
    public void Hong_Kong_2020_H2_other_legal_requests_are_read_cell_by_cell()
    {
        var hk = Single(ReadReal(), "HK", new LocalDate(2020, 12, 31), "Other Legal Requests");

        hk.Period.Start.Should().Be(new LocalDate(2020, 7, 1));
        hk.Period.IsStartDerived.Should().BeTrue();
        hk.Figures.Should().Be(new RequestFigures(PublishedNumber.Exact(42), PublishedNumber.Exact(46), default, PublishedNumber.Percentage(5, "5")));
        hk.Provenance!.Line.Should().Be(2335);
    }

    [Fact]
    public void Blank_percentages_stay_unknown()
    {
        var argentina = Single(ReadReal(), "AR", new LocalDate(2014, 12, 31), "Preservation Requests");

        argentina.Figures.Requests.Count.Should().Be(3);
        argentina.Figures.PercentWithDataProduced.Should().Be(PublishedNumber.Unknown);
        argentina.Figures.Accounts.Count.Should().Be(8);
        argentina.Category.Kinds.Should().Be(RequestKinds.Preservation);
    }

    [Fact]
    public void A_row_of_blank_figures_is_kept_with_every_figure_unknown()
    {
        var china = Single(ReadReal(), "CN", new LocalDate(2021, 6, 30), "Requests for data of local subsidiary");

        china.Figures.IsEmpty.Should().BeTrue();
        china.Category.LegalProcess.Should().Be(LegalProcessKind.Other);
        china.Provenance!.Line.Should().Be(2487);
    }

    [Fact]
    public void Non_ASCII_names_are_kept_and_mapped_through_the_code()
    {
        var result = ReadReal();

        var turkey = Single(result, "TR", new LocalDate(2010, 6, 30), "All");
        turkey.JurisdictionName.Should().Be("Türkiye");
        turkey.Figures.Requests.Count.Should().Be(51);
        turkey.Provenance!.Line.Should().Be(41);

        var ivoryCoast = Single(result, "CI", new LocalDate(2013, 12, 31), "All");
        ivoryCoast.JurisdictionName.Should().Be("Côte d\u2019Ivoire");
        ivoryCoast.Figures.Requests.Count.Should().Be(2);
    }

    [Fact]
    public void The_United_Nations_row_is_kept_without_a_code_and_reported()
    {
        var result = ReadReal();

        var un = result.Figures.Should().ContainSingle(f => f.JurisdictionName == "United Nations").Subject;
        un.Jurisdiction.Should().BeNull();
        un.Period.End.Should().Be(new LocalDate(2015, 6, 30));
        un.Figures.Requests.Count.Should().Be(1);
        var issue = result.Issues.Should().ContainSingle(i => i.Code == "unmapped-jurisdiction").Subject;
        issue.Severity.Should().Be(FigureIssueSeverity.Warning);
        issue.Line.Should().Be(614);
        issue.FileName.Should().Be(FigureFixtures.Google);
        issue.Column.Should().Be("Country/Region");
        issue.Message.Should().Contain("United Nations");
    }

    [Fact]
    public void Every_legal_process_label_in_the_export_is_mapped()
    {
        var result = ReadReal();

        result.Figures.Select(f => f.Category.Label).Distinct().Should().BeEquivalentTo(
            "All", "Other Legal Requests", "Emergency Disclosure Requests", "Preservation Requests", "Court Orders", "Other Court Orders",
            "Pen Register Orders", "Police Requests", "Requests for data of local subsidiary", "Search Warrants", "Subpoenas", "Wiretap Orders");
        result.Figures.Should().OnlyContain(f => f.Category.IsMapped);
        result.Figures.Where(f => f.Category.Label == "All").Should().OnlyContain(f => f.Period.End <= new LocalDate(2014, 12, 31));
    }

    [Fact]
    public void Every_period_is_a_derived_half_year()
    {
        var periods = ReadReal().Figures.Select(f => f.Period).Distinct().ToList();

        periods.Should().HaveCount(26);
        periods.Should().OnlyContain(p => p.IsStartDerived && (p.Days == 181 || p.Days == 182 || p.Days == 184));
        periods.Should().OnlyContain(p => (p.Start.Month == 1 || p.Start.Month == 7) && p.Start.Day == 1);
    }

    // The Hong Kong rows of 2020 and their neighbours, in the export's own form (LF, no BOM).
    private const string Header = "Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts";

    private static readonly string[] Rows =
    [
        "2020-06-30,Hong Kong,HK,Other Legal Requests,135,81,327",
        "2020-12-31,Hong Kong,HK,Emergency Disclosure Requests,1,100,1",
        "2020-12-31,Hong Kong,HK,Other Legal Requests,42,5,46",
        "2014-12-31,Argentina,AR,Preservation Requests,3,,8",
        "2013-12-31,Côte d\u2019Ivoire,CI,All,2,0,2",
        "2015-06-30,United Nations,,Other Legal Requests,1,0,1",
        "2021-06-30,China,CN,Requests for data of local subsidiary,,,",
    ];

    private static string Document(string lineEnd, string header = Header, IEnumerable<string>? rows = null) =>
        string.Join(lineEnd, new[] { header }.Concat(rows ?? Rows)) + lineEnd;

    public static TheoryData<string, bool> LineEndsAndMarks => new()
    {
        { "\n", false }, { "\n", true }, { "\r\n", false }, { "\r\n", true }, { "\r", false }, { "\r", true },
    };

    [Theory]
    [MemberData(nameof(LineEndsAndMarks))]
    public void Line_ends_and_a_byte_order_mark_do_not_change_the_result(string lineEnd, bool bom)
    {
        var expected = ReadText(Document("\n"));

        var actual = ReadText(Document(lineEnd), bom);

        expected.Figures.Should().HaveCount(7);
        actual.Should().Be(expected);
    }

    [Fact]
    public void The_synthetic_rows_match_the_real_export_cell_by_cell()
    {
        var real = ReadReal().Figures;
        var synthetic = ReadText(Document("\r")).Figures;

        foreach (var set in synthetic)
        {
            real.Should().ContainSingle(r => r.JurisdictionName == set.JurisdictionName && r.Period == set.Period && r.Category == set.Category && r.Figures == set.Figures);
        }
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order()
    {
        var reordered = Document(
            "\r\n",
            "Accounts,Legal Process,Percentage disclosed,CLDR Territory Code,User Data Requests,Country/Region,Period Ending",
            Rows.Select(r => r.Split(',')).Select(c => string.Join(',', c[6], c[3], c[5], c[2], c[4], c[1], c[0])));

        ReadText(reordered).Should().Be(ReadText(Document("\n")));
    }

    [Fact]
    public void An_unknown_extra_column_gives_the_same_figures_and_one_warning()
    {
        var expected = ReadText(Document("\n"));
        var extended = Document("\n", "Region Group," + Header + ",Note", Rows.Select(r => "Asia," + r + ",\"quoted, with a comma\""));

        var actual = ReadText(extended);

        actual.Figures.Should().Equal(expected.Figures);
        actual.Issues.Where(i => i.Code == "unknown-column").Select(i => i.Column).Should().Equal("Region Group", "Note");
        actual.Issues.Where(i => i.Code != "unknown-column").Should().Equal(expected.Issues);
    }

    [Fact]
    public void A_missing_required_column_is_an_error_and_nothing_is_imported()
    {
        var result = ReadText("Period Ending,Country/Region,Legal Process\n2020-06-30,Hong Kong,All\n");

        result.Figures.Should().BeEmpty();
        var issue = result.Issues.Should().ContainSingle().Subject;
        issue.Severity.Should().Be(FigureIssueSeverity.Error);
        issue.Code.Should().Be("missing-column");
        issue.Column.Should().Be("User Data Requests");
        issue.Line.Should().Be(1);
    }

    [Fact]
    public void A_duplicated_column_is_an_error()
    {
        var result = ReadText(Header + ",Accounts\n2020-06-30,Hong Kong,HK,All,1,0,1,2\n");

        result.Figures.Should().BeEmpty();
        result.Issues.Should().ContainSingle(i => i.Code == "duplicate-column" && i.Column == "Accounts" && i.Severity == FigureIssueSeverity.Error);
    }

    [Theory]
    [InlineData("2020-06-31,Hong Kong,HK,All,1,0,1", "invalid-date", "Period Ending")]
    [InlineData("2020-06-30,Hong Kong,HK,All,many,0,1", "invalid-number", "User Data Requests")]
    [InlineData("2020-06-30,Hong Kong,HK,All,24%,0,1", "invalid-number", "User Data Requests")]
    [InlineData("2020-06-30,Hong Kong,HK,All,1,half,1", "invalid-number", "Percentage disclosed")]
    [InlineData("2020-06-30,,,All,1,0,1", "missing-jurisdiction", "Country/Region")]
    [InlineData("2020-06-30,Hong Kong,HK,,1,0,1", "missing-category", "Legal Process")]
    public void A_bad_row_is_skipped_with_an_error_naming_line_and_column(string row, string code, string column)
    {
        var result = ReadText(Header + "\n2020-06-30,Macao,MO,All,1,0,1\n" + row + "\n");

        result.Figures.Should().ContainSingle().Which.JurisdictionName.Should().Be("Macao");
        var issue = result.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(code);
        issue.Severity.Should().Be(FigureIssueSeverity.Error);
        issue.Line.Should().Be(3);
        issue.Column.Should().Be(column);
    }

    [Fact]
    public void An_unknown_label_is_kept_unmapped_with_a_warning()
    {
        var result = ReadText(Header + "\n2020-06-30,Hong Kong,HK,Carrier Pigeon Requests,1,0,1\n");

        var set = result.Figures.Should().ContainSingle().Subject;
        set.Category.Should().Be(new RequestCategory("Carrier Pigeon Requests"));
        set.Category.IsMapped.Should().BeFalse();
        result.Issues.Should().ContainSingle(i => i.Code == "unknown-category" && i.Line == 2);
    }

    [Fact]
    public void An_unknown_code_falls_back_to_the_name()
    {
        var result = ReadText(Header + "\n2020-06-30,Hong Kong,QQ,All,1,0,1\n");

        result.Figures.Should().ContainSingle().Which.Jurisdiction.Should().Be(new JurisdictionCode("HK"));
        result.Issues.Should().ContainSingle(i => i.Code == "unknown-jurisdiction-code" && i.Column == "CLDR Territory Code");
    }

    [Fact]
    public void Quoted_fields_and_ranges_are_read_as_published()
    {
        var result = ReadText(Header + "\n\"2020-06-30\",\"Bosnia & Herzegovina\",BA,\"Other Legal Requests\",\"1,204\",\"12\",<10\n");

        var set = result.Figures.Should().ContainSingle().Subject;
        set.Jurisdiction.Should().Be(new JurisdictionCode("BA"));
        set.Figures.Requests.Should().Be(PublishedNumber.Exact(1204, "1,204"));
        set.Figures.Accounts.Should().Be(PublishedNumber.Range(0, 9, "<10"));
        result.Issues.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Lines_are_counted_across_blank_lines_and_quoted_line_breaks(string lineEnd)
    {
        var text = string.Join(lineEnd, Header, string.Empty, "2020-06-30,Macao,MO,All,1,0,1", $"2020-06-30,\"Hong{lineEnd}Kong\",HK,All,2,0,2", "2020-06-30,Taiwan,TW,All,3,0,3") + lineEnd;

        var result = ReadText(text);

        result.Figures.Select(f => (f.JurisdictionName, f.Provenance!.Line)).Should().Equal(("Macao", 3), ("Hong" + lineEnd + "Kong", 4), ("Taiwan", 6));
    }

    [Fact]
    public void Implausible_figures_are_kept_and_reported_by_validation()
    {
        var result = ReadText(Header + "\n2020-06-30,Hong Kong,HK,All,-1,120,1\n2020-06-30,Hong Kong,HK,All,2,0,2\n");

        result.Figures.Should().HaveCount(2);
        result.Issues.Select(i => (i.Code, i.Line, i.Column)).Should().Equal(
            ("negative-count", 2, "User Data Requests"),
            ("percentage-out-of-range", 2, "Percentage disclosed"),
            ("duplicate-period", 3, (string?)null));
    }

    [Fact]
    public void Invalid_UTF8_is_an_error_not_an_exception()
    {
        using var stream = new MemoryStream([.. System.Text.Encoding.UTF8.GetBytes(Header + "\n2020-06-30,Hong "), 0xFF, 0xFE, .. "Kong,HK,All,1,0,1\n"u8]);

        var result = GoogleUserDataRequestsCsv.Read(stream, "bad.csv", Google);

        result.Figures.Should().BeEmpty();
        result.Issues.Should().ContainSingle().Which.Code.Should().Be("invalid-encoding");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var result = ReadText(string.Empty);

        result.Figures.Should().BeEmpty();
        result.Issues.Should().ContainSingle().Which.Code.Should().Be("empty-file");
    }

    [Fact]
    public void The_stream_is_read_to_the_end_and_left_open()
    {
        using var stream = FigureFixtures.Encode(Document("\n"), bom: true);

        GoogleUserDataRequestsCsv.Read(stream, "google.csv", Google).Figures.Should().HaveCount(7);

        stream.CanRead.Should().BeTrue();
        stream.Position.Should().Be(stream.Length);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        using var stream = new MemoryStream();

        FluentActions.Invoking(() => GoogleUserDataRequestsCsv.Read(null!, "a.csv", Google)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => GoogleUserDataRequestsCsv.Read(stream, " ", Google)).Should().Throw<ArgumentException>().WithParameterName("fileName");
        FluentActions.Invoking(() => GoogleUserDataRequestsCsv.Read(stream, "a.csv", default)).Should().Throw<ArgumentException>().WithParameterName("company");
    }
}
