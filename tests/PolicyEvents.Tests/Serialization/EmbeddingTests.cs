using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

/// <summary>A user's own type that holds every record type of the library, identifiers as values, dictionary keys and
/// nullable values, a code and a date.</summary>
public sealed record Shelf(
    Company Company, Jurisdiction Jurisdiction, Source Source, Statement Statement, Trigger Trigger, PolicyEvent Event,
    ReportedFigures Figures, DatasetMetadata Metadata, IReadOnlyList<Statement> Quotes, Dictionary<SourceId, Source> SourcesById,
    Dictionary<JurisdictionCode, PartialDate> Seen, CompanyId? Parent, EventId? Supersedes, Source? Missing);

/// <summary>A source-generated context of a user's model, with the library's one converter type named in its options.</summary>
[JsonSerializable(typeof(Shelf))]
[JsonSerializable(typeof(Company))]
[JsonSerializable(typeof(Jurisdiction))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(Trigger))]
[JsonSerializable(typeof(PolicyEvent))]
[JsonSerializable(typeof(ReportedFigures))]
[JsonSerializable(typeof(DatasetMetadata))]
[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]
public sealed partial class ShelfContext : JsonSerializerContext;

/// <summary>Every record type embedded in a user's own JSON, through options with <see cref="PolicyEventsJson.AddConverters"/>
/// and through a source-generated context: written as the dataset format writes it, read back equal.</summary>
public class EmbeddingTests
{
    private static readonly JsonSerializerOptions Options = PolicyEventsJson.AddConverters(new JsonSerializerOptions());

    private static readonly Company Google = new(new CompanyId("google"), "Google");

