using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// The reader and the shipped line schema agree on every record one edit away from a valid one: each member of each
/// object removed, and each member's value replaced by a value of the wrong JSON kind. Where the schema refuses the
/// line, the reader refuses it too (with <see cref="DatasetFormatException"/>; a missing member as PE0003 naming it), and
/// where the schema accepts it, the reader loads it. The records come from the test dataset and a figure set with every
/// member, so every record type and every member of the format is edited.
/// </summary>
public class SchemaAgreementTests
{
    private static JsonSchema LineSchema => SchemaTests.Schemas.Value.Line;

    public static TheoryData<string> RecordTypes => ["dataset", "company", "jurisdiction", "source", "statement", "trigger", "event", "figure"];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void A_member_removed_or_of_the_wrong_kind_is_refused_exactly_when_the_schema_refuses_it(string type)
    {
        var (header, records) = Lines();
        var disagreements = new List<string>();
        var edits = 0;
        foreach (var record in records.Where(r => JsonNode.Parse(r)!["type"]!.GetValue<string>() == type))
        {
            foreach (var (description, edited, removed) in Edits(record))
            {
                edits++;
                var line = edited.ToJsonString();
                var schemaAccepts = LineSchema.Evaluate(JsonDocument.Parse(line).RootElement).IsValid;
                var file = type == "dataset" ? line + "\n" : header + "\n" + line + "\n";
                var refused = Load(file);
                if (schemaAccepts == (refused is not null))
                {
                    disagreements.Add($"{description}: the schema {(schemaAccepts ? "accepts" : "refuses")} it, the reader {(refused is null ? "loads it" : "refuses it: " + refused.Diagnostics.FirstOrDefault())}");
                }
                else if (refused is not null && removed is not null && schemaAccepts == false
                    && !refused.Diagnostics.Any(d => d.Code is "PE0003" or "PE0009" && (d.Message.Contains($"'{removed}'", StringComparison.Ordinal) || d.Message.Contains($"\"{removed}\"", StringComparison.Ordinal))))
                {
                    disagreements.Add($"{description}: refused without a PE0003 naming '{removed}': {refused.Diagnostics.FirstOrDefault()}");
                }
            }
        }

        edits.Should().BeGreaterThan(5, "the {0} records should be edited", type);
        disagreements.Should().BeEmpty("the reader should agree with the schema:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, disagreements));
    }

    private static DatasetFormatException? Load(string text)
    {
        try
        {
            PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DatasetReadOptions { Format = DatasetFormat.JsonLines, Validate = false });
            return null;
        }
        catch (DatasetFormatException exception)
        {
            return exception;
        }
    }

    /// <summary>Every single edit of a record: each member of each object (the record and the objects inside it) removed,
    /// and its value replaced by one of another JSON kind (true, or a string where the value is a boolean).</summary>
    private static IEnumerable<(string Description, JsonNode Edited, string? Removed)> Edits(string record)
    {
        var paths = new List<(string Path, string Member)>();
        Collect(JsonNode.Parse(record)!, "$", paths);
        foreach (var (path, member) in paths)
        {
            var removed = JsonNode.Parse(record)!;
            ((JsonObject)Find(removed, path)).Remove(member);
            yield return ($"{path}.{member} removed from {record}", removed, member);

            var retyped = JsonNode.Parse(record)!;
            var target = (JsonObject)Find(retyped, path);
            target[member] = target[member]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? JsonValue.Create("yes") : JsonValue.Create(true);
            yield return ($"{path}.{member} given another kind in {record}", retyped, null);
        }
    }

