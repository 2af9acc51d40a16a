using System.Collections;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

public class PolicyEventParquetTests
{
    private static readonly string[] DocumentedColumns =
    [
        "id", "company", "jurisdiction", "timeZone", "stance", "requestKinds", "requesters", "products", "conditions", "exceptions",
        "effective", "effectivePrecision", "effectiveStart", "effectiveEnd",
        "announced", "announcedPrecision", "announcedStart", "announcedEnd",
        "recorded", "trigger", "supersedes", "statements", "sources", "note",
        "subjectJurisdictions", "origin", "channelKind", "channelIntermediary", "channelIntermediaryJurisdiction",
    ];

    [Fact]
    public void Columns_AreTheDocumentedOnesInOrder() =>
        PolicyEventParquet.Columns.Should().Equal(DocumentedColumns);

    [Fact]
    public async Task WriteAsync_WritesTypedColumns_AsDuckDbReadsThem()
    {
        using var file = await WriteAsync(InteropSamples.All);

        var schema = DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(file.Path)})")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

        schema.Keys.Should().Equal(DocumentedColumns);
        schema["id"].Should().Be("VARCHAR");
        schema["requestKinds"].Should().Be("VARCHAR[]");
        schema["statements"].Should().Be("VARCHAR[]");
        schema["effectiveStart"].Should().Be("TIMESTAMP WITH TIME ZONE");
        schema["announcedEnd"].Should().Be("TIMESTAMP WITH TIME ZONE");
        schema["recorded"].Should().Be("TIMESTAMP WITH TIME ZONE");
        schema["subjectJurisdictions"].Should().Be("VARCHAR[]");
        schema["origin"].Should().Be("VARCHAR");
        schema["channelKind"].Should().Be("VARCHAR");
    }

    [Fact]
    public async Task WriteAsync_WritesScopeAndChannel_InTheAppendedColumns()
    {
        using var file = await WriteAsync(InteropSamples.All);

        var rows = DuckDb.Query(
            "SELECT id, subjectJurisdictions, origin, channelKind, channelIntermediary, channelIntermediaryJurisdiction "
            + $"FROM read_parquet({DuckDb.Literal(file.Path)})");

        rows.Should().HaveCount(3);
        rows[0][0].Should().Be("google-hk-2020-07");
        List(rows[0][1]).Should().Equal("HK", "MO");
        rows[0][2..].Should().Equal(new object?[] { "anyJurisdiction", null, null, null });
        List(rows[1][1]).Should().BeEmpty("an unscoped event has an empty list, not null");
        rows[1][2..].Should().Equal(new object?[] { "eventJurisdiction", null, null, null });
        rows[2][2..].Should().Equal("eventJurisdiction", "lettersRogatory", "Ministry of Justice, \"International\" Affairs", "JP");
    }

    [Fact]
    public async Task WriteAsync_WritesOneRowPerEvent_InOrder_WithTheirValues()
    {
        using var file = await WriteAsync(InteropSamples.All);

        var rows = DuckDb.Query(
            "SELECT id, company, jurisdiction, timeZone, stance, requestKinds, requesters, products, effective, effectivePrecision, "
            + "announced, announcedPrecision, trigger, supersedes, statements, sources, note "
            + $"FROM read_parquet({DuckDb.Literal(file.Path)})");

        rows.Should().HaveCount(3);
        var full = rows[0];
        full[..5].Should().Equal("google-hk-2020-07", "google", "HK", "Asia/Hong_Kong", "paused");
        List(full[5]).Should().Equal("userData", "emergencyDisclosure");
        List(full[6]).Should().Equal("government", "lawEnforcement");
        List(full[7]).Should().Equal("Search, Maps", "Drive; Docs", "Back\\slash \"quoted\"");
        full[8..14].Should().Equal("2020-06-30T23:00:00+08:00", "instant", "2020-07-06?", "day", "hk-nsl-2020", "google-hk-2020-07-draft");
        List(full[14]).Should().Equal("google-2020-07-06", "google-2020-07-06-verge");
        List(full[15]).Should().Equal("afp-2020-07-08", "reuters-2020-07-06");
        full[16].Should().Be(InteropSamples.Full.Note);

        var minimal = rows[1];
        minimal[0].Should().Be("apple-hk-2020-07");
        List(minimal[5]).Should().BeEmpty("no kinds is an empty list, not null");
        List(minimal[7]).Should().BeEmpty();
        List(minimal[14]).Should().BeEmpty();
        new[] { minimal[8], minimal[9], minimal[12], minimal[13], minimal[16] }.Should().AllSatisfy(v => v.Should().BeNull());
        minimal[10..12].Should().Equal("2020-07", "month");

        var tokyo = rows[2];
        tokyo[..5].Should().Equal("line-jp-2021", "line", "JP", "Asia/Tokyo", "formalChannelOnly");
        List(tokyo[5]).Should().Equal("userData", "contentRemoval", "preservation", "emergencyDisclosure");
        List(tokyo[6]).Should().Equal("government", "lawEnforcement", "courts");
        tokyo[8..10].Should().Equal("2021%", "year");
    }

    [Fact]
    public async Task WriteAsync_WritesConditionsAndExceptions_AsLists()
    {
        using var file = await WriteAsync(InteropSamples.All);

        var rows = DuckDb.Query($"SELECT id, conditions, exceptions FROM read_parquet({DuckDb.Literal(file.Path)})");

        rows.Select(r => r[0]).Should().Equal("google-hk-2020-07", "apple-hk-2020-07", "line-jp-2021");
        List(rows[0][1]).Should().Equal("Through the mutual legal assistance treaty; no other channel");
        List(rows[0][2]).Should().Equal("Threat to life", "Child safety");
        rows.Skip(1).Should().AllSatisfy(r =>
        {
            List(r[1]).Should().BeEmpty("no conditions is an empty list, not null");
            List(r[2]).Should().BeEmpty();
        });
    }

    [Fact]
    public async Task WriteAsync_WritesSpansInTheJurisdictionsZone_AsUtcMicroseconds()
    {
        using var file = await WriteAsync(InteropSamples.All);

        var rows = DuckDb.Query(
            "SELECT epoch_us(effectiveStart), epoch_us(effectiveEnd), epoch_us(announcedStart), epoch_us(announcedEnd), epoch_us(recorded) "
            + $"FROM read_parquet({DuckDb.Literal(file.Path)})");

        // The law's instant: [23:00 HKT, + 1 ns), written as one microsecond.
        var lawInForce = Instant.FromUtc(2020, 6, 30, 15, 0);
        rows[0][0].Should().Be(Micros(lawInForce));
        rows[0][1].Should().Be(Micros(lawInForce) + 1);
        // 6 July 2020 in Hong Kong (UTC+8).
        rows[0][2].Should().Be(Micros(Instant.FromUtc(2020, 7, 5, 16, 0)));
        rows[0][3].Should().Be(Micros(Instant.FromUtc(2020, 7, 6, 16, 0)));
        rows[0][4].Should().Be(Micros(InteropSamples.Recorded));
        // July 2020 in Hong Kong; recorded keeps its quarter second.
        rows[1][0].Should().BeNull();
        rows[1][1].Should().BeNull();
        rows[1][2].Should().Be(Micros(Instant.FromUtc(2020, 6, 30, 16, 0)));
        rows[1][3].Should().Be(Micros(Instant.FromUtc(2020, 7, 31, 16, 0)));
        rows[1][4].Should().Be(Micros(InteropSamples.Recorded) + 250_000);
        // The year 2021 in Tokyo (UTC+9).
        rows[2][0].Should().Be(Micros(Instant.FromUtc(2020, 12, 31, 15, 0)));
        rows[2][1].Should().Be(Micros(Instant.FromUtc(2021, 12, 31, 15, 0)));
        rows[2][2].Should().BeNull();
    }

    [Fact]
    public async Task WriteAsync_TakesTheZoneFromTheRegistryGiven()
    {
        var registry = JurisdictionRegistry.Default.With(
            [new Jurisdiction(new JurisdictionCode("HK"), "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "UTC", new JurisdictionCode("CN"))]);
        using var file = await WriteAsync([InteropSamples.Minimal], registry);

        var row = DuckDb.Query($"SELECT timeZone, epoch_us(announcedStart) FROM read_parquet({DuckDb.Literal(file.Path)})").Single();

        row.Should().Equal("UTC", Micros(Instant.FromUtc(2020, 7, 1, 0, 0)));
    }

    [Fact]
    public async Task WriteAsync_SplitsRowGroups_KeepingEveryRowInOrder()
    {
        var events = Enumerable.Range(0, 5)
            .Select(i => InteropSamples.Minimal.WithRecorded(InteropSamples.Recorded + Duration.FromSeconds(i)))
            .ToList();
        using var file = new TempFile("groups.parquet");
        using (var stream = File.Create(file.Path))
        {
            await PolicyEventParquet.WriteAsync(events, stream, JurisdictionRegistry.Default, rowGroupSize: 2);
        }

        var path = DuckDb.Literal(file.Path);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path})").Single()[0].Should().Be(5L);
        DuckDb.Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata({path})").Single()[0].Should().Be(3L);
        DuckDb.Query($"SELECT epoch_us(recorded) FROM read_parquet({path})").Select(r => r[0])
            .Should().Equal(events.Select(e => (object)Micros(e.Recorded)));
    }

    [Fact]
    public async Task WriteAsync_WithNoEvents_WritesAnEmptyFileWithTheSchema()
    {
        using var file = await WriteAsync([]);

        var path = DuckDb.Literal(file.Path);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path})").Single()[0].Should().Be(0L);
        DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({path})").Select(r => r[0]).Should().Equal(DocumentedColumns);
    }

    [Fact]
    public async Task WriteAsync_ToANonSeekableStream_WritesTheSameBytes()
    {
        using var seekable = new MemoryStream();
        await PolicyEventParquet.WriteAsync(InteropSamples.All, seekable, JurisdictionRegistry.Default);
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        await PolicyEventParquet.WriteAsync(InteropSamples.All, forwardOnly, JurisdictionRegistry.Default);

        target.ToArray().Should().Equal(seekable.ToArray());
        target.ToArray().Take(4).Should().Equal("PAR1"u8.ToArray());
    }

    [Fact]
    public async Task WriteAsync_RejectsAJurisdictionTheRegistryLacks()
    {
        var kosovo = new PolicyEvent(new EventId("x-xk"), new CompanyId("x"), new JurisdictionCode("XK"),
            new RequestPolicy(PolicyStance.Unknown), null, PartialDate.Parse("2020"), InteropSamples.Recorded);
        using var stream = new MemoryStream();

        var act = () => PolicyEventParquet.WriteAsync([kosovo], stream, JurisdictionRegistry.Iso3166);

        await act.Should().ThrowAsync<ArgumentException>().WithParameterName("jurisdictions").WithMessage("*'x-xk'*'XK'*");
    }

    [Fact]
    public async Task WriteAsync_RejectsNullArguments_AndNullEvents()
    {
        using var stream = new MemoryStream();

        await FluentActions.Awaiting(() => PolicyEventParquet.WriteAsync(null!, stream, JurisdictionRegistry.Default))
            .Should().ThrowAsync<ArgumentNullException>().WithParameterName("events");
        await FluentActions.Awaiting(() => PolicyEventParquet.WriteAsync([], null!, JurisdictionRegistry.Default))
            .Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        await FluentActions.Awaiting(() => PolicyEventParquet.WriteAsync([], stream, null!))
            .Should().ThrowAsync<ArgumentNullException>().WithParameterName("jurisdictions");
        await FluentActions.Awaiting(() => PolicyEventParquet.WriteAsync([], stream, JurisdictionRegistry.Default, rowGroupSize: 0))
            .Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("rowGroupSize");
        await FluentActions.Awaiting(() => PolicyEventParquet.WriteAsync([InteropSamples.Full, null!], stream, JurisdictionRegistry.Default))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("events").WithMessage("The event at index 1 is null.*");
    }

    private static async Task<TempFile> WriteAsync(IEnumerable<PolicyEvent> events, JurisdictionRegistry? registry = null)
    {
        var file = new TempFile("events.parquet");
        await using (var stream = File.Create(file.Path))
        {
            await PolicyEventParquet.WriteAsync(events, stream, registry ?? JurisdictionRegistry.Default);
        }
        return file;
    }

    private static long Micros(Instant instant) => instant.ToUnixTimeTicks() / 10;

    private static List<object?> List(object? value) =>
        value is IEnumerable items and not string ? [.. items.Cast<object?>()] : throw new InvalidOperationException($"Not a list: {value ?? "null"}");

    /// <summary>A stream that can only be written forward, like a network or a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
