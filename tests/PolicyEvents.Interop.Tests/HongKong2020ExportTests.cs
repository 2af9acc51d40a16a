using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

/// <summary>The bundled Hong Kong 2020 dataset, exported and read back by DuckDB.</summary>
public class HongKong2020ExportTests
{
    private static readonly Lazy<PolicyDataset> Dataset = new(() =>
        PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json")));

    [Fact]
    public async Task Parquet_OneRowPerEvent_WithTheLawsInstantAndHongKongDays()
    {
        var dataset = Dataset.Value;
        using var file = new TempFile("hong-kong-2020.parquet");
        await using (var stream = File.Create(file.Path))
        {
            await PolicyEventParquet.WriteAsync(dataset, stream);
        }

        var path = DuckDb.Literal(file.Path);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path})").Single()[0].Should().Be((long)dataset.Events.Length);
        DuckDb.Query($"SELECT count(DISTINCT timeZone), min(timeZone) FROM read_parquet({path})").Single()
            .Should().Equal(1L, "Asia/Hong_Kong");
        // Google paused when the law took effect: 2020-06-30T23:00 HKT, one microsecond wide.
        var lawInForce = Instant.FromUtc(2020, 6, 30, 15, 0).ToUnixTimeTicks() / 10;
        DuckDb.Query($"SELECT epoch_us(effectiveStart), epoch_us(effectiveEnd) - epoch_us(effectiveStart) FROM read_parquet({path}) "
            + "WHERE company = 'google' AND effectivePrecision = 'instant'").Single().Should().Equal(lawInForce, 1L);
        // Every day-precision announcement covers 24 hours of Hong Kong time, starting at 16:00 UTC.
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path}) WHERE announcedPrecision = 'day' "
            + "AND (epoch_us(announcedEnd) - epoch_us(announcedStart) <> 86400000000 OR epoch_us(announcedStart) % 86400000000 <> 57600000000)")
            .Single()[0].Should().Be(0L);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path}) WHERE announcedPrecision = 'day'").Single()[0]
            .Should().Be((long)dataset.Events.Count(e => e.Announced?.Precision == DatePrecision.Day));
    }

    [Fact]
    public void Csv_OneRowPerEvent_EveryNoteIntact()
    {
        var dataset = Dataset.Value;
        using var file = new TempFile("hong-kong-2020.csv");
        using (var stream = File.Create(file.Path))
        {
            PolicyEventCsv.Write(dataset.Events, stream);
        }

        var rows = DuckDb.Query($"SELECT id, stance, coalesce(note, '') FROM read_csv({DuckDb.Literal(file.Path)}, header = true, all_varchar = true, "
            + "quote = '\"', escape = '\"', delim = ',')");
        rows.Select(r => r[0]).Should().Equal(dataset.Events.Select(e => (object)e.Id.Value));
        rows.Select(r => r[2]).Should().Equal(dataset.Events.Select(e => (object)(e.Note ?? "")), "notes with quotes and commas come back intact");
        rows.Select(r => r[1]).Should().Contain("paused").And.Contain("withdrawnFromMarket");
    }
}
