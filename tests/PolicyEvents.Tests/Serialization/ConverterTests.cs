using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

public sealed record Note(CompanyId Company, JurisdictionCode Jurisdiction, PartialDate When, PolicyEvent Event, Dictionary<CompanyId, PartialDate> Seen);

[JsonSerializable(typeof(Note))]
[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]
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

    private static readonly JsonSerializerOptions AllConverters = PolicyEventsJson.AddConverters(new JsonSerializerOptions());

    /// <summary>Every type with a public converter, each with the UTF-8 text of a JSON value of that type whose one string
    /// holds <c>BAD</c>, the place where the invalid text goes.</summary>
    public static TheoryData<Type, string> EveryConverter => new()
    {
        { typeof(PartialDate), "\"BAD\"" },
        { typeof(CompanyId), "\"BAD\"" },
        { typeof(SourceId), "\"BAD\"" },
        { typeof(StatementId), "\"BAD\"" },
        { typeof(EventId), "\"BAD\"" },
        { typeof(TriggerId), "\"BAD\"" },
        { typeof(DatasetId), "\"BAD\"" },
        { typeof(JurisdictionCode), "\"BAD\"" },
        { typeof(PolicyEvent), JsonSerializer.Serialize(Paused, AllConverters).Replace("\"example-corp\"", "\"BAD\"", StringComparison.Ordinal) },
        { typeof(Company), "{\"id\":\"acme\",\"name\":\"BAD\"}" },
        { typeof(Jurisdiction), "{\"code\":\"HK\",\"name\":\"BAD\",\"kind\":\"specialAdministrativeRegion\",\"timeZone\":\"Asia/Hong_Kong\"}" },
        { typeof(Source), "{\"id\":\"news\",\"title\":\"BAD\"}" },
        { typeof(Statement), "{\"id\":\"s\",\"text\":\"BAD\",\"speaker\":{\"company\":\"acme\"},\"language\":\"en\",\"sources\":[\"news\"]}" },
        { typeof(Trigger), "{\"id\":\"t\",\"jurisdiction\":\"HK\",\"title\":\"BAD\",\"effective\":\"2020-06-30\",\"sources\":[\"news\"]}" },
        { typeof(ReportedFigures), "{\"company\":\"acme\",\"jurisdictionName\":\"BAD\",\"start\":\"2020-01-01\",\"end\":\"2020-06-30\",\"category\":\"Total\"}" },
        { typeof(DatasetMetadata), "{\"id\":\"d\",\"title\":\"BAD\",\"version\":\"1\",\"created\":\"2020-01-01T00:00:00Z\"}" },
    };

    /// <summary>Every converter that reads dictionary keys.</summary>
    public static TheoryData<Type> EveryKeyConverter => new()
    {
        typeof(CompanyId), typeof(SourceId), typeof(StatementId), typeof(EventId), typeof(TriggerId), typeof(DatasetId), typeof(JurisdictionCode),
    };

    [Theory]
    [MemberData(nameof(EveryConverter))]
    public void Each_template_reads_with_ordinary_text_in_place_of_the_invalid_one(Type type, string valueJson)
    {
        // So that the tests below fail for the invalid text only, not for another problem of the template.
        var ordinary = type == typeof(PartialDate) ? "2020" : type == typeof(JurisdictionCode) ? "HK" : "ok";
        var read = () => JsonSerializer.Deserialize(valueJson.Replace("BAD", ordinary, StringComparison.Ordinal), type, AllConverters);

        read.Should().NotThrow().Which.Should().NotBeNull().And.BeOfType(type);
    }

    [Theory]
    [MemberData(nameof(EveryConverter))]
    public void A_string_of_invalid_utf8_throws_a_json_exception_with_the_path_and_line(Type type, string valueJson)
    {
        CheckInvalidText(typeof(List<>).MakeGenericType(type), "[\n  " + valueJson + "\n]", [0xFF], "$[0]");
    }

    [Theory]
    [MemberData(nameof(EveryConverter))]
    public void Called_directly_a_converter_throws_a_json_exception_for_invalid_utf8_and_for_a_lone_surrogate(Type type, string valueJson)
    {
        // Through JsonSerializer, System.Text.Json turns the reader's own InvalidOperationException into a JsonException;
        // a converter called from another converter or from a Utf8JsonReader loop must keep the contract itself.
        var read = typeof(ConverterTests).GetMethod(nameof(ReadDirectly), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        foreach (var bad in new[] { new byte[] { 0xFF }, new byte[] { 0xED, 0xA0, 0x80 }, "\\uD800"u8.ToArray() })
        {
            var act = () => read.Invoke(null, [Replace(valueJson, bad), false]);

            act.Should().Throw<TargetInvocationException>().WithInnerException<JsonException>();
        }
    }

    [Theory]
    [MemberData(nameof(EveryKeyConverter))]
    public void Called_directly_a_key_converter_throws_a_json_exception_for_invalid_utf8(Type type)
    {
        var read = typeof(ConverterTests).GetMethod(nameof(ReadDirectly), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

        var act = () => read.Invoke(null, [Replace("{\"BAD\":1}", [0xFF]), true]);

        act.Should().Throw<TargetInvocationException>().WithInnerException<JsonException>();
    }

    private static object? ReadDirectly<T>(byte[] json, bool asPropertyName)
    {
        var converter = (JsonConverter<T>)AllConverters.GetConverter(typeof(T));
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (asPropertyName)
        {
            reader.Read();
            return converter.ReadAsPropertyName(ref reader, typeof(T), AllConverters);
        }
        return converter.Read(ref reader, typeof(T), AllConverters);
    }

    private static byte[] Replace(string template, byte[] bad)
    {
        var text = Encoding.UTF8.GetBytes(template);
        var at = text.AsSpan().IndexOf("BAD"u8);
        at.Should().BeGreaterThan(0);
        return [.. text.AsSpan(0, at), .. bad, .. text.AsSpan(at + 3)];
    }

    private static void CheckInvalidText(Type type, string template, byte[] bad, string path)
    {
        var json = Replace(template, bad);

        var act = () => JsonSerializer.Deserialize(json, type, AllConverters);

        var thrown = act.Should().Throw<JsonException>().Which;
        thrown.Path.Should().StartWith(path);
        thrown.LineNumber.Should().Be(1);
    }
}
