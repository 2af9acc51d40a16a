using System.Text.Json;
using CsCheck;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Reliability;

/// <summary>Round trips of each domain value through its own JSON or text form (the dataset round trips are in
/// RoundTripPropertyTests): the public converters, identifiers' text, and PartialDate's parsers agreeing.</summary>
[Trait("Category", "Slow")]
public class JsonFormPropertyTests
{
    private static readonly JsonSerializerOptions Options = PolicyEventsJson.AddConverters(new JsonSerializerOptions());

    private static T Back<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    [Fact]
    public void Every_event_and_identifier_survives_its_json_converter()
    {
        DatasetGenerators.Dataset.Sample(dataset =>
        {
            foreach (var e in dataset.Events)
            {
                Back(e).Should().Be(e);
                Back(e.Id).Should().Be(e.Id);
                Back(e.Company).Should().Be(e.Company);
                Back(e.Jurisdiction).Should().Be(e.Jurisdiction);
                e.Statements.Select(Back).Should().Equal(e.Statements);
                e.Sources.Select(Back).Should().Equal(e.Sources);
                if (e.Trigger is { } trigger)
                {
                    Back(trigger).Should().Be(trigger);
                }
            }
            Back(dataset.Metadata.Id).Should().Be(dataset.Metadata.Id);
        }, iter: 300);
    }

    [Fact]
    public void Identifiers_survive_their_text()
    {
        DatasetGenerators.Dataset.Sample(dataset =>
        {
            foreach (var c in dataset.Companies)
            {
                new CompanyId(c.Id.ToString()).Should().Be(c.Id);
            }
            foreach (var s in dataset.Sources)
            {
                new SourceId(s.Id.ToString()).Should().Be(s.Id);
            }
            foreach (var s in dataset.Statements)
            {
                new StatementId(s.Id.ToString()).Should().Be(s.Id);
            }
            foreach (var t in dataset.Triggers)
            {
                new TriggerId(t.Id.ToString()).Should().Be(t.Id);
            }
            foreach (var e in dataset.Events)
            {
                new EventId(e.Id.ToString()).Should().Be(e.Id);
                new JurisdictionCode(e.Jurisdiction.ToString()).Should().Be(e.Jurisdiction);
            }
        }, iter: 300);
    }

    [Fact]
    public void Partial_dates_survive_json_and_every_parser_agrees()
    {
        DatasetGenerators.Date.Sample(date =>
        {
            var text = date.ToString();
            Back(date).Should().Be(date);
            PartialDate.Parse(text.AsSpan()).Should().Be(date);
            PartialDate.TryParse(text, out var parsed).Should().BeTrue();
            parsed.Should().Be(date);
            parsed.ToString().Should().Be(text, "the text form is canonical");
        }, iter: 2000);
    }
}
