using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string Csv = "apple-us-national-security-requests.csv";
    private const string Map = "apple-us-national-security.map.json";
    private const string Diplomatic = "google-global-user-data-dlr-requests.csv";
    private const string Meta = "PRPL-Facebook-Government-Report-2020_H2.csv";
    private readonly TempDirectory _dir = new();

    public ImportCommandTests()
    {
        foreach (var name in new[] { Csv, Map, Diplomatic, Meta })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", name), _dir.File(name));
        }
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(null, _dir.Path, args);

    [Fact]
    public void A_real_export_is_imported_through_its_map()
    {
        var result = Run("import", "--map", Map, Csv, "-o", "out.jsonl");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(
            "apple-us-national-security-requests.csv:1 [TR Period]: warning unknown-column: The column 'TR Period' is not one this importer reads; its cells were ignored.\n"
            + "apple-us-national-security-requests.csv: 34 figure sets written to out.jsonl (1 warning).\n");
        result.Error.Should().BeEmpty();
        var dataset = PolicyDatasetSerializer.LoadFile(_dir.File("out.jsonl"));
        dataset.Figures.Should().HaveCount(34);
        dataset.Companies.Should().ContainSingle().Which.Name.Should().Be("Apple");
        var nsl = dataset.Figures.Single(f => f.Category.Label == "NSLs" && f.Period.End == new NodaTime.LocalDate(2021, 12, 31));
        nsl.Figures.Accounts.Should().Be(PublishedNumber.Range(500, 999, "500 - 999"));
        nsl.Provenance.Should().Be(new FigureProvenance(Csv, 35));
        File.ReadAllLines(_dir.File("out.jsonl"))[2].Should().Be(
            """{"type":"figure","company":"apple","jurisdiction":"US","jurisdictionName":"United States of America","start":"2013-01-01","end":"2013-06-30","category":"National Security","requestKinds":["userData"],"legalProcess":"nationalSecurity","requests":{"kind":"range","text":"0 - 249","minimum":0,"maximum":249},"accounts":{"kind":"range","text":"0 - 249","minimum":0,"maximum":249},"provenance":{"file":"apple-us-national-security-requests.csv","line":2}}""");
    }

    [Fact]
    public void A_map_naming_a_missing_column_writes_nothing_and_names_the_column()
    {
        File.WriteAllText(_dir.File(Map), File.ReadAllText(_dir.File(Map)).Replace("\"Users/Accounts\"", "\"Accounts Specified\""));

        var result = Run("import", "--map", Map, Csv, "-o", "out.jsonl");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            "apple-us-national-security-requests.csv:1 [Accounts Specified]: error missing-column: The header has no column 'Accounts Specified'; expected the columns the map names: "
            + "TR End Date, TR Start Date, Country/Region, National Security Request Type, Requests Received, Accounts Specified. Nothing was imported.\n"
            + "policyevents: error: apple-us-national-security-requests.csv: 1 error, 0 warnings; nothing was written\n");
        File.Exists(_dir.File("out.jsonl")).Should().BeFalse();
    }

    [Fact]
    public void A_malformed_map_is_a_data_error_naming_the_json_path()
    {
        File.WriteAllText(_dir.File("bad.json"), """{"version":"1.0","company":"apple","period":{"end":"TR End Date"},"jurisdiction":{"name":"Country/Region"},"category":{"label":"All"},"figures":{"requestz":"Requests Received"}}""");

        var result = Run("import", "--map", "bad.json", Csv, "-o", "out.jsonl");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("bad.json: $.figures.requestz: unknown member; expected requests, accounts,");
        File.Exists(_dir.File("out.jsonl")).Should().BeFalse();
    }

    [Fact]
    public void An_output_without_a_known_extension_is_a_usage_error()
    {
        var result = Run("import", "--map", Map, Csv, "-o", "out.txt");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("cannot tell the output format of 'out.txt'");
    }

    [Fact]
    public void Without_a_map_a_built_in_layout_is_read_by_its_importer_told_by_the_header()
    {
        var google = Run("import", Diplomatic, "-o", "google.jsonl");
        var meta = Run("import", Meta, "-o", "meta.json");

        google.ExitCode.Should().Be(0);
        meta.ExitCode.Should().Be(0);
        FigureImportResult Expected(string file, Func<Stream, string, CompanyId, FigureImportResult> read, string company)
        {
            using var stream = File.OpenRead(_dir.File(file));
            return read(stream, file, new CompanyId(company));
        }
        var expectedGoogle = Expected(Diplomatic, (s, f, c) => GoogleDiplomaticRequestsCsv.Read(s, f, c), "google");
        var expectedMeta = Expected(Meta, (s, f, c) => MetaGovernmentRequestsCsv.Read(s, f, c), "facebook");
        google.Output.Should().EndWith($"{Diplomatic}: {expectedGoogle.Figures.Length} figure sets written to google.jsonl ({expectedGoogle.Issues.Length} warnings).\n");
        var googleDataset = PolicyDatasetSerializer.LoadFile(_dir.File("google.jsonl"));
        googleDataset.Figures.Should().HaveCount(expectedGoogle.Figures.Length);
        googleDataset.Figures.ToHashSet().SetEquals(expectedGoogle.Figures).Should().BeTrue("the figures are the importer's, in the dataset's order");
        googleDataset.Companies.Should().ContainSingle().Which.Name.Should().Be("Google");
        googleDataset.Metadata.Description.Should().Be($"Read from {Diplomatic} by the built-in Google diplomatic requests importer.");
        var metaDataset = PolicyDatasetSerializer.LoadFile(_dir.File("meta.json"));
        metaDataset.Figures.Should().HaveCount(expectedMeta.Figures.Length).And.NotBeEmpty();
        metaDataset.Figures.ToHashSet().SetEquals(expectedMeta.Figures).Should().BeTrue("the figures are the importer's, in the dataset's order");
        metaDataset.Companies.Should().ContainSingle().Which.Id.Should().Be(new CompanyId("facebook"));
    }

    [Fact]
    public void Without_a_map_the_company_can_be_named_and_an_unknown_layout_asks_for_a_map()
    {
        File.WriteAllText(_dir.File("other.csv"), "Year,Requests\n2020,3\n");

        var named = Run("import", Diplomatic, "--company", "alphabet", "-o", "alphabet.jsonl");
        var unknown = Run("import", "other.csv", "-o", "out.jsonl");
        var both = Run("import", "--map", Map, Csv, "--company", "apple", "-o", "out.jsonl");

        named.ExitCode.Should().Be(0);
        PolicyDatasetSerializer.LoadFile(_dir.File("alphabet.jsonl")).Figures.Should().OnlyContain(f => f.Company == new CompanyId("alphabet"));
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Be("policyevents: error: 'other.csv' is not in a layout the built-in importers read (Google, Meta, Apple, Microsoft): give --map MAP.json (docs/figures.md, \"Import without code\")\n");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Be("policyevents: error: --company applies to the built-in layouts; with --map, the map names the company\n");
        File.Exists(_dir.File("out.jsonl")).Should().BeFalse();
    }
}
