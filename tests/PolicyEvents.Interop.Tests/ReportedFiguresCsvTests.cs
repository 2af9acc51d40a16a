using nietras.SeparatedValues;

namespace PolicyEvents.Interop.Tests;

public class ReportedFiguresCsvTests
{
    private static readonly string[] DocumentedColumns =
    [
        "company", "jurisdiction", "jurisdictionName", "periodStart", "periodEnd", "periodStartDerived",
        "category", "legalProcess", "requestKinds",
        "requests", "requestsMin", "requestsMax",
        "accounts", "accountsMin", "accountsMax",
        "requestsWithDataProduced", "requestsWithDataProducedMin", "requestsWithDataProducedMax",
        "percentWithDataProduced", "percentWithDataProducedValue",
        "sourceFile", "sourceLine",
        "assistingJurisdiction",
        "requestsWithContentProduced", "requestsWithContentProducedMin", "requestsWithContentProducedMax",
        "requestsWithOnlyNonContentProduced", "requestsWithOnlyNonContentProducedMin", "requestsWithOnlyNonContentProducedMax",
        "requestsWithNoDataFound", "requestsWithNoDataFoundMin", "requestsWithNoDataFoundMax",
        "requestsRejected", "requestsRejectedMin", "requestsRejectedMax",
        "accountsWithDataPreserved", "accountsWithDataPreservedMin", "accountsWithDataPreservedMax",
        "percentWithContentProduced", "percentWithContentProducedValue",
        "percentWithOnlyNonContentProduced", "percentWithOnlyNonContentProducedValue",
        "percentWithNoDataFound", "percentWithNoDataFoundValue",
        "percentRejected", "percentRejectedValue",
        "sourcePublished", "sourceId",
    ];

    /// <summary>The 26 columns after <c>sourceLine</c>, all empty for figures without outcomes, assisting country, day or source.</summary>
    private static readonly string[] NoOutcomes = [.. Enumerable.Repeat("", 26)];

    private static readonly string[][] ExpectedRows =
    [
        [
            "facebook", "HK", "Hong Kong", "2020-01-01", "2020-06-30", "false", "Total Requests", "all", "userData;emergencyDisclosure",
            "262", "262", "262", "285", "285", "285", "62", "62", "62", "24%", "24", "PRPL-Facebook-Government-Report-2020_H1.csv", "98",
            .. NoOutcomes,
        ],
        [
            "google", "", "United Nations", "2020-07-01", "2020-12-31", "true", "Other Legal Requests, \"misc\"", "legalProcess", "userData",
            "0-249", "0", "249", "1,624", "1624", "1624", "", "", "", "81.5", "81.5", "", "",
            .. NoOutcomes,
        ],
        [
            "acme", "JP", "Japan", "2021-01-01", "2021-12-31", "false", "Mystery Requests", "unspecified", "",
            "<10", "0", "9", "", "", "", "", "", "", "", "", "", "",
            .. NoOutcomes,
        ],
    ];

    [Fact]
    public void Columns_AreTheDocumentedOnesInOrder()
    {
        ReportedFiguresCsv.Columns.Should().Equal(DocumentedColumns);
        ReportedFiguresParquet.Columns.Should().Equal(DocumentedColumns, "the Parquet export has the same columns");
    }

    [Fact]
    public void ToCsv_WritesTheHeader_AndQuotesOnlyWhereNeeded()
    {
        var csv = ReportedFiguresCsv.ToCsv(FigureSamples.All);

        csv.Should().StartWith(string.Join(',', DocumentedColumns) + "\n").And.EndWith("\n").And.NotContain("\r");
        csv.Split('\n')[1].Should().Be("facebook,HK,Hong Kong,2020-01-01,2020-06-30,false,Total Requests,all,userData;emergencyDisclosure,"
            + "262,262,262,285,285,285,62,62,62,24%,24,PRPL-Facebook-Government-Report-2020_H1.csv,98" + new string(',', 26));
        csv.Split('\n')[2].Should().StartWith("google,,United Nations,2020-07-01,2020-12-31,true,\"Other Legal Requests, \"\"misc\"\"\",legalProcess,userData,"
            + "0-249,0,249,\"1,624\",1624,1624,,,,81.5,81.5,,");
    }

    [Fact]
    public void ToCsv_RoundTripsThroughSepReader()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(ReportedFiguresCsv.ToCsv(FigureSamples.All));

