using System.Text;
using System.Text.Json;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The format 1.1 statement members <c>paraphrase</c> and <c>variants</c>: written canonically, read back equal
/// in both file forms, accepted by the schema, stated as format 1.1 only when used, and reported when malformed.</summary>
public class StatementVariantFormatTests
{
    private static readonly SourceId Wire = new("wire");
    private static readonly SourceId Paper = new("paper");

    private static readonly DatasetMetadata Metadata = new(new DatasetId("wordings"), "Wordings", "1", Instant.FromUtc(2026, 1, 1, 0, 0));

    /// <summary>A dataset whose one statement uses every new member: a paraphrase mark, and variants with a text, a speaker
    /// (with person and role), both, and a paraphrase mark of their own.</summary>
    private static PolicyDataset WithEveryMember() => new(Metadata,
        [new Company(new CompanyId("acme"), "Acme"), new Company(new CompanyId("acme-chat"), "Acme Chat")],
        sources: [new Source(Paper, "Paper", "Acme pauses"), new Source(Wire, "Wire", "Acme and Acme Chat pause")],
        statements:
        [
            new Statement(new StatementId("acme-pause"), "Acme paused requests.", new Speaker(new CompanyId("acme")), null, LanguageTag.English, [Paper],
                [
                    new StatementVariant("Acme has paused requests.", null, [Wire]),
                    new StatementVariant(null, new Speaker(new CompanyId("acme-chat"), "Dee", "spokesperson"), [Wire, Paper]),
                    new StatementVariant("It paused requests", new Speaker(new CompanyId("acme-chat")), [Paper], isParaphrase: true),
                ],
                isParaphrase: true),
        ]);

    private const string StatementLine =
        """{"type":"statement","id":"acme-pause","text":"Acme paused requests.","speaker":{"company":"acme"},"language":"en","sources":["paper"],"paraphrase":true,"variants":[{"text":"Acme has paused requests.","sources":["wire"]},{"speaker":{"company":"acme-chat","person":"Dee","role":"spokesperson"},"sources":["wire","paper"]},{"text":"It paused requests","speaker":{"company":"acme-chat"},"sources":["paper"],"paraphrase":true}]}""";

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void Every_new_member_round_trips_and_writes_back_byte_for_byte(DatasetFormat format)
    {
        var dataset = WithEveryMember();

        var json = PolicyDatasetSerializer.ToJson(dataset, format);
        var read = PolicyDatasetSerializer.FromJson(json);

        read.Should().Be(dataset);
        read.Statements.Single().Variants.Should().HaveCount(3);
        read.Statements.Single().IsParaphrase.Should().BeTrue();
        PolicyDatasetSerializer.ToJson(read, format).Should().Be(json);
        json.Should().Contain(format == DatasetFormat.Document ? "\"formatVersion\": \"1.1\"" : "\"formatVersion\":\"1.1\"",
            "a dataset that uses the members needs format 1.1");
    }

    [Fact]
    public void The_canonical_json_lines_record_has_the_members_in_the_documented_order()
    {
        var lines = PolicyDatasetSerializer.ToJson(WithEveryMember(), DatasetFormat.JsonLines).Split('\n');

        lines.Should().Contain(StatementLine);
        lines[0].Should().Contain("\"formatVersion\":\"1.1\"");
    }