    /// <summary>Figure sets with every kind of number (exact, range, percentage, unknown), with and without a jurisdiction,
    /// a derived start and a provenance.</summary>
    private static readonly ReportedFigures[] FigureSets =
    [
        new(Google.Id, new JurisdictionCode("HK"), "Hong Kong", ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)),
            new RequestCategory("Other Legal Requests", RequestKinds.UserData, LegalProcessKind.LegalProcess),
            new RequestFigures(PublishedNumber.Exact(135), PublishedNumber.Range(0, 249, "0-249"), default, PublishedNumber.ParsePercentage("81")),
            new FigureProvenance("google-global-user-data-requests.csv", 12)),
        new(Google.Id, null, "Netherlands Antilles", new ReportingPeriod(new LocalDate(2010, 1, 1), new LocalDate(2010, 6, 30)),
            new RequestCategory("Total"), new RequestFigures(PublishedNumber.Exact(1, "1"))),
    ];

    /// <summary>The Hong Kong 2020 dataset (every record type but figures) with the figure sets above.</summary>
    private static readonly PolicyDataset Everything = WithFigures(PolicyDatasets.HongKong2020);

    private static PolicyDataset WithFigures(PolicyDataset d) =>
        new(d.Metadata, d.Companies, d.Jurisdictions, d.Sources, d.Statements, d.Triggers, d.Events, FigureSets);

    /// <summary>The name of each record type, as its JSON Lines type.</summary>
    public static TheoryData<string> RecordTypes => ["dataset", "company", "jurisdiction", "source", "statement", "trigger", "event", "figure"];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Every_record_round_trips_through_options_and_a_source_generated_context_in_the_format_s_own_form(string type)
    {
        var expected = RecordsAsSaved(type);
        switch (type)
        {
            case "dataset": Check([Everything.Metadata], ShelfContext.Default.DatasetMetadata, expected); break;
            case "company": Check(Everything.Companies, ShelfContext.Default.Company, expected); break;
            case "jurisdiction": Check(Everything.Jurisdictions, ShelfContext.Default.Jurisdiction, expected); break;
            case "source": Check(Everything.Sources, ShelfContext.Default.Source, expected); break;
            case "statement": Check(Everything.Statements, ShelfContext.Default.Statement, expected); break;
            case "trigger": Check(Everything.Triggers, ShelfContext.Default.Trigger, expected); break;
            case "event": Check(Everything.Events, ShelfContext.Default.PolicyEvent, expected); break;
            default: Check(Everything.Figures, ShelfContext.Default.ReportedFigures, expected); break;
        }
    }

    [Fact]
    public void A_users_own_type_holding_every_record_type_round_trips_through_a_source_generated_context()
    {
        var shelf = Sample();

        var json = JsonSerializer.Serialize(shelf, ShelfContext.Default.Shelf);
        var back = JsonSerializer.Deserialize(json, ShelfContext.Default.Shelf)!;

        json.Should().Be(JsonSerializer.Serialize(shelf, Options), "the source-generated context writes what the options write");
        json.Should().Contain("\"Parent\":\"google\"").And.Contain("\"Supersedes\":null").And.Contain("\"Missing\":null")
            .And.Contain("\"Seen\":{\"HK\":\"2020-07~\"}").And.Contain($"\"SourcesById\":{{\"{shelf.Source.Id}\":{{\"id\":\"{shelf.Source.Id}\"");
        AssertSame(back, shelf);
        AssertSame(JsonSerializer.Deserialize<Shelf>(json, Options)!, shelf);
    }

    [Theory]
    [InlineData(typeof(Company), "a company")]
    [InlineData(typeof(Jurisdiction), "a jurisdiction")]
    [InlineData(typeof(Source), "a source")]
    [InlineData(typeof(Statement), "a statement")]
    [InlineData(typeof(Trigger), "a trigger")]
    [InlineData(typeof(PolicyEvent), "an event")]
    [InlineData(typeof(ReportedFigures), "a figure set")]
    [InlineData(typeof(DatasetMetadata), "the metadata")]
    public void A_record_that_is_not_an_object_is_named_in_the_message(Type type, string what)
    {
        foreach (var (json, token) in new[] { ("[1]", "StartArray"), ("12", "Number"), ("\"x\"", "String") })
        {
            var act = () => JsonSerializer.Deserialize(json, type, Options);

            act.Should().Throw<JsonException>().Which.Message.Should().StartWith($"Expected {what} as a JSON object, found {token}.");
        }
        JsonSerializer.Deserialize("null", type, Options).Should().BeNull("null is an absent record, as for any class");
    }

    [Fact]
    public void A_record_with_problems_lists_each_with_its_code_and_path()
    {
        var act = () => JsonSerializer.Deserialize("{\"Company\":{\"id\":\"Google\",\"names\":[]}}", ShelfContext.Default.Shelf);

        var message = act.Should().Throw<JsonException>().Which.Message;
        message.Should().StartWith("PE0006 at $.id: 'Google' is not a valid company id").And.Contain("PE0003");
    }

    [Fact]
    public void Writing_a_null_record_from_a_converter_called_directly_is_refused()
    {
        var converter = (JsonConverter<Company>)new PolicyEventsJsonConverter().CreateConverter(typeof(Company), Options);
        using var writer = new Utf8JsonWriter(Stream.Null);

        var act = () => converter.Write(writer, null!, Options);

        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void The_one_converter_type_converts_exactly_the_types_of_the_converters_list()
    {
        var factory = new PolicyEventsJsonConverter();
        var types = PolicyEventsJson.Converters.Select(c => c.Type!).ToList();

        types.Should().OnlyHaveUniqueItems().And.Contain([
            typeof(PartialDate), typeof(CompanyId), typeof(SourceId), typeof(StatementId), typeof(EventId), typeof(TriggerId), typeof(DatasetId),
            typeof(JurisdictionCode), typeof(Company), typeof(Jurisdiction), typeof(Source), typeof(Statement), typeof(Trigger), typeof(PolicyEvent),
            typeof(ReportedFigures), typeof(DatasetMetadata)]).And.HaveCount(16);
        types.Should().OnlyContain(t => factory.CanConvert(t));
        types.Select(t => factory.CreateConverter(t, Options)).Should().Equal(PolicyEventsJson.Converters);
        factory.CanConvert(typeof(WikidataId)).Should().BeFalse();
        factory.CanConvert(typeof(CompanyId?)).Should().BeFalse("System.Text.Json wraps the CompanyId converter for nullables");
        factory.Invoking(f => f.CreateConverter(typeof(string), Options)).Should().Throw<ArgumentException>()
            .WithParameterName("typeToConvert").WithMessage("System.String is not a type of the PolicyEvents library that it converts.*");
    }

    private static void Check<T>(IReadOnlyList<T> records, JsonTypeInfo<T> generated, List<JsonNode> expected) where T : class
    {
        records.Should().HaveCount(expected.Count).And.NotBeEmpty();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var viaOptions = JsonSerializer.Serialize(record, Options);
            var viaContext = JsonSerializer.Serialize(record, generated);

            viaContext.Should().Be(viaOptions);
            JsonNode.DeepEquals(JsonNode.Parse(viaContext), expected[i]).Should().BeTrue("{0} is written as the dataset format writes it: {1}", viaContext, expected[i].ToJsonString());
            JsonSerializer.Deserialize(viaContext, generated).Should().Be(record);
            JsonSerializer.Deserialize<T>(viaOptions, Options).Should().Be(record);
        }
    }

    /// <summary>The records of one type as a JSON Lines save of <see cref="Everything"/> writes them, without their <c>type</c>
    /// member (the metadata: the header's <c>metadata</c> member), in the dataset's order.</summary>
    private static List<JsonNode> RecordsAsSaved(string type)
    {
        var lines = PolicyDatasetSerializer.ToJson(Everything, DatasetFormat.JsonLines).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(line => (string?)line["type"] == type)
            .ToList();
        if (type == "dataset")
        {
            return [lines.Single()["metadata"]!.DeepClone()];
        }
        lines.ForEach(line => line.Remove("type"));
        return [.. lines];
    }

    private static Shelf Sample()
    {
        var hk = Everything;
        return new Shelf(hk.Companies[0], hk.Jurisdictions[0], hk.Sources[0], hk.Statements[0], hk.Triggers[0], hk.Events[0],
            FigureSets[0], hk.Metadata, [hk.Statements[1], hk.Statements[2]], new() { [hk.Sources[0].Id] = hk.Sources[0] },
            new() { [new JurisdictionCode("HK")] = PartialDate.Parse("2020-07~") }, Google.Id, null, null);
    }

    private static void AssertSame(Shelf actual, Shelf expected)
    {
        actual.Should().Be(expected with { Quotes = actual.Quotes, SourcesById = actual.SourcesById, Seen = actual.Seen });
        actual.Quotes.Should().Equal(expected.Quotes);
        actual.SourcesById.Should().Equal(expected.SourcesById);
        actual.Seen.Should().Equal(expected.Seen);
    }
}
