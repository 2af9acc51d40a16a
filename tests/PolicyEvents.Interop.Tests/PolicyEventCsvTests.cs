using System.Text;
using nietras.SeparatedValues;
using PolicyEvents.Domain;

namespace PolicyEvents.Interop.Tests;

public class PolicyEventCsvTests
{
    private static readonly string[] DocumentedColumns =
    [
        "id", "company", "jurisdiction", "stance", "requestKinds", "requesters", "products", "conditions", "exceptions",
        "effective", "effectivePrecision", "announced", "announcedPrecision", "recorded",
        "trigger", "supersedes", "statements", "sources", "note",
        "subjectJurisdictions", "origin", "channelKind", "channelIntermediary", "channelIntermediaryJurisdiction",
    ];

    /// <summary>What each sample row must read back as, column by column, after CSV unquoting.</summary>
    private static readonly Dictionary<string, string[]> ExpectedRows = new()
    {
        ["google-hk-2020-07"] =
        [
            "google-hk-2020-07", "google", "HK", "paused", "userData;emergencyDisclosure", "government;lawEnforcement",
            "Search, Maps;Drive\\; Docs;Back\\\\slash \"quoted\"",
            "Through the mutual legal assistance treaty\\; no other channel", "Threat to life;Child safety",
            "2020-06-30T23:00:00+08:00", "instant", "2020-07-06?", "day", "2026-11-28T14:30:00Z",
            "hk-nsl-2020", "google-hk-2020-07-draft", "google-2020-07-06;google-2020-07-06-verge", "afp-2020-07-08;reuters-2020-07-06",
            "Google said \"we paused\", when the law took effect;\nReuters: \"on Monday\".",
            "HK;MO", "anyJurisdiction", "", "", "",
        ],
        ["apple-hk-2020-07"] =
        [
            "apple-hk-2020-07", "apple", "HK", "reviewing", "", "", "", "", "", "", "", "2020-07", "month", "2026-11-28T14:30:00.25Z",
            "", "", "", "", "",
            "", "eventJurisdiction", "", "", "",
        ],
        ["line-jp-2021"] =
        [
            "line-jp-2021", "line", "JP", "formalChannelOnly", "userData;contentRemoval;preservation;emergencyDisclosure",
            "government;lawEnforcement;courts", "LINE", "", "", "2021%", "year", "", "", "2026-11-28T14:30:00Z", "", "", "", "", "",
            "", "eventJurisdiction", "lettersRogatory", "Ministry of Justice, \"International\" Affairs", "JP",
        ],
    };

    [Fact]
    public void Columns_AreTheDocumentedOnesInOrder() =>
        PolicyEventCsv.Columns.Should().Equal(DocumentedColumns);

    [Fact]
    public void Columns_StartWithTheOriginalNineteen_SoOlderReadersKeepWorking() =>
        PolicyEventCsv.Columns.Take(19).Should().Equal(
            "id", "company", "jurisdiction", "stance", "requestKinds", "requesters", "products", "conditions", "exceptions",
            "effective", "effectivePrecision", "announced", "announcedPrecision", "recorded",
            "trigger", "supersedes", "statements", "sources", "note");

    [Fact]
    public void Columns_EndWithTheScopeColumns_InTheParquetExportsOrder() =>
        PolicyEventCsv.Columns.Skip(19).Should().Equal(PolicyEventParquet.Columns.Skip(24))
            .And.Equal("subjectJurisdictions", "origin", "channelKind", "channelIntermediary", "channelIntermediaryJurisdiction");

    [Fact]
    public void ToCsv_StartsWithTheHeaderRow_AndEndsEveryRowWithLineFeed()
    {
        var csv = PolicyEventCsv.ToCsv(InteropSamples.All);

        csv.Should().StartWith(string.Join(',', DocumentedColumns) + "\n");
        csv.Should().EndWith("\n").And.NotContain("\r");
    }