    [Fact]
    public void Without_variants_or_paraphrase_a_dataset_stays_format_1_0_and_unchanged()
    {
        var plain = WithEveryMember();
        plain = new PolicyDataset(plain.Metadata, plain.Companies, sources: plain.Sources,
            statements: [plain.Statements[0].WithVariants([]).WithParaphrase(false)]);

        PolicyDatasetSerializer.ToJson(plain, DatasetFormat.JsonLines).Should().StartWith("{\"type\":\"dataset\",\"formatVersion\":\"1.0\"")
            .And.NotContain("paraphrase").And.NotContain("variants");
        var release1 = Path.Combine(AppContext.BaseDirectory, "Fixtures", "releases", "hong-kong-2020-1.0.0.json");
        var hongKong = PolicyDatasetSerializer.ToJson(PolicyDatasetSerializer.LoadFile(release1));
        hongKong.Should().Contain("\"formatVersion\": \"1.0\"");
        hongKong.Should().Be(File.ReadAllText(release1, Encoding.UTF8), "a 1.0 file (release 1.0.0 of the reference dataset) writes back byte for byte");
        var builtIn = PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020);
        using var stored = PolicyDatasets.OpenHongKong2020Json();
        builtIn.Should().Be(new StreamReader(stored, Encoding.UTF8).ReadToEnd(), "the built-in file writes back byte for byte");
    }

    [Fact]
    public void A_false_paraphrase_mark_is_read_and_left_out_when_written()
    {
        var line = StatementLine.Replace("\"paraphrase\":true,\"variants\"", "\"paraphrase\":false,\"variants\"", StringComparison.Ordinal);

        var statement = Load(line).Statements.Single();

        statement.IsParaphrase.Should().BeFalse();
        statement.Variants[2].IsParaphrase.Should().BeTrue();
    }

    [Fact]
    public void The_schema_accepts_the_new_members_in_both_forms()
    {
        var dataset = WithEveryMember();
        using var document = JsonDocument.Parse(PolicyDatasetSerializer.ToJson(dataset));
        var results = SchemaTests.Schemas.Value.Document.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        results.IsValid.Should().BeTrue(string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}"))));
        foreach (var line in PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var parsed = JsonDocument.Parse(line);
            SchemaTests.Schemas.Value.Line.Evaluate(parsed.RootElement).IsValid.Should().BeTrue(line);
        }
    }

    [Theory]
    [InlineData("{\"text\":\"Acme has paused requests.\"}", "PE0003", "$.variants[0]", "'sources'")]
    [InlineData("{\"text\":\"Acme has paused requests.\",\"sources\":[]}", "PE0006", "$.variants[0].sources", "at least one source")]
    [InlineData("{\"sources\":[\"wire\"]}", "PE0003", "$.variants[0]", "'text', the member 'speaker'")]
    [InlineData("{\"sources\":[\"wire\"],\"paraphrase\":true}", "PE0003", "$.variants[0]", "'text', the member 'speaker'")]
    [InlineData("{\"text\":\"Acme paused requests.\",\"sources\":[\"wire\"]}", "PE0006", "$", "repeats the statement's text")]
    [InlineData("{\"speaker\":{\"company\":\"acme\"},\"sources\":[\"wire\"]}", "PE0006", "$", "repeats the statement's speaker")]
    [InlineData("{\"text\":\"Acme has paused requests.\",\"sources\":[\"wire\"],\"paraphrase\":\"yes\"}", "PE0002", "$.variants[0].paraphrase", "true or false")]
    [InlineData("{\"text\":\"Acme has paused requests.\",\"sources\":[\"wire\"],\"quote\":true}", "PE0005", "$.variants[0].quote", "quote")]
    public void A_malformed_variant_is_reported_where_it_is_and_the_schema_refuses_it(string variant, string code, string path, string message)
    {
        var line = $$"""{"type":"statement","id":"acme-pause","text":"Acme paused requests.","speaker":{"company":"acme"},"language":"en","variants":[{{variant}}]}""";

        var refused = FluentActions.Invoking(() => Load(line, rejectUnknownMembers: true)).Should().Throw<DatasetFormatException>().Which;

        var diagnostic = refused.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(code);
        diagnostic.Message.Should().Contain(message);
        diagnostic.Location.Path.Should().Be(path);
        diagnostic.Location.Line.Should().Be(2);
        using var parsed = JsonDocument.Parse(line);
        if (code != "PE0006" || path != "$")
        {
            SchemaTests.Schemas.Value.Line.Evaluate(parsed.RootElement).IsValid.Should().BeFalse("the schema checks the form of a variant");
        }
    }

    private static PolicyDataset Load(string statementLine, bool rejectUnknownMembers = false)
    {
        var header = """{"type":"dataset","formatVersion":"1.1","metadata":{"id":"x","title":"X","version":"1","created":"2026-01-01T00:00:00Z"}}""";
        var text = header + "\n" + statementLine + "\n";
        return PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)),
            new DatasetReadOptions { Format = DatasetFormat.JsonLines, RejectUnknownMembers = rejectUnknownMembers, Validate = false });
    }
}
