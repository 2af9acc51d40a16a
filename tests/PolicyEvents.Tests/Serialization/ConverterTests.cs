using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

public sealed record Note(CompanyId Company, JurisdictionCode Jurisdiction, PartialDate When, PolicyEvent Event, Dictionary<CompanyId, PartialDate> Seen);

[JsonSerializable(typeof(Note))]
[JsonSourceGenerationOptions(Converters = [typeof(CompanyIdJsonConverter), typeof(JurisdictionCodeJsonConverter), typeof(PartialDateJsonConverter), typeof(PolicyEventJsonConverter)])]
public sealed partial class NoteContext : JsonSerializerContext;

public class ConverterTests
{
    private static readonly PolicyEvent Paused = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json")).GetEvent(new EventId("example-hk-2020-07-06"));

    [Fact]
    public void Our_types_embed_in_a_source_generated_context()
    {
        var note = new Note(new CompanyId("example-corp"), new JurisdictionCode("HK"), PartialDate.Parse("2020-07~"), Paused,
            new() { [new CompanyId("example-chat")] = PartialDate.Parse("2020-07-06") });

        var json = JsonSerializer.Serialize(note, NoteContext.Default.Note);
        var back = JsonSerializer.Deserialize(json, NoteContext.Default.Note)!;

        json.Should().Contain("\"Company\":\"example-corp\"").And.Contain("\"When\":\"2020-07~\"").And.Contain("\"example-chat\":\"2020-07-06\"")
            .And.Contain("\"stance\":\"paused\"");
        back.Event.Should().Be(Paused);
        back.When.Should().Be(note.When);
        back.Seen.Should().Equal(note.Seen);
    }

    [Fact]
    public void The_options_hook_adds_every_converter()
    {
        var options = PolicyEventsJson.AddConverters(new JsonSerializerOptions());

        JsonSerializer.Deserialize<PartialDate>("\"2020?\"", options).Should().Be(PartialDate.FromYear(2020, DateQualifier.Uncertain));
        JsonSerializer.Serialize(new EventId("e-1"), options).Should().Be("\"e-1\"");
    }

    [Theory]
    [InlineData("\"2020-02-30\"", "day 30 does not exist")]
    [InlineData("12", "Expected an EDTF date")]
    public void Bad_dates_throw_json_exceptions_that_say_why(string json, string expected)
    {
        var act = () => JsonSerializer.Deserialize("{\"Company\":\"a\",\"Jurisdiction\":\"HK\",\"When\":" + json + "}", NoteContext.Default.Note);

        act.Should().Throw<JsonException>().WithMessage($"*{expected}*");
    }

    [Fact]
    public void A_bad_event_lists_its_problems()
    {
        var act = () => JsonSerializer.Deserialize("{\"Event\":{\"id\":\"e\",\"company\":\"A\"}}", NoteContext.Default.Note);

        act.Should().Throw<JsonException>().WithMessage("*PE0006*company*").And.Message.Should().Contain("PE0003");
    }
}
