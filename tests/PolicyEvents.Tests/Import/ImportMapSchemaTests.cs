using System.Text.Json;
using Json.Schema;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

/// <summary>The shipped mapping-file schema agrees with <see cref="ImportMap.Read"/>: it accepts the maps the reader
/// accepts and writes, and refuses the malformed ones the reader refuses.</summary>
public class ImportMapSchemaTests
{
    /// <summary>Loaded once per test run: loading registers the schema by its id, and a second load would clash.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schema", "policyevents-import-map-1.0.schema.json")));

    private static bool Valid(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(parsed.RootElement).IsValid;
    }

    [Fact]
    public void The_example_map_and_what_the_writer_writes_are_valid()
    {
        var example = FigureFixtures.Text("apple-us-national-security.map.json");
        var written = new ImportMap(new CompanyId("example"), "Period Ending", [new("percentWithDataProduced", "% produced"), new("requests", "Requests")],
            jurisdictionCodeColumn: "Code", categoryColumn: "Type", categoryLabel: "All requests", legalProcess: LegalProcessKind.Other, periodMonths: 12).ToJson();

        Valid(example).Should().BeTrue();
        Valid(ImportMap.Parse(example, "example.json").ToJson()).Should().BeTrue();
        Valid(written).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(MappedTransparencyReportCsvTests.MalformedMaps), MemberType = typeof(MappedTransparencyReportCsvTests))]
    public void The_schema_refuses_what_the_reader_refuses(string json, string path)
    {
        Valid(json).Should().BeFalse($"the reader refuses it at {path}");
    }
}
