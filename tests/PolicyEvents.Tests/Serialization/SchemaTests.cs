using System.Text.Json;
using CsCheck;
using Json.Schema;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The shipped JSON Schema (draft 2020-12) accepts every test dataset and what the writers produce, and rejects bad files.</summary>
[Trait("Category", "Slow")]
public class SchemaTests
{
    /// <summary>Loaded once per test run: loading registers each schema by its id, and a second load would clash.</summary>
    internal static readonly Lazy<(JsonSchema Document, JsonSchema Line)> Schemas = new(() =>
    {
        var document = JsonSchema.FromFile(Fixtures.Schema("policyevents-dataset-1.0.schema.json"));
        var line = JsonSchema.FromFile(Fixtures.Schema("policyevents-record-1.0.schema.json"));
        return (document, line);
    });

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    public static TheoryData<string> ValidFiles() => [.. Fixtures.ValidFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal)).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_test_dataset_validates_against_the_schema(string name)
    {
        var path = Fixtures.Data("valid/" + name);
        if (name.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            foreach (var line in File.ReadLines(path))
            {
                var results = Evaluate(Schemas.Value.Line, line);
                results.IsValid.Should().BeTrue(Errors(results) + " in " + line);
            }
        }
        else
        {
            var results = Evaluate(Schemas.Value.Document, File.ReadAllText(path));
            results.IsValid.Should().BeTrue(Errors(results));
        }
    }

    [Fact]
    public void The_bundled_Hong_Kong_2020_dataset_validates_against_the_schema_in_both_forms()
    {
        var document = Evaluate(Schemas.Value.Document, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json")));
        document.IsValid.Should().BeTrue(Errors(document));
        foreach (var line in PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020, DatasetFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var results = Evaluate(Schemas.Value.Line, line);
            results.IsValid.Should().BeTrue(Errors(results) + " in " + line);
        }
    }

    [Fact]
    public void Generated_datasets_validate_against_the_schema_in_both_forms()
    {
        DatasetGenerators.Dataset.Sample(dataset =>
        {
            var document = Evaluate(Schemas.Value.Document, PolicyDatasetSerializer.ToJson(dataset));
            document.IsValid.Should().BeTrue(Errors(document));
            foreach (var line in PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var results = Evaluate(Schemas.Value.Line, line);
                results.IsValid.Should().BeTrue(Errors(results) + " in " + line);
            }
        }, iter: 50);
    }

    [Theory]
    [InlineData("""{ "id": "acme" }""")]
    [InlineData("""{ "id": "Acme", "name": "Acme" }""")]
    [InlineData("""{ "id": "acme", "name": "Acme", "parent": null }""")]
    [InlineData("""{ "id": "acme", "name": "Acme", "colour": "red" }""")]
    [InlineData("""{ "id": "acme", "name": " Acme" }""")]
    public void The_schema_rejects_bad_companies(string company)
    {
        var text = $$"""{ "formatVersion": "1.0", "metadata": { "id": "x", "title": "X", "version": "1", "created": "2026-01-01T00:00:00Z" }, "companies": [{{company}}] }""";

        Evaluate(Schemas.Value.Document, text).IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"type":"event","id":"e","company":"c","jurisdiction":"HK","policy":{"stance":"paused"},"recorded":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"type":"event","id":"e","company":"c","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-13","recorded":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"type":"event","id":"e","company":"c","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-07T10:00:00Z~","recorded":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"type":"company","id":"c","name":"C","recorded":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"type":"figure","id":"c"}""")]
    [InlineData("""{"type":"figure","company":"c","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","category":"All","requests":{"kind":"percentage","text":"24%","percent":24}}""")]
    [InlineData("""{"type":"figure","company":"c","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","category":"All","requests":{"kind":"exact","text":"262"}}""")]
    [InlineData("""{"type":"figure","company":"c","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","category":"All","percentWithDataProduced":{"kind":"exact","text":"2","count":2}}""")]
    [InlineData("""{"type":"figure","company":"c","jurisdictionName":"Hong Kong","start":"2020-1-01","end":"2020-06-30","category":"All"}""")]
    [InlineData("""{"type":"figure","company":"c","start":"2020-01-01","end":"2020-06-30","category":"All"}""")]
    [InlineData("""{"type":"dataset","formatVersion":"2.0","metadata":{"id":"x","title":"X","version":"1","created":"2026-01-01T00:00:00Z"}}""")]
    public void The_line_schema_rejects_bad_lines(string line)
    {
        Evaluate(Schemas.Value.Line, line).IsValid.Should().BeFalse();
    }

    [Fact]
    public void The_line_schema_accepts_a_figure_as_documented()
    {
        const string line = """{"type":"figure","company":"facebook","jurisdiction":"HK","jurisdictionName":"Hong Kong","start":"2020-01-01","end":"2020-06-30","category":"Total Requests","requestKinds":["userData","emergencyDisclosure"],"legalProcess":"all","requests":{"kind":"exact","text":"262","count":262},"accounts":{"kind":"range","text":"0-249","minimum":0,"maximum":249},"percentWithDataProduced":{"kind":"percentage","text":"24%","percent":24},"provenance":{"file":"PRPL-Facebook-Government-Report-2020_H1.csv","line":98}}""";

        var results = Evaluate(Schemas.Value.Line, line);

        results.IsValid.Should().BeTrue(Errors(results));
        PolicyDatasetSerializer.FromJson("""{"type":"dataset","formatVersion":"1.0","metadata":{"id":"x","title":"X","version":"1","created":"2026-01-01T00:00:00Z"}}""" + "\n" + line + "\n", DatasetReadOptions.WithoutValidation)
            .Figures.Should().ContainSingle().Which.Figures.Accounts.Maximum.Should().Be(249);
    }
}