    private static void Collect(JsonNode node, string path, List<(string, string)> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    paths.Add((path, name));
                    if (value is not null)
                    {
                        Collect(value, $"{path}.{name}", paths);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        Collect(item, $"{path}[{i}]", paths);
                    }
                }
                break;
        }
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = node[bracket < 0 ? step : step[..bracket]]!;
            if (bracket >= 0)
            {
                foreach (var index in step[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
                {
                    node = node[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)]!;
                }
            }
        }
        return node;
    }

    /// <summary>A statement with every statement member of format 1.1: a paraphrase mark and variants with a text, a speaker, both.</summary>
    private const string StatementWithVariants =
        """{"type":"statement","id":"acme-pause","text":"Acme paused requests.","speaker":{"company":"acme"},"language":"en","sources":["paper"],"paraphrase":true,"variants":[{"text":"Acme has paused requests.","sources":["wire"]},{"speaker":{"company":"acme-chat","person":"Dee","role":"spokesperson"},"sources":["wire","paper"]},{"text":"It paused requests","speaker":{"company":"acme-chat"},"sources":["paper"],"paraphrase":true}]}""";

    /// <summary>Events that use every scope member and the formal channel (format 1.1).</summary>
    private static IEnumerable<string> ScopedEvents()
    {
        var hk = new JurisdictionCode("HK");
        var scope = new RequestScope(RequestKinds.Content, Requesters.LawEnforcement, ["Zoom"]).WithSubjectJurisdictions([hk]).WithOrigin(RequestOrigin.AnyJurisdiction);
        var policy = new RequestPolicy(PolicyStance.FormalChannelOnly, scope, channel: new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", new JurisdictionCode("US")));
        var dataset = new PolicyDataset(new DatasetMetadata(new DatasetId("scopes"), "Scopes", "1", Instant.FromUtc(2026, 1, 1, 0, 0)),
            events: [new PolicyEvent(new EventId("scoped"), new CompanyId("example-corp"), hk, policy, null, PolicyEvents.Time.PartialDate.Parse("2020-07-07"), Instant.FromUtc(2026, 1, 1, 0, 0))]);
        return PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines).Split('\n').Where(l => l.Contains("\"type\":\"event\"", StringComparison.Ordinal));
    }

    /// <summary>The header and records of the small test dataset, with two figure sets that use every figure member and a
    /// statement with variants.</summary>
    private static (string Header, List<string> Records) Lines()
    {
        var small = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "valid", "small.jsonl")).Where(l => l.Length > 0).ToList();
        var company = new CompanyId("example-corp");
        var figures = new PolicyDataset(new DatasetMetadata(new DatasetId("figures"), "Figures", "1", Instant.FromUtc(2026, 1, 1, 0, 0)), figures:
        [
            new ReportedFigures(company, new JurisdictionCode("HK"), "Hong Kong", new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30), isStartDerived: true),
                new RequestCategory("Total Requests", RequestKinds.UserData, LegalProcessKind.CourtOrder),
                new RequestFigures(PublishedNumber.Exact(241), PublishedNumber.Range(0, 499, "0-499"), PublishedNumber.Exact(10), PublishedNumber.Percentage(46.5m)),
                new FigureProvenance("report.csv", 12)),
            new ReportedFigures(company, new JurisdictionCode("HK"), "Hong Kong", ReportingPeriod.HalfYear(2020, 1),
                new RequestCategory("Outcomes", RequestKinds.UserData, LegalProcessKind.LegalProcess),
                new RequestFigures(
                    requests: PublishedNumber.Exact(77),
                    requestsWithContentProduced: PublishedNumber.Exact(0),
                    requestsWithOnlyNonContentProduced: PublishedNumber.Exact(46),
                    requestsWithNoDataFound: PublishedNumber.Exact(8),
                    requestsRejected: PublishedNumber.Exact(23),
                    accountsWithDataPreserved: PublishedNumber.Exact(1019),
                    percentWithContentProduced: PublishedNumber.Percentage(0m),
                    percentWithOnlyNonContentProduced: PublishedNumber.Percentage(59.74m),
                    percentWithNoDataFound: PublishedNumber.Percentage(10.39m),
                    percentRejected: PublishedNumber.Percentage(29.87m))),
        ]);
        var records = small.Skip(1).Concat(PolicyDatasetSerializer.ToJson(figures, DatasetFormat.JsonLines).Split('\n').Where(l => l.Contains("\"type\":\"figure\"", StringComparison.Ordinal)))
            .Append(StatementWithVariants)
            .Concat(ScopedEvents());
        return (small[0], [small[0], .. records]);
    }
}
