using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

/// <summary>The mapping-file importer on Apple's U.S. national security export, which no built-in importer reads.</summary>
public partial class MappedTransparencyReportCsvTests
{
    /// <summary>A field of this file: quoted without inner quotes, or plain.</summary>
    [GeneratedRegex("(?:^|,)(?:\"(?<q>[^\"]*)\"|(?<p>[^,]*))")]
    private static partial Regex Field();

    private const string File = "apple-us-national-security-requests.csv";
    private const string MapFile = "apple-us-national-security.map.json";

    private static ImportMap Map()
    {
        using var stream = FigureFixtures.Open(MapFile);
        return ImportMap.Read(stream, MapFile);
    }

    private static FigureImportResult Import(ImportMap map, string csv = File)
    {
        using var stream = FigureFixtures.Open(csv);
        return MappedTransparencyReportCsv.Read(stream, csv, map);
    }

    private static PublishedNumber Range(string text)
    {
        var parts = text.Split(" - ");
        return PublishedNumber.Range(
            long.Parse(parts[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), long.Parse(parts[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture), text);
    }

    private static LocalDate UsDate(string text)
    {
        var parts = text.Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new LocalDate(2000 + parts[2], parts[0], parts[1]);
    }

    [Fact]
    public void No_built_in_importer_reads_the_export()
    {
        using var stream = FigureFixtures.Open(File);
        var apple = AppleTransparencyReportCsv.Read(stream, File, new CompanyId("apple"));

        apple.Figures.Should().BeEmpty();
        apple.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Every_row_gives_the_figures_an_independent_parse_reads()
    {
        var result = Import(Map());

        var lines = FigureFixtures.Lines(FigureFixtures.Text(File));
        result.Figures.Should().HaveCount(lines.Length - 1).And.HaveCount(34);
        for (var i = 1; i < lines.Length; i++)
        {
            string[] cells = [.. Field().Matches(lines[i]).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["p"].Value)];
            cells.Should().HaveCount(7);
            var set = result.Figures[i - 1];
            set.Company.Should().Be(new CompanyId("apple"));
            set.Period.Should().Be(new ReportingPeriod(UsDate(cells[1]), UsDate(cells[2])));
            set.JurisdictionName.Should().Be(cells[3]);
            set.Jurisdiction.Should().Be(new JurisdictionCode("US"));
            set.Category.Should().Be(new RequestCategory(cells[4], RequestKinds.UserData, LegalProcessKind.NationalSecurity));
            set.Figures.Should().Be(new RequestFigures(requests: Range(cells[5]), accounts: Range(cells[6])));
            set.Provenance.Should().Be(new FigureProvenance(File, i + 1));
        }
    }

    [Fact]
    public void The_2021_H2_NSL_row_is_read_as_published()
    {
        var set = Import(Map()).Figures.Single(f => f.Period.End == new LocalDate(2021, 12, 31) && f.Category.Label == "NSLs");

        set.Period.Should().Be(new ReportingPeriod(new LocalDate(2021, 7, 1), new LocalDate(2021, 12, 31)));
        set.Figures.Requests.Should().Be(PublishedNumber.Range(0, 499, "0 - 499"));
        set.Figures.Accounts.Should().Be(PublishedNumber.Range(500, 999, "500 - 999"));
        set.Provenance.Should().Be(new FigureProvenance(File, 35));
    }

    [Fact]
    public void The_unmapped_period_label_is_reported_once_and_nothing_else()
    {
        var result = Import(Map());

        result.HasErrors.Should().BeFalse();
        result.Issues.Where(i => i.Code == "unknown-column").Should().ContainSingle().Which.Column.Should().Be("TR Period");
    }

    [Fact]
    public void A_map_round_trips_through_its_json()
    {
        var map = Map();

        var again = ImportMap.Parse(map.ToJson(), "again.json");

        again.Should().Be(map);
        again.ToJson().Should().Be(map.ToJson());
        again.Figures.Should().Equal(new KeyValuePair<string, string>("requests", "Requests Received"), new KeyValuePair<string, string>("accounts", "Users/Accounts"));
    }

    [Fact]
    public void A_map_with_a_label_and_a_derived_start_round_trips()
    {
        var map = new ImportMap(new CompanyId("example"), "Period Ending", [new("percentWithDataProduced", "% produced")],
            jurisdictionCodeColumn: "Code", categoryLabel: "All requests", kinds: RequestKinds.UserData | RequestKinds.EmergencyDisclosure, periodMonths: 12);

        ImportMap.Parse(map.ToJson(), "m.json").Should().Be(map);
    }

    [Fact]
    public void A_column_the_file_lacks_is_an_issue_naming_the_column_and_the_file()
    {
        var map = ImportMap.Parse(FigureFixtures.Text(MapFile).Replace("\"Users/Accounts\"", "\"Accounts Specified\""), MapFile);

        var result = Import(map);

        result.Figures.Should().BeEmpty();
        var issue = result.Issues.Should().ContainSingle(i => i.Severity == FigureIssueSeverity.Error).Which;
        issue.Code.Should().Be("missing-column");
        issue.Column.Should().Be("Accounts Specified");
        issue.FileName.Should().Be(File);
        issue.Line.Should().Be(1);
        issue.Message.Should().Contain("'Accounts Specified'");
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_an_issue_with_file_line_and_column()
    {
        var text = "Start,End,Country,Requests\n1/1/20,6/30/20,Germany,12\n7/1/20,12/31/20,Germany,many\n";
        var map = new ImportMap(new CompanyId("example"), "End", [new("requests", "Requests")], "Start", "M/d/yy", jurisdictionNameColumn: "Country", categoryLabel: "All");

        using var stream = FigureFixtures.Encode(text, bom: false);
        var result = MappedTransparencyReportCsv.Read(stream, "x.csv", map);

        result.Figures.Should().ContainSingle().Which.Figures.Requests.Should().Be(PublishedNumber.Exact(12, "12"));
        var issue = result.Issues.Should().ContainSingle(i => i.Severity == FigureIssueSeverity.Error).Which;
        (issue.Code, issue.FileName, issue.Line, issue.Column).Should().Be(("invalid-number", "x.csv", 3, "Requests"));
    }

    /// <summary>Maps the reader refuses, each with the JSON path it names (the schema refuses them too: ImportMapSchemaTests).</summary>
    public static TheoryData<string, string> MalformedMaps() => new()
    {
        { """{"version":"1.0","company":"apple","period":{"end":"E"},"jurisdiction":{"name":"C"},"category":{"label":"L"},"figures":{"requestz":"R"}}""", "$.figures.requestz" },
        { """{"version":"1.0","company":"apple","period":{"end":"E"},"jurisdiction":{"name":"C"},"category":{"label":"L","kinds":["userData","x"]},"figures":{"requests":"R"}}""", "$.category.kinds[1]" },
        { """{"version":"1.0","company":"Apple Inc","period":{"end":"E"},"jurisdiction":{"name":"C"},"category":{"label":"L"},"figures":{"requests":"R"}}""", "$.company" },
        { """{"version":"1.0","company":"apple","period":{"end":""},"jurisdiction":{"name":"C"},"category":{"label":"L"},"figures":{"requests":"R"}}""", "$.period.end" },
        { """{"version":"1.0","company":"apple","period":{"end":"E"},"jurisdiction":{},"category":{"label":"L"},"figures":{"requests":"R"}}""", "$.jurisdiction" },
        { """{"version":"1.0","company":"apple","period":{"end":"E"},"jurisdiction":{"name":"C"},"category":{"kinds":[]},"figures":{"requests":"R"}}""", "$.category" },
        { """{"version":"1.0","company":"apple","period":{"end":"E"},"jurisdiction":{"name":"C"},"category":{"label":"L"}}""", "$.figures" },
        { """{"version":"1.0","company":"apple","period":{"end":"E","dateFormat":"M/d/yy","months":0},"jurisdiction":{"name":"C"},"category":{"label":"L"},"figures":{"requests":"R"}}""", "$.period.months" },
    };

    [Theory]
    [MemberData(nameof(MalformedMaps))]
    public void A_malformed_map_throws_naming_the_json_path(string json, string path)
    {
        var read = () => ImportMap.Parse(json, "bad.map.json");

        read.Should().Throw<ImportMapException>().Which.Should().Match<ImportMapException>(e => e.JsonPath == path && e.Message.StartsWith($"bad.map.json: {path}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_that_does_not_parse_throws_with_line_and_column()
    {
        var read = () => ImportMap.Parse("{\n  \"version\": \"1.0\",\n  \"company\": apple\n}", "bad.map.json");

        read.Should().Throw<ImportMapException>().WithMessage("bad.map.json: $: malformed JSON at line 3, column 14: *");
    }
}
