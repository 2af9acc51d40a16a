using System.Text;
using CsCheck;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

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
            var read = PolicyDatasetSerializer.Read(new MemoryStream(first.ToArray()));
            var loaded = read.Dataset;
            using var second = new MemoryStream();
            PolicyDatasetSerializer.Save(loaded, second, format);

            loaded.Should().Be(dataset);
            second.ToArray().Should().Equal(first.ToArray());
            read.Warnings.Should().BeEmpty();
        }, iter: 300);
    }

    [Fact]
    public async Task Async_round_trip_through_json_lines_matches_the_sync_one()
    {
        await DatasetGenerators.Dataset.SampleAsync(async dataset =>
        {
            using var stream = new MemoryStream();
            await PolicyDatasetSerializer.SaveAsync(dataset, stream, DatasetFormat.JsonLines);
            stream.Position = 0;
            var loaded = await PolicyDatasetSerializer.LoadAsync(stream);

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
