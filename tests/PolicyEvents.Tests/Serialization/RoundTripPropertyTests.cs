using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

[Trait("Category", "Slow")]
public class RoundTripPropertyTests
{
    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void Loading_what_was_saved_gives_an_equal_dataset_and_the_same_bytes(DatasetFormat format)
    {
        DatasetGenerators.Dataset.Sample(dataset =>
        {
            using var first = new MemoryStream();
            PolicyDatasetSerializer.Save(dataset, first, format);
            var read = PolicyDatasetSerializer.Read(new MemoryStream(first.ToArray()), DatasetReadOptions.WithoutValidation);
            var loaded = read.Dataset;
            using var second = new MemoryStream();
            PolicyDatasetSerializer.Save(loaded, second, format);

            loaded.Should().Be(dataset);
            second.ToArray().Should().Equal(first.ToArray());
            read.Warnings.Should().BeEmpty();
        }, iter: 300);
    }

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void Members_are_read_by_name_in_any_order(DatasetFormat format)
    {
        DatasetGenerators.Dataset.Sample(dataset =>
        {
            var text = PolicyDatasetSerializer.ToJson(dataset, format);
            // Every object's members in reverse canonical order (a JSON Lines record keeps "type" first, as it must).
            var reversed = format == DatasetFormat.Document
                ? Reverse(JsonNode.Parse(text))!.ToJsonString()
                : string.Join("\n", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Reverse(JsonNode.Parse(line))!.ToJsonString()));

            var loaded = PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(reversed)), new DatasetReadOptions { Format = format, Validate = false });

            loaded.Dataset.Should().Be(dataset);
            loaded.Warnings.Should().BeEmpty();
        }, iter: 100);
    }

    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject item => new JsonObject(item.OrderBy(m => m.Key == "type" ? 0 : 1).ThenByDescending(m => item.IndexOf(m.Key))
            .Select(m => KeyValuePair.Create(m.Key, Reverse(m.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Reverse)]),
        _ => node?.DeepClone(),
    };

    [Fact]
    public async Task Async_round_trip_through_json_lines_matches_the_sync_one()
    {
        await DatasetGenerators.Dataset.SampleAsync(async dataset =>
        {
            using var stream = new MemoryStream();
            await PolicyDatasetSerializer.SaveAsync(dataset, stream, DatasetFormat.JsonLines);
            stream.Position = 0;
            var loaded = await PolicyDatasetSerializer.LoadAsync(stream, DatasetReadOptions.WithoutValidation);

            loaded.Should().Be(dataset);
            Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines));
        }, iter: 100);
    }

    [Fact]
    public void Partial_dates_and_instants_survive_the_text_form()
    {
        DatasetGenerators.Date.Sample(date => PartialDate.Parse(date.ToString()).Should().Be(date), iter: 2000);
    }
}
