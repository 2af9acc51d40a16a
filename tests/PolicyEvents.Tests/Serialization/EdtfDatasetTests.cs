using System.Text;
using System.Text.Json;
using Json.Schema;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

/// <summary>EDTF intervals and unspecified digits wherever the format holds a date: they load, write back byte for byte,
/// make the dataset format 1.1, and the JSON Schema accepts them.</summary>
public class EdtfDatasetTests
{
    [Theory]
    [InlineData("valid/edtf-level1.json", DatasetFormat.Document)]
    [InlineData("valid/edtf-level1.jsonl", DatasetFormat.JsonLines)]
    public void A_canonical_file_with_intervals_and_unspecified_digits_writes_back_byte_for_byte(string file, DatasetFormat format)
    {
        var bytes = File.ReadAllBytes(Fixtures.Data(file));

        var read = PolicyDatasetSerializer.Read(new MemoryStream(bytes));
        using var written = new MemoryStream();
        PolicyDatasetSerializer.Save(read.Dataset, written, format);

        read.Validate().Should().BeEmpty();
        Encoding.UTF8.GetString(written.ToArray()).Should().Be(Encoding.UTF8.GetString(bytes));
        written.ToArray().Should().Equal(bytes);
    }

    [Fact]
    public void Every_kind_of_date_member_reads_its_interval_or_unspecified_digits()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/edtf-level1.json"));

        var name = dataset.Companies.Single().Names.Single();
        (name.From.ToString(), name.Until.ToString()).Should().Be(("201X", "2019-XX-XX"));
        dataset.Sources.Single().Published!.Value.EndDate.Should().Be(new NodaTime.LocalDate(2020, 7, 9));
        dataset.Statements.Single().Date.Should().Be(PartialDate.Interval(PartialDate.Parse("2020-07-06"), PartialDate.Parse("2020-07-07")));
        dataset.Triggers.Single().EffectiveClaims.Single().Date.ToString().Should().Be("2020-06-30/2020-07-01");
        var effective = dataset.Events.ToDictionary(e => e.Id.Value, e => e.Effective!.Value);
        effective["video-hk-2019"].FromKind.Should().Be(IntervalEnd.Open);
        effective["video-hk-2020-07"].Should().Be(PartialDate.Parse("2020-07-07/2020-07-14"));
        effective["video-hk-2021"].ToKind.Should().Be(IntervalEnd.Unknown);
        effective["video-hk-2022"].From!.Value.Precision.Should().Be(DatePrecision.Instant);
        PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/edtf-level1.jsonl")).Should().Be(dataset);
    }

    [Fact]
    public void A_dataset_of_full_dates_is_still_written_as_format_1_0()
    {
        var text = PolicyDatasetSerializer.ToJson(PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json")));

        text.Should().Contain("\"formatVersion\": \"1.0\"");
    }

    /// <summary>Each date member of the small fixture, given a form that format 1.1 added.</summary>
    [Theory]
    [InlineData("company name from", "\"from\": \"2001\"", "\"from\": \"200X\"")]
    [InlineData("company name until", "\"until\": \"2021-10-28\"", "\"until\": \"2021-10-28/..\"")]
    [InlineData("source published", "\"published\": \"2020?\"", "\"published\": \"202X?\"")]
    [InlineData("statement date", "\"date\": \"2020-07-06\",", "\"date\": \"2020-07-06/2020-07-07\",")]
    [InlineData("trigger effective", "\"effective\": \"2020-06-30T23:00:00+08:00\",\n      \"sources\"", "\"effective\": \"2020-06-30T23:00:00+08:00/..\",\n      \"sources\"")]
    [InlineData("trigger claim date", "\"date\": \"2020-07-01\"", "\"date\": \"2020-06-30/2020-07-01\"")]
    [InlineData("event effective", "\"effective\": \"2021\",", "\"effective\": \"2021/..\",")]
    [InlineData("event announced", "\"announced\": \"2020-07~\",", "\"announced\": \"/2020-07-0X~\",")]
    public void A_date_of_a_form_added_in_1_1_makes_the_file_1_1_and_round_trips(string where, string old, string replacement)
    {
        var original = File.ReadAllText(Fixtures.Data("valid/small.json"));
        original.Should().Contain(old, where);
        var text = original.Replace(old, replacement, StringComparison.Ordinal);

        var dataset = PolicyDatasetSerializer.FromJson(text);
        var written = PolicyDatasetSerializer.ToJson(dataset);

        written.Should().Be(text.Replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.1\"", StringComparison.Ordinal), where);
        PolicyDatasetSerializer.ToJson(PolicyDatasetSerializer.FromJson(written)).Should().Be(written);
        var lines = PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines);
        lines.Should().StartWith("{\"type\":\"dataset\",\"formatVersion\":\"1.1\"");
        PolicyDatasetSerializer.FromJson(lines).Should().Be(dataset);
        Validate(SchemaTests.Schemas.Value.Document, written).Should().BeTrue(where);
    }

    [Theory]
    [InlineData("2020-07-07/2020-07-14")]
    [InlineData("2020-07-07/..")]
    [InlineData("../2020-07-14")]
    [InlineData("2020-07-07/")]
    [InlineData("/2020-07-14")]
    [InlineData("2020-07~/2020-07-1X?")]
    [InlineData("2020-06-30T23:00:00+08:00/2020-07-10T09:30:00.123456789-03:30")]
    [InlineData("2020-07-1X")]
    [InlineData("2020-XX")]
    [InlineData("201X")]
    [InlineData("20XX")]
    [InlineData("2020-XX-XX")]
    [InlineData("2020-1X-XX%")]
    public void The_schema_accepts_every_form_and_the_reader_agrees(string date)
    {
        var line = $$"""{"type":"event","id":"e","company":"c","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"{{date}}","recorded":"2026-01-01T00:00:00Z"}""";

        Validate(SchemaTests.Schemas.Value.Line, line).Should().BeTrue();
        PartialDate.TryParse(date, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("../..")]
    [InlineData("/")]
    [InlineData("..")]
    [InlineData("2020-XX-15")]
    [InlineData("2XXX")]
    [InlineData("2020-2X")]
    [InlineData("2020-07-1x")]
    [InlineData("2020-07-1XT10:00:00Z")]
    [InlineData("2020/07/06")]
    [InlineData("2020-07-07~/2020-07-14T10:00:00Z~")]
    public void The_schema_refuses_what_the_reader_refuses(string date)
    {
        var line = $$"""{"type":"event","id":"e","company":"c","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"{{date}}","recorded":"2026-01-01T00:00:00Z"}""";

        Validate(SchemaTests.Schemas.Value.Line, line).Should().BeFalse();
        PartialDate.TryParse(date, out _).Should().BeFalse();
    }

    [Fact]
    public void The_reader_names_the_member_and_the_reason_of_an_interval_that_ends_before_it_starts()
    {
        var text = File.ReadAllText(Fixtures.Data("valid/edtf-level1.json")).Replace("2020-07-07/2020-07-14", "2020-07-14/2020-07-07", StringComparison.Ordinal);

        var read = () => PolicyDatasetSerializer.FromJson(text);

        read.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Which.ToString().Should()
            .Contain("$.events[1].effective: error PE0006: '2020-07-14/2020-07-07' is not a valid EDTF date: the interval ends (2020-07-07) before it starts (2020-07-14)");
    }

    private static bool Validate(JsonSchema schema, string json)
    {
        using var parsed = JsonDocument.Parse(json);
        return schema.Evaluate(parsed.RootElement).IsValid;
    }
}
