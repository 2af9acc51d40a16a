using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Tests.Commands;

/// <summary><c>timeline</c> on scoped policies (issue 16): a row per scope piece, with the scope, channel and variants columns.</summary>
public sealed class TimelineScopeTests
{
    /// <summary><see cref="TestDatasets.Scoped()"/> with a statement behind Apple's event that two outlets word differently.</summary>
    private static PolicyDataset Dataset()
    {
        var scoped = TestDatasets.Scoped();
        var source = scoped.Sources[0].Id;
        var other = new Source(new SourceId("afp"), "AFP", "Apple and MLAT");
        var statement = new Statement(new StatementId("apple-mlat"), "Requests must come through the MLAT process.",
            new Speaker(new CompanyId("apple")), null, LanguageTag.English, [source],
            [new StatementVariant("Requests have to go through the MLAT.", null, [other.Id], isParaphrase: true)]);
        var events = scoped.Events.Select(e => e.Id.Value == "apple-hk-content"
            ? new PolicyEvent(e.Id, e.Company, e.Jurisdiction, e.Policy, e.Effective, e.Announced, e.Recorded, [statement.Id], e.Sources)
            : e);
        return new PolicyDataset(scoped.Metadata, scoped.Companies, [], [.. scoped.Sources, other], [statement], [], events, []);
    }

    [Fact]
    public void Csv_has_a_row_per_scope_piece_with_scope_channel_and_variants()
    {
        var result = CliRunner.Run(Dataset(), Path.GetTempPath(), "timeline", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be(""""
            company,jurisdiction,from,until,start,end,stance,scope,change,announced,event,channel,statements,variants
            apple,HK,2020-07-08,,2020-07-07T16:00:00Z,,formalChannelOnly,content,first record,2020-07-08,apple-hk-content,mlat via United States Department of Justice (US),"Apple: ""Requests must come through the MLAT process.""","apple-mlat also reported as ""Requests have to go through the MLAT."" (paraphrase) [afp]"
            telegram,HK,2020-07-06,,2020-07-05T16:00:00Z,,refusing,about HK from any jurisdiction,first record,2020-07-06,telegram-hk-about,,,
            zoom,HK,2020-07-07,,2020-07-06T16:00:00Z,,paused,about HK from any jurisdiction,first record,2020-07-07,zoom-hk-about,,,
            zoom,HK,2020-07-07,,2020-07-06T16:00:00Z,,paused,any,first record,2020-07-07,zoom-hk-from,,,

            """".Replace("\r", ""));
    }

    [Fact]
    public void The_table_shows_variants_under_the_statements()
    {
        var result = CliRunner.Run(Dataset(), Path.GetTempPath(), "timeline", "-c", "apple");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company  jurisdiction  from        until  stance             scope    change        announced   event
            -------  ------------  ----------  -----  -----------------  -------  ------------  ----------  ----------------
            apple    HK            2020-07-08         formalChannelOnly  content  first record  2020-07-08  apple-hk-content
                Apple: "Requests must come through the MLAT process."
                apple-mlat also reported as "Requests have to go through the MLAT." (paraphrase) [afp]

            """.Replace("\r", ""));
    }
}