    [Fact]
    public void ToCsv_QuotesOnlyValuesThatNeedIt_DoublingQuotes()
    {
        var csv = PolicyEventCsv.ToCsv([InteropSamples.Full]);
        var row = csv.Split('\n', 2)[1];

        row.Should().StartWith("google-hk-2020-07,google,HK,paused,userData;emergencyDisclosure,government;lawEnforcement,"
            + "\"Search, Maps;Drive\\; Docs;Back\\\\slash \"\"quoted\"\"\","
            + "Through the mutual legal assistance treaty\\; no other channel,Threat to life;Child safety,2020-06-30T23:00:00+08:00,instant,2020-07-06?,day,");
        row.Should().EndWith(",\"Google said \"\"we paused\"\", when the law took effect;\nReuters: \"\"on Monday\"\".\",HK;MO,anyJurisdiction,,,\n");
    }

    [Fact]
    public void ToCsv_RoundTripsThroughSepReader()
    {
        var csv = PolicyEventCsv.ToCsv(InteropSamples.All);

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        reader.Header.ColNames.Should().Equal(DocumentedColumns);
        var ids = new List<string>();
        foreach (var row in reader)
        {
            var values = new string[DocumentedColumns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = row[DocumentedColumns[i]].ToString();
            }
            values.Should().Equal(ExpectedRows[values[0]], $"row {values[0]} reads back as written");
            ids.Add(values[0]);
        }
        ids.Should().Equal("google-hk-2020-07", "apple-hk-2020-07", "line-jp-2021");
    }

    [Fact]
    public void Write_ToStream_IsUtf8WithoutByteOrderMark_ReadByDuckDb()
    {
        var withDash = InteropSamples.Minimal.WithPolicy(new RequestPolicy(PolicyStance.Reviewing,
            new RequestScope(RequestKinds.None, Requesters.None, ["Apple Music – Hong Kong"])));
        using var file = new TempFile("events.csv");
        using (var stream = File.Create(file.Path))
        {
            PolicyEventCsv.Write([InteropSamples.Full, withDash, InteropSamples.YearInTokyo], stream);
            stream.CanWrite.Should().BeTrue("the stream is left open");
        }

        File.ReadAllBytes(file.Path).Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        var rows = DuckDb.Query(
            $"SELECT {string.Join(", ", DocumentedColumns.Select(c => $"coalesce(\"{c}\", '')"))} "
            + $"FROM read_csv({DuckDb.Literal(file.Path)}, header = true, all_varchar = true, quote = '\"', escape = '\"', delim = ',')");

        rows.Should().HaveCount(3);
        rows[0].Should().Equal(ExpectedRows["google-hk-2020-07"]);
        rows[1][6].Should().Be("Apple Music – Hong Kong");
        rows[2].Should().Equal(ExpectedRows["line-jp-2021"]);
    }

    [Fact]
    public void Write_ToTextWriter_UsesLineFeedWhateverTheWritersNewLine_AndLeavesItOpen()
    {
        using var text = new StringWriter { NewLine = "\r\n" };

        PolicyEventCsv.Write([InteropSamples.Minimal], text);
        text.Write("after");

        text.ToString().Should().Be(string.Join(',', DocumentedColumns) + "\n"
            + "apple-hk-2020-07,apple,HK,reviewing,,,,,,,,2020-07,month,2026-11-28T14:30:00.25Z,,,,,,,eventJurisdiction,,,\nafter");
    }

    [Fact]
    public void ToCsv_WithNoEvents_WritesTheHeaderOnly() =>
        PolicyEventCsv.ToCsv([]).Should().Be(string.Join(',', DocumentedColumns) + "\n");

    [Fact]
    public void Write_RejectsNullArguments_AndNullEvents()
    {
        using var text = new StringWriter();

        FluentActions.Invoking(() => PolicyEventCsv.Write(null!, text)).Should().Throw<ArgumentNullException>().WithParameterName("events");
        FluentActions.Invoking(() => PolicyEventCsv.Write([], (TextWriter)null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => PolicyEventCsv.Write([], (Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => PolicyEventCsv.ToCsv([InteropSamples.Full, null!]))
            .Should().Throw<ArgumentException>().WithParameterName("events").WithMessage("The event at index 1 is null.*");
    }

    [Fact]
    public void Write_RejectsReadOnlyStream()
    {
        using var readOnly = new MemoryStream([], writable: false);

        FluentActions.Invoking(() => PolicyEventCsv.Write([], readOnly)).Should().Throw<ArgumentException>().WithParameterName("stream");
    }
}
