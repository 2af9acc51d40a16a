using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public DiffCommandTests()
    {
        _dir.File("v1.json", """{"formatVersion":"test","name":"first"}""");
        _dir.File("v1-copy.jsonl", """{"type":"dataset","name":"first"}""");
        _dir.File("v2.json", """{"formatVersion":"test","name":"next"}""");
        _dir.File("broken.json", """{"formatVersion":"test","name":"broken"}""");
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(new FakeCodec(), _dir.Path, args);

    [Fact]
    public void Equal_releases_exit_0()
    {
        var result = Run("diff", "v1.json", "v1-copy.jsonl");

        result.ExitCode.Should().Be(0);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("no differences\n");
    }

    [Fact]
    public void Different_releases_list_the_changes_and_exit_1()
    {
        var result = Run("diff", "v1.json", "v2.json", "--format", "csv");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("""
            kind,id,change,detail
            event,google-hk-2019,removed,
            event,whatsapp-hk-pause,changed,stance paused -> refusing
            source,hkfp-2020-07-08,added,
            figure,google/HK/2020-H1/requests,changed,value 100 -> 120

            """.Replace("\r", ""));
    }

    [Fact]
    public void Any_trouble_exits_2_like_diff()
    {
        Run("diff", "v1.json", "missing.json").ExitCode.Should().Be(2);

        var broken = Run("diff", "v1.json", "broken.json");
        broken.ExitCode.Should().Be(2);
        broken.Error.Should().Be("policyevents: error: broken.json:3:7: error PE0100: malformed\n");
    }

    [Fact]
    public void Changed_members_are_named()
    {
        var older = TestDatasets.HongKong();
        var changed = TestDatasets.GooglePaused.WithDates(TestDatasets.GooglePaused.Effective, PartialDate.Parse("2020-07-07"));
        var newer = new PolicyEvents.Cli.Data.CliDataset("(n)", older.Header, older.Companies, older.Jurisdictions, older.Sources, older.Statements,
            older.Triggers, [TestDatasets.GoogleBefore, changed, TestDatasets.WhatsAppPaused], older.Figures);

        DatasetDiff.Compare(older, newer).Should().Equal(new DatasetChange("event", "google-hk-pause", "changed", "announced"));
    }

    [Fact]
    public void A_source_url_written_differently_is_a_change_of_its_url()
    {
        var older = TestDatasets.HongKong();
        Source WithUrl(Source s, string url) => new(s.Id, s.Publisher, s.Title, new Uri(url), s.Published, s.Byline, s.Agency, s.Retrieved);
        CliDataset With(string url) => new("(n)", older.Header, older.Companies, older.Jurisdictions,
            [WithUrl(older.Sources[0], url), .. older.Sources.Skip(1)], older.Statements, older.Triggers, older.Events, older.Figures);

        DatasetDiff.Compare(With("https://example.com/google#pause"), With("https://example.com/google#statement"))
            .Should().Equal(new DatasetChange("source", older.Sources[0].Id.Value, "changed", "url"));
    }
}
