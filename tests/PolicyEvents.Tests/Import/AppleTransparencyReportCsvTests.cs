using System.Globalization;
using System.Text;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Import;

public class AppleTransparencyReportCsvTests
{
    private static readonly CompanyId Apple = new("apple");
    private static readonly JurisdictionCode HongKong = new("HK");

    private static FigureImportResult ReadReal(string name)
    {
        using var stream = FigureFixtures.Open(name);
        return AppleTransparencyReportCsv.Read(stream, name, Apple);
    }

    private static FigureImportResult ReadText(string text, string fileName = "apple.csv")
    {
        using var stream = FigureFixtures.Encode(text, bom: false);
        return AppleTransparencyReportCsv.Read(stream, fileName, Apple);
    }

    private static ReportedFigures HongKongIn(FigureImportResult result, int year, int half) =>
        result.Figures.Should().ContainSingle(f => f.Jurisdiction == HongKong && f.Period == ReportingPeriod.HalfYear(year, half)).Subject;

    [Fact]
    public void Hong_Kong_account_requests_of_2020_are_read_figure_by_figure()
    {
        var result = ReadReal(FigureFixtures.AppleAccounts);

        var h1 = HongKongIn(result, 2020, 1);
        h1.Company.Should().Be(Apple);
        h1.JurisdictionName.Should().Be("Hong Kong");
        h1.Period.IsStartDerived.Should().BeFalse("Apple states both dates");
        h1.Category.Should().Be(new RequestCategory("Account Requests Received", RequestKinds.UserData, LegalProcessKind.LegalProcess));
        h1.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(8),
            accounts: PublishedNumber.Exact(13),
            requestsRejected: PublishedNumber.Exact(4),
            requestsWithOnlyNonContentProduced: PublishedNumber.Exact(4),
            requestsWithContentProduced: PublishedNumber.Exact(0),
            percentWithDataProduced: PublishedNumber.Percentage(50, "50%")));
        h1.Figures.RequestsWithDataProduced.IsUnknown.Should().BeTrue("the account file publishes no count of requests with data provided");
        h1.Provenance.Should().Be(new FigureProvenance(FigureFixtures.AppleAccounts, 574));

        var h2 = HongKongIn(result, 2020, 2);
        h2.Period.Should().Be(new ReportingPeriod(new LocalDate(2020, 7, 1), new LocalDate(2020, 12, 31)));
        h2.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(8),
            accounts: PublishedNumber.Exact(12),
            requestsRejected: PublishedNumber.Exact(4),
            requestsWithOnlyNonContentProduced: PublishedNumber.Exact(4),
            requestsWithContentProduced: PublishedNumber.Exact(0),
            percentWithDataProduced: PublishedNumber.Percentage(50, "50%")));
        h2.Provenance.Should().Be(new FigureProvenance(FigureFixtures.AppleAccounts, 622));
    }

    [Fact]
    public void Hong_Kong_device_requests_of_2020_are_read_figure_by_figure()
    {
        var result = ReadReal(FigureFixtures.AppleDevices);

        var h1 = HongKongIn(result, 2020, 1);
        h1.Category.Should().Be(new RequestCategory("Device Requests Received", RequestKinds.UserData, LegalProcessKind.LegalProcess));
        h1.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(48),
            accounts: PublishedNumber.Exact(84),
            requestsWithDataProduced: PublishedNumber.Exact(9),
            percentWithDataProduced: PublishedNumber.Percentage(19, "19%")));
        h1.Provenance!.Line.Should().Be(707);
        var h2 = HongKongIn(result, 2020, 2);
        h2.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(14),
            accounts: PublishedNumber.Exact(20),
            requestsWithDataProduced: PublishedNumber.Exact(2),
            percentWithDataProduced: PublishedNumber.Percentage(14, "14%")));
        h2.Provenance!.Line.Should().Be(757);
    }

    /// <summary>An independent reading of a whole export: split at commas (the files have no quotes), dates read by
    /// .NET's own M/d/yy parsing, each column compared with the figure the test's own table names for its header.</summary>
    [Theory]
    [InlineData(FigureFixtures.AppleAccounts, 761)]
    [InlineData(FigureFixtures.AppleDevices, 904)]
    public void Every_cell_of_the_real_exports_is_where_the_header_says(string name, int rows)
    {
        var text = FigureFixtures.Text(name);
        text.Should().NotContain("\"");
        var lines = text.Split("\r\n");
        var header = lines[0].Split(',');
        var result = ReadReal(name);

        result.Issues.Should().BeEmpty();
        result.Figures.Should().HaveCount(rows);
        lines.Should().HaveCount(rows + 1, "the files have no final line end");
        var byLine = result.Figures.ToDictionary(f => f.Provenance!.Line);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            cells.Should().HaveCount(header.Length);
            var set = byLine[i + 1];
            for (var c = 0; c < header.Length; c++)
            {
                var cell = cells[c];
                switch (header[c])
                {
                    case "TR Period":
                        set.Period.Should().Be(ReportingPeriod.HalfYear(int.Parse(cell[..4], CultureInfo.InvariantCulture), cell[^1] - '0'));
                        break;
                    case "TR Start Date":
                        set.Period.Start.Should().Be(LocalDate.FromDateTime(DateTime.ParseExact(cell, "M/d/yy", CultureInfo.InvariantCulture)));
                        break;
                    case "TR End Date":
                        set.Period.End.Should().Be(LocalDate.FromDateTime(DateTime.ParseExact(cell, "M/d/yy", CultureInfo.InvariantCulture)));
                        break;
                    case "Country/Region":
                        set.JurisdictionName.Should().Be(cell);
                        break;
                    case "Account Requests Received" or "Device Requests Received":
                        set.Category.Label.Should().Be(header[c]);
                        set.Figures.Requests.Should().Be(PublishedNumber.Exact(long.Parse(cell, CultureInfo.InvariantCulture)));
                        break;
                    case "Accounts Specified in Requests" or "Devices Specified in Requests":
                        set.Figures.Accounts.Text.Should().Be(cell);
                        break;
                    case "Requests Challenged in Part or Rejected in Full":
                        set.Figures.RequestsRejected.Text.Should().Be(cell);
                        break;
                    case "Requests where Only Non-Content Data Provided":
                        set.Figures.RequestsWithOnlyNonContentProduced.Text.Should().Be(cell);
                        break;
                    case "Requests where Content Provided":
                        set.Figures.RequestsWithContentProduced.Text.Should().Be(cell);
                        break;
                    case "Requests where Data Provided":
                        set.Figures.RequestsWithDataProduced.Count.Should().Be(long.Parse(cell, CultureInfo.InvariantCulture));
                        break;
                    case "Percentage of Requests where Data Provided":
                        set.Figures.PercentWithDataProduced.Percent.Should().Be(decimal.Parse(cell.TrimEnd('%'), CultureInfo.InvariantCulture));
                        set.Figures.PercentWithDataProduced.Text.Should().Be(cell);
                        break;
                    default:
                        throw new InvalidOperationException("A column the test does not know: " + header[c]);
                }
            }
            var published = header.Length - 4;
            set.Figures.Fields.Count(f => !f.Value.IsUnknown).Should().Be(published, "no figure is made up");
        }
    }

    [Fact]
    public void Every_published_name_maps_to_a_code()
    {
        var figures = ReadReal(FigureFixtures.AppleAccounts).Figures.Concat(ReadReal(FigureFixtures.AppleDevices).Figures).ToList();

        figures.Should().OnlyContain(f => f.Jurisdiction != null);
        figures.Where(f => f.JurisdictionName == "China mainland").Should().NotBeEmpty().And.OnlyContain(f => f.Jurisdiction == new JurisdictionCode("CN"));
        figures.Where(f => f.JurisdictionName == "Kosovo").Should().OnlyContain(f => f.Jurisdiction == new JurisdictionCode("XK"));
        FigureValidator.Validate(figures).Should().BeEmpty("the two files are two categories, and no half-year repeats within one");
    }

    // Real rows of Apple's other exports (same repository as the fixtures, path data/raw/transparency_reports/apple/,
    // commit 252663d5aff8a0ba9ca762535288e6775d71deaf), header and rows copied verbatim.
    private const string Emergency =
        "TR Period,TR Start Date,TR End Date,Country/Region,Emergency Requests Received,Requests Rejected/Challenged and No Data Provided,Requests where No Data Provided,Requests where Data Provided,Percentage of Requests where Data Provided\n"
        + "2015 H1,1/1/15,6/30/15,United Kingdom,98, -, -, -, -\n"
        + "2020 H1,1/1/20,6/30/20,United Kingdom,333,22,27,284,85%\n";

    private const string Preservation =
        "TR Date,TR Start Date,TR End Date,Country/Region,Account Preservation Requests Received,Accounts Specified in Requests,Accounts where Data Preserved\n"
        + "2016 H2,7/1/16,12/31/16,United States of America,741,1475,1019\n";

    private const string FinancialIdentifiers =
        "TR Period,TR Start Date,TR End Date,Country/Region,Financial Identifier Requests Received,Financial Identifiers Specified in Requests,Requests where Data Provided,Percentage of Requests where Data Provided\n"
        + "2020 H1,1/1/20,6/30/20,Hong Kong,237,535,74,31%\n";

    [Fact]
    public void The_emergency_export_is_recognised_and_a_dash_is_not_published()
    {
        var result = ReadText(Emergency, "emergency_requests.csv");

        result.Issues.Should().BeEmpty();
        result.Figures.Should().HaveCount(2).And.OnlyContain(f => f.Category == new RequestCategory("Emergency Requests Received", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency));
        result.Figures[0].Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(98)), "the dashes are read as unknown, never as zero");
        result.Figures[1].Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(333),
            requestsRejected: PublishedNumber.Exact(22),
            requestsWithNoDataFound: PublishedNumber.Exact(27),
            requestsWithDataProduced: PublishedNumber.Exact(284),
            percentWithDataProduced: PublishedNumber.Percentage(85, "85%")));
        result.Figures[1].Jurisdiction.Should().Be(new JurisdictionCode("GB"));
    }

    [Fact]
    public void The_preservation_export_is_recognised_with_its_TR_Date_column()
    {
        var result = ReadText(Preservation, "account_preservation_requests.csv");

        result.Issues.Should().BeEmpty("TR Date is the preservation file's name for TR Period");
        var set = result.Figures.Should().ContainSingle().Subject;
        set.Category.Should().Be(new RequestCategory("Account Preservation Requests Received", RequestKinds.Preservation, LegalProcessKind.Preservation));
        set.Jurisdiction.Should().Be(new JurisdictionCode("US"));
        set.Period.Should().Be(ReportingPeriod.HalfYear(2016, 2));
        set.Figures.Should().Be(new RequestFigures(requests: PublishedNumber.Exact(741), accounts: PublishedNumber.Exact(1475), accountsWithDataPreserved: PublishedNumber.Exact(1019)));
    }

    [Fact]
    public void The_financial_identifier_export_is_recognised()
    {
        var set = ReadText(FinancialIdentifiers, "financial_identifier_requests.csv").Figures.Should().ContainSingle().Subject;

        set.Category.Label.Should().Be("Financial Identifier Requests Received");
        set.Jurisdiction.Should().Be(HongKong);
        set.Figures.Should().Be(new RequestFigures(PublishedNumber.Exact(237), PublishedNumber.Exact(535), PublishedNumber.Exact(74), PublishedNumber.Percentage(31, "31%")));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_an_unknown_column_is_reported_once()
    {
        var lines = FigureFixtures.Lines(FigureFixtures.Text(FigureFixtures.AppleAccounts)).Take(30).ToList();
        var expected = ReadText(string.Join("\n", lines));
        string Reverse(string line, string extra) => string.Join(',', line.Split(',').Reverse()) + "," + extra;

        var actual = ReadText(string.Join("\r\n", lines.Select((l, i) => Reverse(l, i == 0 ? "Notes" : "n/a"))));

        actual.Figures.Should().Equal(expected.Figures);
        actual.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "unknown-column" && i.Column == "Notes" && i.Line == 1);
    }

    [Theory]
    [InlineData("1/1/13", 2013, 1, 1)]
    [InlineData("6/30/13", 2013, 6, 30)]
    [InlineData("12/31/21", 2021, 12, 31)]
    [InlineData("07/01/20", 2020, 7, 1)]
    [InlineData("2/29/16", 2016, 2, 29)]
    [InlineData("1/1/2013", 2013, 1, 1)]
    [InlineData("1/1/99", 2099, 1, 1)]
    public void A_US_date_reads_month_day_year_with_two_digit_years_in_the_2000s(string text, int year, int month, int day)
    {
        AppleTransparencyReportCsv.TryParseUsDate(text, out var date).Should().BeTrue();
        date.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("30/6/13")]
    [InlineData("2/29/13")]
    [InlineData("2/30/16")]
    [InlineData("0/1/13")]
    [InlineData("1/1/013")]
    [InlineData("2013-01-01")]
    [InlineData("1/1")]
    [InlineData("")]
    public void Anything_else_is_not_a_US_date(string text) => AppleTransparencyReportCsv.TryParseUsDate(text, out _).Should().BeFalse();

    private const string Header = "TR Period,TR Start Date,TR End Date,Country/Region,Device Requests Received,Devices Specified in Requests,Requests where Data Provided,Percentage of Requests where Data Provided\n";

    [Fact]
    public void A_bad_date_or_number_skips_its_row_and_names_line_and_column()
    {
        var result = ReadText(Header + "2020 H1,30/6/20,6/30/20,Hong Kong,48,84,9,19%\n2020 H1,1/1/20,6/30/20,Hong Kong,48,many,9,19%\n2020 H2,7/1/20,12/31/20,Hong Kong,14,20,2,14%\n");

        result.Figures.Should().ContainSingle().Which.Provenance!.Line.Should().Be(4);
        result.Issues.Select(i => (i.Code, i.Line, i.Column, i.Severity)).Should().Equal(
            ("invalid-date", 2, "TR Start Date", FigureIssueSeverity.Error),
            ("invalid-number", 3, "Devices Specified in Requests", FigureIssueSeverity.Error));
    }

    [Fact]
    public void A_period_name_that_disagrees_with_the_dates_is_a_warning_and_the_dates_win()
    {
        var result = ReadText(Header + "2020 H2,1/1/20,6/30/20,Hong Kong,48,84,9,19%\n");

        result.Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.HalfYear(2020, 1));
        result.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "period-mismatch" && i.Column == "TR Period" && i.Line == 2);
    }

    [Fact]
    public void A_header_only_file_gives_a_warning_and_no_figures()
    {
        var result = ReadText(Header);

        result.Figures.Should().BeEmpty();
        result.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "no-rows" && i.Line == 1);
    }

    [Theory]
    [InlineData("TR Period,TR Start Date,TR End Date,Country/Region,Requests Received\n2020 H1,1/1/20,6/30/20,Hong Kong,8\n")]
    [InlineData("TR Period,TR Start Date,TR End Date,Country/Region,Push Token Requests Received,Push Tokens Specified in Requests\n2020 H1,1/1/20,6/30/20,Hong Kong,8,8\n")]
    [InlineData("TR Period,TR Start Date,TR End Date,Country/Region,Account Requests Received,Device Requests Received\n2020 H1,1/1/20,6/30/20,Hong Kong,8,48\n")]
    public void An_unknown_header_is_an_error_and_nothing_is_imported(string text)
    {
        var result = ReadText(text);

        result.Figures.Should().BeEmpty();
        result.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "unknown-layout" && i.Severity == FigureIssueSeverity.Error && i.Line == 1);
    }

    [Fact]
    public void A_missing_date_column_an_empty_file_and_bytes_that_are_not_UTF8_are_errors()
    {
        ReadText("TR Period,Country/Region,Account Requests Received\n2020 H1,Hong Kong,8\n").Issues.Select(i => (i.Code, i.Column))
            .Should().Equal(("missing-column", "TR Start Date"), ("missing-column", "TR End Date"));
        ReadText(string.Empty).Issues.Should().ContainSingle().Which.Code.Should().Be("empty-file");
        var invalid = AppleTransparencyReportCsv.Read(new MemoryStream([.. Encoding.UTF8.GetBytes(Header), 0xFF, 0xFE, 0x41]), "apple.csv", Apple);
        invalid.Figures.Should().BeEmpty();
        invalid.Issues.Should().ContainSingle().Which.Code.Should().Be("invalid-encoding");
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        var act = () => AppleTransparencyReportCsv.Read(null!, "a.csv", Apple);
        act.Should().Throw<ArgumentNullException>();
        var noName = () => AppleTransparencyReportCsv.Read(new MemoryStream(), "", Apple);
        noName.Should().Throw<ArgumentException>();
        var noCompany = () => AppleTransparencyReportCsv.Read(new MemoryStream(), "a.csv", default);
        noCompany.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Noise_after_a_real_row_gives_a_result_not_an_exception(int seed)
    {
        var random = new Random(seed);
        const string Alphabet = ",,,\"\r\n\n/0123456789%-HK\uFEFF";
        var noise = new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

        var result = ReadText(Header + "2020 H1,1/1/20,6/30/20,Hong Kong,48,84,9,19%\n" + noise);

        result.Figures.Should().NotBeEmpty();
        result.Issues.Should().NotContain(i => i.Line < 1);
    }

    [Fact]
    public void The_outcome_figures_survive_a_dataset_round_trip()
    {
        var figures = ReadReal(FigureFixtures.AppleAccounts).Figures.Where(f => f.Jurisdiction == HongKong).ToList();
        var metadata = new DatasetMetadata(new DatasetId("apple"), "Apple", "1", Instant.FromUtc(2026, 1, 1, 0, 0));
        var dataset = new PolicyDataset(metadata, [new Company(Apple, "Apple")], figures: figures);

        foreach (var format in new[] { DatasetFormat.Document, DatasetFormat.JsonLines })
        {
            var json = PolicyDatasetSerializer.ToJson(dataset, format);
            json.Should().Contain("\"requestsRejected\":").And.Contain("\"requestsWithOnlyNonContentProduced\":").And.Contain("\"requestsWithContentProduced\":");
            PolicyDatasetSerializer.FromJson(json).Should().Be(dataset);
        }
    }
}
