using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

public class MicrosoftLawEnforcementRequestsXlsxTests
{
    private static readonly CompanyId Microsoft = new("microsoft");
    private static readonly JurisdictionCode HongKong = new("HK");

    private static FigureImportResult Read(byte[] bytes, string name, ReportingPeriod? period = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return MicrosoftLawEnforcementRequestsXlsx.Read(stream, name, Microsoft, period);
    }

    private static FigureImportResult ReadReal(string name) => Read(FigureFixtures.Bytes(name), name);

    [Fact]
    public void Hong_Kong_in_the_Criminal_sheet_of_2020_H1_is_read_figure_by_figure()
    {
        var result = ReadReal(FigureFixtures.Microsoft2020H1);

        var hk = result.Figures.Should().ContainSingle(f => f.Jurisdiction == HongKong).Subject;
        hk.Company.Should().Be(Microsoft);
        hk.JurisdictionName.Should().Be("Hong Kong");
        hk.Period.Should().Be(new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)));
        hk.Category.Should().Be(new RequestCategory("Criminal", RequestKinds.UserData, LegalProcessKind.LegalProcess));
        hk.Figures.Should().Be(new RequestFigures(
            requests: PublishedNumber.Exact(77),
            accounts: PublishedNumber.Exact(114),
            requestsWithContentProduced: PublishedNumber.Exact(0),
            percentWithContentProduced: PublishedNumber.Percentage(0m, "0%"),
            requestsWithOnlyNonContentProduced: PublishedNumber.Exact(46),
            percentWithOnlyNonContentProduced: PublishedNumber.Percentage(59.74m, "59.74%"),
            requestsWithNoDataFound: PublishedNumber.Exact(8),
            percentWithNoDataFound: PublishedNumber.Percentage(10.39m, "10.39%"),
            requestsRejected: PublishedNumber.Exact(23),
            percentRejected: PublishedNumber.Percentage(29.87m, "29.87%")));
        hk.Figures.RequestsWithDataProduced.IsUnknown.Should().BeTrue("Microsoft publishes no such count, and none is added up");
        hk.Figures.PercentWithDataProduced.IsUnknown.Should().BeTrue();
        hk.Provenance.Should().Be(new FigureProvenance(FigureFixtures.Microsoft2020H1, 23));
    }

    [Fact]
    public void Hong_Kong_is_not_listed_in_2020_H2_and_gets_no_figures_not_zeros()
    {
        var result = ReadReal(FigureFixtures.Microsoft2020H2);

        result.Figures.Should().NotBeEmpty();
        result.Figures.Should().NotContain(f => f.Jurisdiction == HongKong || f.JurisdictionName.Contains("Hong", StringComparison.OrdinalIgnoreCase));
        result.Figures.Should().OnlyContain(f => f.Period == new ReportingPeriod(new LocalDate(2020, 7, 1), new LocalDate(2020, 12, 31)));
    }

    [Fact]
    public void Hong_Kong_in_2019_H2_keeps_the_full_fractions_Microsoft_computed()
    {
        var hk = ReadReal(FigureFixtures.Microsoft2019H2).Figures.Should().ContainSingle(f => f.Jurisdiction == HongKong).Subject;

        hk.Period.Should().Be(ReportingPeriod.HalfYear(2019, 2));
        hk.Provenance!.Line.Should().Be(26);
        hk.Figures.Requests.Count.Should().Be(62);
        hk.Figures.Accounts.Count.Should().Be(81);
        hk.Figures.RequestsWithOnlyNonContentProduced.Count.Should().Be(47);
        hk.Figures.PercentWithOnlyNonContentProduced.Should().Be(PublishedNumber.Percentage(75.80645161290323m, "75.80645161290323%"));
        hk.Figures.RequestsWithNoDataFound.Count.Should().Be(7);
        hk.Figures.RequestsRejected.Count.Should().Be(8);
        hk.Figures.RequestsWithContentProduced.Count.Should().Be(0);
    }

    /// <summary>An independent reading with the Open XML SDK: the country in column B, the figures in D, E and G to O (the
    /// layout of these three workbooks), every row below the header row except TOTAL.</summary>
    [Theory]
    [InlineData(FigureFixtures.Microsoft2019H2)]
    [InlineData(FigureFixtures.Microsoft2020H1)]
    [InlineData(FigureFixtures.Microsoft2020H2)]
    public void Every_cell_of_the_real_workbooks_is_where_the_sheet_says(string name)
    {
        var result = ReadReal(name);
        result.HasErrors.Should().BeFalse();
        var expectedCount = 0;

        using var document = SpreadsheetDocument.Open(new MemoryStream(FigureFixtures.Bytes(name)), false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var row in part.Worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value > 5))
            {
                var cells = row.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]));
                if (!cells.TryGetValue("B", out var nameCell) || nameCell.DataType?.Value != CellValues.SharedString)
                {
                    continue;
                }
                expectedCount++;
                var country = strings[int.Parse(nameCell.CellValue!.Text, CultureInfo.InvariantCulture)];
                var set = result.Figures.Should().ContainSingle(f => f.Category.Label == sheet.Name!.Value && f.Provenance!.Line == (int)row.RowIndex!.Value).Subject;
                set.JurisdictionName.Should().Be(string.Join(' ', country.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                var published = 0;
                void Check(PublishedNumber actual, string column, bool percent)
                {
                    var cell = cells[column];
                    var raw = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)] : cell.CellValue!.Text;
                    if (string.IsNullOrWhiteSpace(raw))
                    {
                        actual.IsUnknown.Should().BeTrue($"{sheet.Name}!{column}{row.RowIndex} is blank");
                        return;
                    }
                    published++;
                    var stored = double.Parse(raw, CultureInfo.InvariantCulture);
                    if (percent)
                    {
                        // The percentage back to a fraction, read by double.Parse (correctly rounded), must be the stored number itself.
                        double.Parse((actual.Percent!.Value / 100m).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Should().Be(stored);
                    }
                    else
                    {
                        actual.Should().Be(PublishedNumber.Exact((long)stored));
                    }
                }
                var f = set.Figures;
                Check(f.Requests, "D", false);
                Check(f.Accounts, "E", false);
                Check(f.PercentWithContentProduced, "G", true);
                Check(f.RequestsWithContentProduced, "H", false);
                Check(f.PercentWithOnlyNonContentProduced, "I", true);
                Check(f.RequestsWithOnlyNonContentProduced, "J", false);
                Check(f.PercentWithNoDataFound, "L", true);
                Check(f.RequestsWithNoDataFound, "M", false);
                Check(f.PercentRejected, "N", true);
                Check(f.RequestsRejected, "O", false);
                f.Fields.Count(x => !x.Value.IsUnknown).Should().Be(published, "no figure is made up");
            }
        }
        result.Figures.Should().HaveCount(expectedCount);
        result.Figures.Should().OnlyContain(f => f.Jurisdiction != null, "every name maps to a code");
    }

    [Theory]
    [InlineData(FigureFixtures.Microsoft2019H2, 58)]
    [InlineData(FigureFixtures.Microsoft2020H1, 54)]
    [InlineData(FigureFixtures.Microsoft2020H2, 51)]
    public void The_US_warrant_columns_beside_the_Criminal_table_are_reported_once_each(string name, int usRow)
    {
        var issues = ReadReal(name).Issues;

        issues.Select(i => (i.Code, i.Column)).Should().Equal(("unknown-column", "Q"), ("unknown-column", "R"));
        issues.Should().OnlyContain(i => i.Message.Contains("'Criminal'", StringComparison.Ordinal) && i.Line == usRow - 3);
    }

    [Fact]
    public void A_blank_text_cell_is_not_published_not_zero()
    {
        var salvador = ReadReal(FigureFixtures.Microsoft2020H2).Figures.Should().ContainSingle(f => f.Jurisdiction == new JurisdictionCode("SV") && f.Category.Label == "Criminal").Subject;

        salvador.Provenance!.Line.Should().Be(19);
        salvador.Figures.Requests.Count.Should().Be(1);
        salvador.Figures.Accounts.IsUnknown.Should().BeTrue("E19 holds a shared string of two spaces");
        salvador.Figures.RequestsRejected.Count.Should().Be(1);
        salvador.Figures.PercentRejected.Should().Be(PublishedNumber.Percentage(100m, "100%"));
    }

    [Fact]
    public void The_period_comes_from_the_sheets_then_the_file_name_and_a_given_period_wins()
    {
        var bytes = FigureFixtures.Bytes(FigureFixtures.Microsoft2020H1);

        Read(bytes, "lerr.xlsx").Figures.Should().OnlyContain(f => f.Period == ReportingPeriod.HalfYear(2020, 1));
        Read(bytes, "lerr.xlsx", ReportingPeriod.Year(2020)).Figures.Should().OnlyContain(f => f.Period == ReportingPeriod.Year(2020));
        var mismatch = Read(bytes, "Microsoft_LERR_2020_H2.xlsx");
        mismatch.Figures.Should().OnlyContain(f => f.Period == ReportingPeriod.HalfYear(2020, 1), "the sheet's own subtitle wins");
        mismatch.Issues.Where(i => i.Code == "period-mismatch").Should().HaveCount(3).And.OnlyContain(i => i.Line == 2);
    }

    private static byte[] Edit(string name, Action<WorkbookPart> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(FigureFixtures.Bytes(name));
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            edit(document.WorkbookPart!);
        }
        return stream.ToArray();
    }

    private static WorksheetPart Part(WorkbookPart workbook, string sheet) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!);

    [Fact]
    public void A_missing_sheet_is_a_warning_and_the_other_sheets_are_read()
    {
        var bytes = Edit(FigureFixtures.Microsoft2020H1, workbook =>
        {
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Emergencies");
            var part = workbook.GetPartById(sheet.Id!.Value!);
            sheet.Remove();
            workbook.DeletePart(part);
        });

        var result = Read(bytes, FigureFixtures.Microsoft2020H1);

        result.Issues.Should().ContainSingle(i => i.Code == "missing-sheet").Which.Message.Should().Contain("Emergencies");
        result.Figures.Select(f => f.Category.Label).Distinct().Should().Equal("Criminal", "Civil Legal Requests");
        result.Figures.Should().Contain(f => f.Jurisdiction == HongKong);
    }

    [Fact]
    public void A_header_only_sheet_gives_a_warning_and_no_figures()
    {
        var bytes = Edit(FigureFixtures.Microsoft2020H1, workbook =>
        {
            foreach (var row in Part(workbook, "Criminal").Worksheet.Descendants<Row>().Where(r => r.RowIndex!.Value > 4).ToList())
            {
                row.Remove();
            }
        });

        var result = Read(bytes, FigureFixtures.Microsoft2020H1);

        result.Issues.Should().ContainSingle(i => i.Code == "no-rows").Which.Should().Match<FigureIssue>(i => i.Line == 4 && i.Message.Contains("'Criminal'"));
        result.Figures.Should().NotContain(f => f.Category.Label == "Criminal");
        result.Figures.Should().Contain(f => f.Category.Label == "Emergencies");
    }

    [Fact]
    public void A_sheet_without_its_header_row_is_an_error_found_by_text_not_position()
    {
        var moved = Edit(FigureFixtures.Microsoft2020H1, workbook =>
        {
            var data = Part(workbook, "Emergencies").Worksheet.Descendants<SheetData>().Single();
            data.InsertAt(new Row { RowIndex = 1 }, 0);
            foreach (var row in data.Elements<Row>().Skip(1).Reverse())
            {
                row.RowIndex = row.RowIndex!.Value + 3;
                foreach (var cell in row.Elements<Cell>())
                {
                    var letters = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
                    cell.CellReference = letters + row.RowIndex.Value.ToString(CultureInfo.InvariantCulture);
                }
            }
        });
        var headerless = Edit(FigureFixtures.Microsoft2020H1, workbook =>
            Part(workbook, "Emergencies").Worksheet.Descendants<Row>().Single(r => r.RowIndex!.Value == 4).Remove());

        var shifted = Read(moved, FigureFixtures.Microsoft2020H1);
        shifted.HasErrors.Should().BeFalse();
        var original = ReadReal(FigureFixtures.Microsoft2020H1).Figures.Where(f => f.Category.Label == "Emergencies").ToList();
        shifted.Figures.Where(f => f.Category.Label == "Emergencies").Select(f => f.WithProvenance(new FigureProvenance(f.Provenance!.FileName, f.Provenance.Line - 3)))
            .Should().Equal(original, "the header row three rows lower is found by its text");
        var broken = Read(headerless, FigureFixtures.Microsoft2020H1);
        broken.Issues.Should().ContainSingle(i => i.Code == "missing-header" && i.Severity == FigureIssueSeverity.Error).Which.Message.Should().Contain("Emergencies");
        broken.Figures.Should().NotContain(f => f.Category.Label == "Emergencies");
    }

    [Fact]
    public void A_truncated_or_foreign_file_is_an_invalid_workbook_not_an_exception()
    {
        var bytes = FigureFixtures.Bytes(FigureFixtures.Microsoft2020H1);

        foreach (var broken in new[] { bytes[..(bytes.Length / 2)], bytes[..100], [], "Country,Total\nHong Kong,1\n"u8.ToArray(), bytes[1000..] })
        {
            var result = Read(broken, "broken.xlsx");
            result.Figures.Should().BeEmpty();
            result.Issues.Should().ContainSingle().Which.Should().Match<FigureIssue>(i => i.Code == "invalid-workbook" && i.Severity == FigureIssueSeverity.Error && i.Line == 1);
        }
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        var act = () => MicrosoftLawEnforcementRequestsXlsx.Read(null!, "a.xlsx", Microsoft);
        act.Should().Throw<ArgumentNullException>();
        var noName = () => MicrosoftLawEnforcementRequestsXlsx.Read(new MemoryStream(), " a.xlsx", Microsoft);
        noName.Should().Throw<ArgumentException>();
        var noCompany = () => MicrosoftLawEnforcementRequestsXlsx.Read(new MemoryStream(), "a.xlsx", default);
        noCompany.Should().Throw<ArgumentException>();
    }
}
