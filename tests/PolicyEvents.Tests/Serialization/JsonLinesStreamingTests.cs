using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Serialization;

public class JsonLinesStreamingTests
{
    [Fact]
    public async Task Records_stream_one_at_a_time_header_first_with_their_lines()
    {
        await using var stream = File.OpenRead(Fixtures.Data("valid/small.jsonl"));
        var progress = new CollectedProgress();

        var records = new List<DatasetRecord>();
        await foreach (var record in PolicyDatasetSerializer.ReadRecordsAsync(stream, new DatasetReadOptions { Progress = progress }))
        {
            records.Add(record);
        }

        records[0].Kind.Should().Be(DatasetRecordKind.Metadata);
        records[0].Metadata!.Id.Should().Be(new DatasetId("small-example"));
        records.Select(r => r.Line).Should().Equal(Enumerable.Range(1, records.Count));
        records.Count(r => r.Kind == DatasetRecordKind.Event).Should().Be(7);
        records.Single(r => r.Event?.Id == new EventId("chat-hk-2020-07")).Event!.Policy.Stance.Should().Be(PolicyStance.Refusing);
        progress.Reports.Should().NotBeEmpty();
        progress.Reports[^1].Should().Be(new DatasetReadProgress(stream.Length, records.Count));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_large_file_streams_and_loads_with_progress()
    {
        var header = "{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"big\",\"title\":\"Big\",\"version\":\"1\",\"created\":\"2026-01-01T00:00:00Z\"}}\n";
        var text = new StringBuilder(header).Append("{\"type\":\"company\",\"id\":\"acme\",\"name\":\"Acme\"}\n");
        const int Events = 30_000;
        for (var i = 0; i < Events; i++)
        {
            text.Append("{\"type\":\"event\",\"id\":\"e-").Append(i).Append("\",\"company\":\"acme\",\"jurisdiction\":\"HK\",\"policy\":{\"stance\":\"paused\"},\"effective\":\"2020-07-06\",\"recorded\":\"2026-01-01T00:00:00Z\"}\n");
        }
        var progress = new CollectedProgress();

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), new DatasetReadOptions { Progress = progress });

        dataset.Events.Should().HaveCount(Events);
        dataset.Events.Should().BeInAscendingOrder(e => e.Id);
        progress.Reports.Select(p => p.RecordsRead).Should().BeInAscendingOrder().And.Contain(10_000).And.Contain(Events + 2);
    }

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public async Task A_dataset_many_write_chunks_long_saves_whole_and_the_same_every_way(DatasetFormat format)
    {
        var header = "{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"big\",\"title\":\"Big\",\"version\":\"1\",\"created\":\"2026-01-01T00:00:00Z\"}}\n";
        var text = new StringBuilder(header).Append("{\"type\":\"company\",\"id\":\"acme\",\"name\":\"Acme\"}\n");
        const int Events = 3_000; // about 500 kB written: several of the writer's 64 kB chunks
        for (var i = 0; i < Events; i++)
        {
            text.Append("{\"type\":\"event\",\"id\":\"e-").Append(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append("\",\"company\":\"acme\",\"jurisdiction\":\"HK\",\"policy\":{\"stance\":\"paused\"},\"effective\":\"2020-07-06\",\"recorded\":\"2026-01-01T00:00:00Z\"}\n");
        }
        var dataset = PolicyDatasetSerializer.FromJson(text.ToString());

        var json = PolicyDatasetSerializer.ToJson(dataset, format);
        using var saved = new MemoryStream();
        PolicyDatasetSerializer.Save(dataset, saved, format);
        using var savedAsync = new MemoryStream();
        await PolicyDatasetSerializer.SaveAsync(dataset, savedAsync, format);

        Encoding.UTF8.GetByteCount(json).Should().BeGreaterThan(4 * 64 * 1024);
        saved.ToArray().Should().Equal(Encoding.UTF8.GetBytes(json));
        savedAsync.ToArray().Should().Equal(saved.ToArray());
        json.Should().EndWith("}\n").And.NotEndWith("\n\n");
        PolicyDatasetSerializer.FromJson(json).Should().Be(dataset);
        if (format == DatasetFormat.JsonLines)
        {
            json.Should().Be(text.ToString(), "the records were written in canonical form and id order already");
        }
    }

    [Fact]
    public void A_bad_line_throws_when_streamed_to_it_naming_the_line()
    {
        var text = File.ReadAllText(Fixtures.Data("valid/small.jsonl")) + "{\"type\":\"company\",\"id\":\"Bad Id\",\"name\":\"x\"}\n";
        var lines = text.Split('\n').Length - 1;

        var act = () => PolicyDatasetSerializer.ReadRecords(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        var diagnostic = act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("PE0006");
        diagnostic.Location.Line.Should().Be(lines);
        diagnostic.Location.Column.Should().Be(24); // the opening quote of the value
        diagnostic.Location.Path.Should().Be("$.id");
    }
}
