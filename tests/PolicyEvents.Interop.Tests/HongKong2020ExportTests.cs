using nietras.SeparatedValues;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

/// <summary>The bundled Hong Kong 2020 dataset, exported and read back by DuckDB.</summary>
public class HongKong2020ExportTests
{
    private static readonly Lazy<PolicyDataset> Dataset = new(() =>
        PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json")));

    /// <summary>docs/examples/hong-kong-2020-scopes.json: scoped policies that coexist, requests about Hong Kong users'
    /// data from any jurisdiction, and formal channels with their intermediaries.</summary>
    private static readonly Lazy<PolicyDataset> Scoped = new(() =>
        PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020-scopes.json")));

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

    [Fact]
    public async Task Parquet_Scoped_DuckDbFindsWhoCoversHongKongUsersData_AndTheChannels()
    {
        var dataset = Scoped.Value;
        using var file = new TempFile("hong-kong-2020-scopes.parquet");
        await using (var stream = File.Create(file.Path))
        {
            await PolicyEventParquet.WriteAsync(dataset, stream);
        }
        var path = DuckDb.Literal(file.Path);

        // Requests about Hong Kong users' data, from any requesting jurisdiction: not ordinary HK policies.
        DuckDb.Query($"SELECT id, company, stance FROM read_parquet({path}) "
                + "WHERE list_contains(subjectJurisdictions, 'HK') AND origin = 'anyJurisdiction' ORDER BY id")
            .Should().BeEquivalentTo(new[] { new object[] { "telegram-hk-about", "telegram", "paused" }, ["zoom-hk-about", "zoom", "paused"] },
                o => o.WithStrictOrdering());
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path}) WHERE origin = 'eventJurisdiction' AND len(subjectJurisdictions) = 0").Single()[0]
            .Should().Be((long)dataset.Events.Length - 2);
        // The formal channels, as values: Apple's content requests and Google's, each through an MLAT.
        DuckDb.Query($"SELECT id, requestKinds, channelKind, channelIntermediary, channelIntermediaryJurisdiction FROM read_parquet({path}) "
                + "WHERE channelKind IS NOT NULL ORDER BY id")
            .Should().BeEquivalentTo(new[]
            {
                new object?[] { "apple-hk-content", new List<string> { "content" }, "mlat", "U.S. Department of Justice", "US" },
                ["google-hk-mlat", new List<string> { "userData" }, "mlat", null, "US"],
            }, o => o.WithStrictOrdering());
        DuckDb.Query($"SELECT id, stance FROM read_parquet({path}) WHERE list_contains(requestKinds, 'nonContent')").Single()
            .Should().Equal("apple-hk-non-content", "respondingAsUsual");
    }

    [Fact]
    public void Csv_Scoped_RoundTripsSubjectsOriginAndChannel()
    {
        var dataset = Scoped.Value;
        var csv = PolicyEventCsv.ToCsv(dataset.Events);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        var read = new List<EventId>();
        foreach (var row in reader)
        {
            var id = row["id"].ToString();
            var e = dataset.Events.Single(x => x.Id.Value == id);
            var subjects = row["subjectJurisdictions"].ToString();
            var scope = e.Policy.Scope
                .WithSubjectJurisdictions(subjects.Length == 0 ? [] : subjects.Split(';').Select(j => new JurisdictionCode(j)))
                .WithOrigin(row["origin"].ToString() switch
                {
                    "eventJurisdiction" => RequestOrigin.EventJurisdiction,
                    "anyJurisdiction" => RequestOrigin.AnyJurisdiction,
                    var other => throw new InvalidOperationException($"Not an origin: '{other}'."),
                });
            var kind = row["channelKind"].ToString();
            var intermediary = row["channelIntermediary"].ToString();
            var intermediaryJurisdiction = row["channelIntermediaryJurisdiction"].ToString();
            FormalChannel? channel = kind.Length == 0 ? null : new FormalChannel(
                kind switch
                {
                    "mlat" => FormalChannelKind.Mlat,
                    "lettersRogatory" => FormalChannelKind.LettersRogatory,
                    "diplomatic" => FormalChannelKind.Diplomatic,
                    "other" => FormalChannelKind.Other,
                    _ => throw new InvalidOperationException($"Not a channel kind: '{kind}'."),
                },
                intermediary.Length == 0 ? null : intermediary,
                intermediaryJurisdiction.Length == 0 ? null : new JurisdictionCode(intermediaryJurisdiction));

            scope.Should().Be(e.Policy.Scope, $"{e.Id}'s scope comes back from its columns");
            channel.Should().Be(e.Policy.Channel, $"{e.Id}'s channel comes back from its columns");
            read.Add(e.Id);
        }

        read.Should().Equal(dataset.Events.Select(e => e.Id));
        dataset.Events.Should().Contain(e => !e.Policy.Scope.SubjectJurisdictions.IsEmpty)
            .And.Contain(e => e.Policy.Channel != null && e.Policy.Channel.Intermediary != null, "the example exercises every new column");
    }
}
