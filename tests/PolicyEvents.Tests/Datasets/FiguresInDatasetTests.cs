using System.Text;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Datasets;

/// <summary>Published figures as part of a dataset: the JSON form, canonical order by key, builder, merge, and validation
/// (PE0101, PE0107, PE0108, PE0114 to PE0117, PE0201) with file, line, column and JSON path.</summary>
public class FiguresInDatasetTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 28, 15, 0);
    private static readonly DatasetMetadata Metadata = new(new DatasetId("figures"), "Figures", "1.0.0", Created);
    private static readonly Company Facebook = new(new CompanyId("facebook"), "Facebook");
    private static readonly Company Google = new(new CompanyId("google"), "Google");
    private static readonly RequestCategory Total = new("Total Requests", RequestKinds.UserData | RequestKinds.EmergencyDisclosure, LegalProcessKind.All);

    private static ReportedFigures Set(string company = "facebook", string? code = "HK", ReportingPeriod? period = null, RequestFigures? figures = null, string label = "Total Requests") =>
        new(new CompanyId(company), code is null ? null : new JurisdictionCode(code), code is null ? "Netherlands Antilles" : "Hong Kong",
            period ?? ReportingPeriod.HalfYear(2020, 1), label == Total.Label ? Total : new RequestCategory(label),
            figures ?? new RequestFigures(PublishedNumber.Exact(262), PublishedNumber.Exact(285), PublishedNumber.Exact(62), PublishedNumber.Percentage(24m)),
            new FigureProvenance("PRPL-Facebook-Government-Report-2020_H1.csv", 98));

    private const string Head = """
        {
          "formatVersion": "1.0",
          "metadata": { "id": "bad", "title": "Bad", "version": "1", "created": "2026-01-01T00:00:00Z" },
          "companies": [ { "id": "facebook", "name": "Facebook" } ],
        """;

    private static string Document(params string[] lines) => Head + "\n" + string.Join("\n", lines) + "\n}\n";

    private const string Figure = """{ "company": "facebook", "jurisdiction": "HK", "jurisdictionName": "Hong Kong", "start": "2020-01-01", "end": "2020-06-30", "category": "Total Requests" """;

    private static DatasetReadResult Load(string text) =>
        PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DatasetReadOptions { FileName = "figures.json", Validate = false });

    private static void Expect(IEnumerable<Diagnostic> diagnostics, string code, DiagnosticSeverity severity, int line, int column, string path)
    {
        var diagnostic = diagnostics.Should().ContainSingle(d => d.Code == code).Subject;
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Location.Should().Be(new DiagnosticLocation("figures.json", line, column, path), because: diagnostic.ToString());
    }

    [Fact]
    public void A_figure_set_is_written_as_published_in_both_forms()
    {
        var google = new ReportedFigures(Google.Id, new JurisdictionCode("HK"), "Hong Kong", ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)),
            new RequestCategory("Other Legal Requests", RequestKinds.UserData, LegalProcessKind.LegalProcess),
            new RequestFigures(PublishedNumber.Exact(135), PublishedNumber.Range(0, 249, "0-249"), default, PublishedNumber.ParsePercentage("81")));
        var dataset = new PolicyDataset(Metadata, [Facebook, Google], figures: [google, Set()]);

        var lines = PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines).Split('\n');

        lines[3].Should().Be("""{"type":"figure","company":"facebook","jurisdiction":"HK","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","category":"Total Requests","requestKinds":["userData","emergencyDisclosure"],"legalProcess":"all","requests":{"kind":"exact","text":"262","count":262},"accounts":{"kind":"exact","text":"285","count":285},"requestsWithDataProduced":{"kind":"exact","text":"62","count":62},"percentWithDataProduced":{"kind":"percentage","text":"24%","percent":24},"provenance":{"file":"PRPL-Facebook-Government-Report-2020_H1.csv","line":98}}""");
        lines[4].Should().Be("""{"type":"figure","company":"google","jurisdiction":"HK","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","startDerived":true,"category":"Other Legal Requests","requestKinds":["userData"],"legalProcess":"legalProcess","requests":{"kind":"exact","text":"135","count":135},"accounts":{"kind":"range","text":"0-249","minimum":0,"maximum":249},"percentWithDataProduced":{"kind":"percentage","text":"81","percent":81}}""");
        var loaded = PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(dataset));
        loaded.Should().Be(dataset);
        loaded.Figures[1].Figures.PercentWithDataProduced.Text.Should().Be("81", "the published text is kept");
        loaded.Figures[1].Period.IsStartDerived.Should().BeTrue();
        loaded.Validate().Should().BeEmpty();
    }

    [Fact]
    public void The_json_lines_example_of_docs_format_md_is_what_the_importer_and_writer_give()
    {
        using var csv = Import.FigureFixtures.Open(Import.FigureFixtures.Google);
        var google = PolicyEvents.Import.GoogleUserDataRequestsCsv.Read(csv, Import.FigureFixtures.Google, Google.Id).Figures
            .Single(f => f.Jurisdiction == new JurisdictionCode("HK") && f.Period.End == new LocalDate(2020, 6, 30) && f.Category.Label == "Other Legal Requests");
        var line = PolicyDatasetSerializer.ToJson(new PolicyDataset(Metadata, figures: [google]), DatasetFormat.JsonLines).Split('\n')[1];

        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "format.md")).Should().Contain(line + "\n");
    }

    [Fact]
    public void Json_lines_records_stream_figure_sets()
    {
        var dataset = new PolicyDataset(Metadata, [Facebook], figures: [Set(), Set(code: null)]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines)));

        var records = PolicyDatasetSerializer.ReadRecords(stream).ToList();

        records.Select(r => r.Kind).Should().Equal(DatasetRecordKind.Metadata, DatasetRecordKind.Company, DatasetRecordKind.Figure, DatasetRecordKind.Figure);
        records[3].Figure.Should().Be(Set(code: null));
        records[3].Event.Should().BeNull();
        records[3].Line.Should().Be(4);
        FluentActions.Invoking(() => new DatasetRecord(DatasetRecordKind.Figure, Facebook, 1)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Figure_sets_are_sorted_by_company_jurisdiction_period_and_label()
    {
        var sets = new[]
        {
            Set("google", label: "B"), Set(code: null), Set(period: ReportingPeriod.HalfYear(2020, 2)), Set(code: "AR"),
            Set(label: "Emergency Request Total"), Set(), Set("google", label: "A"), Set(period: new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))),
        };

        var dataset = new PolicyDataset(Metadata, figures: sets);

        dataset.Figures.Select(f => $"{f.Company} {f.Jurisdiction?.Value ?? f.JurisdictionName} {f.Period.Start:yyyy-MM-dd}/{f.Period.End:yyyy-MM-dd} {f.Category.Label}").Should().Equal(
            "facebook AR 2020-01-01/2020-06-30 Total Requests",
            "facebook HK 2020-01-01/2020-06-30 Emergency Request Total",
            "facebook HK 2020-01-01/2020-06-30 Total Requests",
            "facebook HK 2020-01-01/2020-12-31 Total Requests",
            "facebook HK 2020-07-01/2020-12-31 Total Requests",
            "facebook Netherlands Antilles 2020-01-01/2020-06-30 Total Requests",
            "google HK 2020-01-01/2020-06-30 A",
            "google HK 2020-01-01/2020-06-30 B");
        FluentActions.Invoking(() => new PolicyDataset(Metadata, figures: [Set(), Set(figures: new RequestFigures())]))
            .Should().Throw<ArgumentException>().WithParameterName("figures").WithMessage("*facebook HK 2020-01-01/2020-06-30 \"Total Requests\"*");
        FluentActions.Invoking(() => new PolicyDataset(Metadata, figures: [Set(), Set(period: ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)))]))
            .Should().Throw<ArgumentException>("a derived start with the same days is the same period");
    }

    [Fact]
    public void The_builder_adds_figures_and_reports_a_repeated_key()
    {
        var dataset = new PolicyDatasetBuilder(Metadata).AddCompanies(Facebook).AddFigures(Set(period: ReportingPeriod.HalfYear(2020, 2)), Set()).Build();
        dataset.Figures.Should().HaveCount(2);
        new PolicyDatasetBuilder(dataset).Build().Should().Be(dataset);

        var act = () => new PolicyDatasetBuilder(Metadata).AddCompanies(Facebook).AddFigures(Set(), Set()).Build();

        var error = act.Should().Throw<DatasetValidationException>().Which.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.DuplicateId);
        error.Location.Path.Should().Be("$.figures[1]");
    }

    [Fact]
    public void Merging_keeps_equal_sets_once_and_reports_different_content_under_one_key()
    {
        var left = new PolicyDataset(Metadata, [Facebook], figures: [Set()]);
        var right = new PolicyDataset(new DatasetMetadata(new DatasetId("other"), "Other", "1.0.0", Created), [Facebook], figures: [Set(), Set(period: ReportingPeriod.HalfYear(2020, 2))]);

        left.Merge(right).Figures.Should().HaveCount(2);

        var changed = new PolicyDataset(new DatasetMetadata(new DatasetId("other"), "Other", "1.0.0", Created), [Facebook],
            figures: [Set(figures: new RequestFigures(PublishedNumber.Exact(263)))]);
        var conflict = left.Invoking(l => l.Merge(changed)).Should().Throw<DatasetValidationException>().Which.Diagnostics.Should().ContainSingle().Subject;
        conflict.Code.Should().Be(DiagnosticCodes.MergeConflict);
        conflict.Message.Should().Contain("facebook HK 2020-01-01/2020-06-30 \"Total Requests\"");
        conflict.Location.Path.Should().Be("$.figures[0]");
    }

    [Fact]
    public void Validation_reports_implausible_figures_and_dangling_references_where_they_are()
    {
        var text = Document(
            """  "figures": [""",
            $$"""    {{Figure}}, "requests": { "kind": "exact", "text": "-1", "count": -1 } },""",
            """    { "company": "facebook", "jurisdiction": "HK", "jurisdictionName": "Hong Kong", "start": "2020-01-01", "end": "2020-12-31", "category": "Total Requests",""",
            """      "percentWithDataProduced": { "kind": "percentage", "text": "120%", "percent": 120 } },""",
            """    { "company": "google", "jurisdiction": "QQ", "jurisdictionName": "Nowhere", "start": "2020-01-01", "end": "2020-06-30", "category": "All",""",
            """      "requests": { "kind": "range", "text": "0-9", "minimum": 0, "maximum": 9 }, "requestsWithDataProduced": { "kind": "exact", "text": "10", "count": 10 } }""",
            "  ]");

        var diagnostics = Load(text).Validate();

        Expect(diagnostics, DiagnosticCodes.NegativeFigure, DiagnosticSeverity.Warning, 6, 5, "$.figures[0].requests");
        Expect(diagnostics, DiagnosticCodes.PercentageOutOfRange, DiagnosticSeverity.Warning, 7, 5, "$.figures[1].percentWithDataProduced");
        Expect(diagnostics, DiagnosticCodes.OverlappingFigurePeriods, DiagnosticSeverity.Warning, 7, 5, "$.figures[1].start");
        Expect(diagnostics, DiagnosticCodes.UnknownCompany, DiagnosticSeverity.Error, 9, 5, "$.figures[2].company");
        Expect(diagnostics, DiagnosticCodes.UnknownJurisdiction, DiagnosticSeverity.Error, 9, 5, "$.figures[2].jurisdiction");
        Expect(diagnostics, DiagnosticCodes.ProducedExceedsReceived, DiagnosticSeverity.Warning, 9, 5, "$.figures[2].requestsWithDataProduced");
        diagnostics.Should().HaveCount(6);
        diagnostics.Single(d => d.Code == DiagnosticCodes.OverlappingFigurePeriods).Message.Should().Contain("figures.json(6,5) $.figures[0]");
    }

    [Fact]
    public void In_json_lines_the_location_is_the_line()
    {
        var dataset = new PolicyDataset(Metadata, [Facebook], figures: [Set(figures: new RequestFigures(PublishedNumber.Exact(-3)))]);
        var text = PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines);

        var diagnostic = Load(text).Validate().Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.NegativeFigure);
        diagnostic.Location.Should().Be(new DiagnosticLocation("figures.json", 3, 1, "$.requests"));
    }

    [Theory]
    [InlineData(""", "requests": { "kind": "exact", "text": "262" } }""", "PE0003", 9, 19, "$.figures[0].requests")]
    [InlineData(""", "requests": { "kind": "exact", "text": "262", "count": 262, "percent": 2 } }""", "PE0006", 9, 19, "$.figures[0].requests")]
    [InlineData(""", "requests": { "kind": "percentage", "text": "24%", "percent": 24 } }""", "PE0006", 6, 5, "$.figures[0]")]
    [InlineData(""", "requests": { "kind": "exact", "text": " 262", "count": 262 } }""", "PE0006", 10, 15, "$.figures[0].requests.text")]
    [InlineData(""", "requests": { "kind": "exact", "text": "2.5", "count": 2.5 } }""", "PE0006", 11, 16, "$.figures[0].requests.count")]
    [InlineData(""", "requests": { "kind": "guess", "text": "262", "count": 262 } }""", "PE0006", 9, 29, "$.figures[0].requests.kind")]
    [InlineData(""", "requests": 262 }""", "PE0002", 9, 19, "$.figures[0].requests")]
    [InlineData(""", "startDerived": "yes" }""", "PE0002", 9, 23, "$.figures[0].startDerived")]
    [InlineData(""", "legalProcess": "warrant" }""", "PE0006", 9, 23, "$.figures[0].legalProcess")]
    [InlineData(""", "provenance": { "file": "x.csv", "line": 0 } }""", "PE0006", 10, 15, "$.figures[0].provenance.line")]
    public void Bad_figures_are_reported_with_line_column_and_path(string rest, string code, int line, int column, string path)
    {
        // Line 5 opens the array; the set starts on line 6 ("start" on 7, "category" on 8); each member of rest is on a line of its own from line 9.
        var figure = Figure.Replace(", \"category\"", ",\n      \"category\"", StringComparison.Ordinal).Replace("\"start\"", "\n      \"start\"", StringComparison.Ordinal);
        var text = Document("""  "figures": [""", "    " + figure.TrimEnd() + rest.Replace(", \"", ",\n      \"", StringComparison.Ordinal), "  ]");

        var exception = FluentActions.Invoking(() => Load(text)).Should().Throw<DatasetFormatException>().Which;

        exception.Diagnostics.Should().Contain(d => d.Code == code, because: string.Join("; ", exception.Diagnostics));
        var diagnostic = exception.Diagnostics.First(d => d.Code == code);
        (diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Location.Path).Should().Be((line, column, path), because: diagnostic.ToString());
    }

    [Fact]
    public void A_repeated_key_in_a_file_is_PE0108_at_the_second_set()
    {
        var text = Document("""  "figures": [""", $"    {Figure}}},", $"    {Figure}}}", "  ]");

        var exception = FluentActions.Invoking(() => Load(text)).Should().Throw<DatasetFormatException>().Which;

        exception.Diagnostics.Should().ContainSingle().Which.Location.Should().Be(new DiagnosticLocation("figures.json", 7, 5, "$.figures[1]"));
    }
}
