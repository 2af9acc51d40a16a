using PolicyEvents.Figures;

namespace PolicyEvents.Interop.Tests;

public class ReportedFiguresParquetTests
{
    [Fact]
    public async Task WriteAsync_WritesTypedColumns_AsDuckDbReadsThem()
    {
        using var file = await WriteAsync(FigureSamples.All);

        var schema = DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(file.Path)})")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

        schema.Keys.Should().Equal(ReportedFiguresCsv.Columns);
        schema["company"].Should().Be("VARCHAR");
        schema["periodStart"].Should().Be("DATE");
        schema["periodEnd"].Should().Be("DATE");
        schema["periodStartDerived"].Should().Be("BOOLEAN");
        schema["requestKinds"].Should().Be("VARCHAR[]");
        schema["requestsMin"].Should().Be("BIGINT");
        schema["accountsMax"].Should().Be("BIGINT");
        schema["percentWithDataProducedValue"].Should().Be("DOUBLE");
        schema["sourceLine"].Should().Be("INTEGER");
        schema["requestsRejectedMin"].Should().Be("BIGINT");
        schema["percentWithNoDataFoundValue"].Should().Be("DOUBLE");
        schema["sourcePublished"].Should().Be("DATE");
        schema["sourceId"].Should().Be("VARCHAR");
    }

    [Fact]
    public async Task WriteAsync_WritesTheOutcomeFigures_PublishedDay_AndSource()
    {
        var microsoft = PolicyDatasets.HongKong2020.Figures.Single(f => f.Company == new Domain.CompanyId("microsoft") && f.Period.Start == new NodaTime.LocalDate(2020, 1, 1));
        var dated = microsoft.WithProvenance(microsoft.Provenance!.WithPublished(new NodaTime.LocalDate(2021, 3, 1)));
        using var file = await WriteAsync([dated]);

        var row = DuckDb.Query(
            "SELECT requestsWithOnlyNonContentProduced, requestsWithOnlyNonContentProducedMin, requestsRejectedMax, percentWithOnlyNonContentProducedValue, "
            + "percentRejected, accountsWithDataPreserved, assistingJurisdiction, CAST(sourcePublished AS VARCHAR), sourceId "
            + $"FROM read_parquet({DuckDb.Literal(file.Path)})").Single();

        row.Should().Equal(new object?[] { "46", 46L, 23L, 59.74, microsoft.Figures.PercentRejected.Text, null, null, "2021-03-01",
            "microsoft-law-enforcement-requests-export" });
    }

    [Fact]
    public async Task WriteAsync_WritesEachFigureAsPublished_WithTypedBounds()
    {
        using var file = await WriteAsync(FigureSamples.All);

        var rows = DuckDb.Query(
            "SELECT company, jurisdiction, jurisdictionName, CAST(periodStart AS VARCHAR), CAST(periodEnd AS VARCHAR), periodStartDerived, "
            + "category, legalProcess, requests, requestsMin, requestsMax, accounts, accountsMin, accountsMax, "
            + "requestsWithDataProduced, requestsWithDataProducedMin, percentWithDataProduced, percentWithDataProducedValue, sourceFile, sourceLine, "
            + $"array_to_string(requestKinds, ';'), len(requestKinds) FROM read_parquet({DuckDb.Literal(file.Path)})");

        rows.Should().HaveCount(3);
        rows[0].Should().Equal(new object?[] { "facebook", "HK", "Hong Kong", "2020-01-01", "2020-06-30", false, "Total Requests", "all",
            "262", 262L, 262L, "285", 285L, 285L, "62", 62L, "24%", 24.0, "PRPL-Facebook-Government-Report-2020_H1.csv", 98,
            "userData;emergencyDisclosure", 2L });
        rows[1].Should().Equal(new object?[] { "google", null, "United Nations", "2020-07-01", "2020-12-31", true, "Other Legal Requests, \"misc\"", "legalProcess",
            "0-249", 0L, 249L, "1,624", 1624L, 1624L, null, null, "81.5", 81.5, null, null,
            "userData", 1L });
        rows[2].Should().Equal(new object?[] { "acme", "JP", "Japan", "2021-01-01", "2021-12-31", false, "Mystery Requests", "unspecified",
            "<10", 0L, 9L, null, null, null, null, null, null, null, null, null,
            "", 0L });
    }

    [Fact]
    public async Task WriteAsync_RealExports_RowCountsAndValues()
    {
        var google = FigureSamples.ReadGoogle();
        using var file = new TempFile("google.parquet");
        await using (var stream = File.Create(file.Path))
        {
            await ReportedFiguresParquet.WriteAsync(google.Figures, stream, rowGroupSize: 1000);
        }

        var path = DuckDb.Literal(file.Path);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path})").Single()[0].Should().Be((long)google.Figures.Length);
        DuckDb.Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata({path})").Single()[0]
            .Should().Be((long)((google.Figures.Length + 999) / 1000));
        DuckDb.Query($"SELECT requestsMin, accountsMin, percentWithDataProducedValue, periodStartDerived FROM read_parquet({path}) "
            + "WHERE jurisdiction = 'HK' AND periodEnd = DATE '2020-06-30' AND category = 'Other Legal Requests'").Single()
            .Should().Equal(135L, 327L, 81.0, true);
        var exact = google.Figures.Count(f => f.Figures.Requests.Kind == PublishedNumberKind.Exact);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path}) WHERE requestsMin = requestsMax").Single()[0].Should().Be((long)exact);
    }

    [Fact]
    public async Task WriteAsync_WithNoFigures_WritesAnEmptyFileWithTheSchema()
    {
        using var file = await WriteAsync([]);

        var path = DuckDb.Literal(file.Path);
        DuckDb.Query($"SELECT count(*) FROM read_parquet({path})").Single()[0].Should().Be(0L);
        DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({path})").Select(r => r[0]).Should().Equal(ReportedFiguresCsv.Columns);
    }

    [Fact]
    public async Task WriteAsync_RejectsNullArguments_AndNullItems()
    {
        using var stream = new MemoryStream();

        await FluentActions.Awaiting(() => ReportedFiguresParquet.WriteAsync(null!, stream)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("figures");
        await FluentActions.Awaiting(() => ReportedFiguresParquet.WriteAsync([], null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        await FluentActions.Awaiting(() => ReportedFiguresParquet.WriteAsync([], stream, rowGroupSize: 0))
            .Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("rowGroupSize");
        await FluentActions.Awaiting(() => ReportedFiguresParquet.WriteAsync([FigureSamples.Sparse, null!], stream))
            .Should().ThrowAsync<ArgumentException>().WithParameterName("figures").WithMessage("The figure set at index 1 is null.*");
    }

    private static async Task<TempFile> WriteAsync(IEnumerable<ReportedFigures> figures)
    {
        var file = new TempFile("figures.parquet");
        await using (var stream = File.Create(file.Path))
        {
            await ReportedFiguresParquet.WriteAsync(figures, stream);
        }
        return file;
    }
}