        reader.Header.ColNames.Should().Equal(DocumentedColumns);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[DocumentedColumns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[DocumentedColumns[i]].ToString();
            }
            rows.Add(values);
        }
        rows.Should().HaveCount(3);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Should().Equal(ExpectedRows[i], $"row {i + 1} reads back as written");
        }
    }

    [Fact]
    public void Write_RealExports_OneRowPerFigureSet_ReadByDuckDb()
    {
        var meta = FigureSamples.ReadMeta2020H1();
        var google = FigureSamples.ReadGoogle();
        var all = meta.Figures.Concat(google.Figures).ToList();
        using var file = new TempFile("figures.csv");
        using (var stream = File.Create(file.Path))
        {
            ReportedFiguresCsv.Write(all, stream);
        }

        var source = $"read_csv({DuckDb.Literal(file.Path)}, header = true, all_varchar = true, quote = '\"', escape = '\"', delim = ',')";
        DuckDb.Query($"SELECT count(*) FROM {source}").Single()[0].Should().Be((long)all.Count);
        DuckDb.Query($"SELECT count(*) FROM {source} WHERE company = 'google'").Single()[0].Should().Be((long)google.Figures.Length);
        var hongKong = DuckDb.Query(
            $"SELECT requests, accounts, requestsWithDataProduced, percentWithDataProduced, percentWithDataProducedValue, sourceLine FROM {source} "
            + "WHERE company = 'facebook' AND jurisdiction = 'HK' AND category = 'Total Requests'").Single();
        hongKong.Should().Equal("262", "285", "62", "24%", "24", "98");
        var googleHongKong = DuckDb.Query(
            $"SELECT periodStart, periodStartDerived, requests, accounts, percentWithDataProduced FROM {source} "
            + "WHERE company = 'google' AND jurisdiction = 'HK' AND periodEnd = '2020-06-30' AND category = 'Other Legal Requests'").Single();
        googleHongKong.Should().Equal("2020-01-01", "true", "135", "327", "81");
    }

    [Fact]
    public void The_outcome_figures_published_day_and_source_are_written()
    {
        var microsoft = PolicyDatasets.HongKong2020.Figures.Single(f => f.Company == new Domain.CompanyId("microsoft") && f.Period.Start == new NodaTime.LocalDate(2020, 1, 1));
        var dated = microsoft.WithProvenance(microsoft.Provenance!.WithPublished(new NodaTime.LocalDate(2021, 3, 1)));

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(ReportedFiguresCsv.ToCsv([microsoft, dated]));
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            foreach (var column in DocumentedColumns)
            {
                values[column] = row[column].ToString();
            }
            rows.Add(values);
        }

        rows[0]["requests"].Should().Be("77");
        rows[0]["requestsWithContentProduced"].Should().Be("0");
        rows[0]["requestsWithOnlyNonContentProduced"].Should().Be("46");
        rows[0]["requestsWithOnlyNonContentProducedMax"].Should().Be("46");
        rows[0]["requestsWithNoDataFound"].Should().Be("8");
        rows[0]["requestsRejected"].Should().Be("23");
        rows[0]["percentWithOnlyNonContentProducedValue"].Should().Be("59.74");
        rows[0]["percentRejectedValue"].Should().Be("29.87");
        rows[0]["accountsWithDataPreserved"].Should().BeEmpty("Microsoft does not publish it");
        rows[0]["assistingJurisdiction"].Should().BeEmpty();
        rows[0]["sourceFile"].Should().Be("Microsoft_LERR_2020_H1.xlsx");
        rows[0]["sourceId"].Should().Be("microsoft-law-enforcement-requests-export");
        rows[0]["sourcePublished"].Should().BeEmpty("the export is not dated");
        rows[1]["sourcePublished"].Should().Be("2021-03-01");
    }

    [Fact]
    public void Write_ToTextWriter_UsesLineFeed_AndWithNoFiguresWritesTheHeaderOnly()
    {
        using var text = new StringWriter { NewLine = "\r\n" };

        ReportedFiguresCsv.Write([], text);

        text.ToString().Should().Be(string.Join(',', DocumentedColumns) + "\n");
    }

    [Fact]
    public void Write_RejectsNullArguments_AndNullItems()
    {
        using var text = new StringWriter();

        FluentActions.Invoking(() => ReportedFiguresCsv.Write(null!, text)).Should().Throw<ArgumentNullException>().WithParameterName("figures");
        FluentActions.Invoking(() => ReportedFiguresCsv.Write([], (TextWriter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => ReportedFiguresCsv.Write([], (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => ReportedFiguresCsv.ToCsv([FigureSamples.Sparse, null!]))
            .Should().Throw<ArgumentException>().WithParameterName("figures").WithMessage("The figure set at index 1 is null.*");
        using var readOnly = new MemoryStream([], writable: false);
        FluentActions.Invoking(() => ReportedFiguresCsv.Write([], readOnly)).Should().Throw<ArgumentException>().WithParameterName("stream");
    }
}
