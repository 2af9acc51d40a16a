using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

/// <summary><c>at</c> asked about one request (<c>--kind</c>, <c>--requester</c>, <c>--subject</c>, <c>--product</c>).</summary>
public sealed class AtRequestTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.Scoped(), Path.GetTempPath(), args);

    [Fact]
    public void One_request_gets_each_companys_policy_that_covers_it_no_recorded_policy_included()
    {
        var result = Run("at", "2020-07-10", "-j", "HK", "--kind", "content", "--requester", "lawEnforcement", "--subject", "HK");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            company   name      jurisdiction  status            stance             scope                           since       announced   event              channel                                            statements
            --------  --------  ------------  ----------------  -----------------  ------------------------------  ----------  ----------  -----------------  -------------------------------------------------  ----------
            apple     Apple     HK            inForce           formalChannelOnly  content                         2020-07-08  2020-07-08  apple-hk-content   mlat via United States Department of Justice (US)
            facebook  Facebook  HK            noRecordedPolicy
            telegram  Telegram  HK            inForce           refusing           about HK from any jurisdiction  2020-07-06  2020-07-06  telegram-hk-about
            zoom      Zoom      HK            inForce           paused             any                             2020-07-07  2020-07-07  zoom-hk-from

            """.Replace("\r", ""));
    }

    [Fact]
    public void Csv_gives_the_instant_each_policy_took_effect_and_empty_cells_without_one()
    {
        var result = Run("at", "2020-07-10", "-j", "hk", "--kind", "Content", "--requester", "lawEnforcement", "--subject", "HK", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            apple,Apple,HK,inForce,formalChannelOnly,content,2020-07-08,2020-07-07T16:00:00Z,2020-07-08,apple-hk-content,mlat via United States Department of Justice (US),
            facebook,Facebook,HK,noRecordedPolicy,,,,,,,,
            telegram,Telegram,HK,inForce,refusing,about HK from any jurisdiction,2020-07-06,2020-07-05T16:00:00Z,2020-07-06,telegram-hk-about,,
            zoom,Zoom,HK,inForce,paused,any,2020-07-07,2020-07-06T16:00:00Z,2020-07-07,zoom-hk-from,,

            """.Replace("\r", ""));
    }

    [Fact]
    public void Json_rows_without_a_policy_have_null_cells()
    {
        var result = Run("at", "2020-07-10", "-j", "HK", "--kind", "nonContent", "-c", "facebook", "-f", "json");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            [
              {
                "company": "facebook",
                "name": "Facebook",
                "jurisdiction": "HK",
                "status": "noRecordedPolicy",
                "stance": null,
                "scope": null,
                "since": null,
                "start": null,
                "announced": null,
                "event": null,
                "channel": null,
                "statements": []
              }
            ]

            """.Replace("\r", ""));
    }

    [Fact]
    public void A_request_about_Hong_Kong_users_from_elsewhere_meets_only_the_policies_from_any_jurisdiction()
    {
        var about = Run("at", "2020-07-10", "-j", "US", "--kind", "nonContent", "--subject", "HK", "-f", "csv");
        var notAbout = Run("at", "2020-07-10", "-j", "US", "--kind", "nonContent", "-f", "csv");

        about.ExitCode.Should().Be(0);
        about.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            apple,Apple,US,noRecordedPolicy,,,,,,,,
            facebook,Facebook,US,noRecordedPolicy,,,,,,,,
            telegram,Telegram,US,inForce,refusing,about HK from any jurisdiction,2020-07-06,2020-07-05T16:00:00Z,2020-07-06,telegram-hk-about,,
            zoom,Zoom,US,inForce,paused,about HK from any jurisdiction,2020-07-07,2020-07-06T16:00:00Z,2020-07-07,zoom-hk-about,,

            """.Replace("\r", ""));
        notAbout.ExitCode.Should().Be(0);
        notAbout.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            apple,Apple,US,noRecordedPolicy,,,,,,,,
            facebook,Facebook,US,noRecordedPolicy,,,,,,,,
            telegram,Telegram,US,noRecordedPolicy,,,,,,,,
            zoom,Zoom,US,noRecordedPolicy,,,,,,,,

            """.Replace("\r", ""));
    }

    [Fact]
    public void Company_and_product_narrow_the_question()
    {
        var result = Run("at", "2020-07-10", "-j", "HK", "-c", "Zoom", "--product", "Zoom Meetings", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            zoom,Zoom,HK,inForce,paused,any,2020-07-07,2020-07-06T16:00:00Z,2020-07-07,zoom-hk-from,,

            """.Replace("\r", ""));
    }

    [Fact]
    public void Subject_alone_lists_the_companies_covering_requests_about_its_users()
    {
        var result = Run("at", "2020-07-10", "--subject", "HK");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            company   name      jurisdiction  stance    scope                           since       announced   event              channel  statements
            --------  --------  ------------  --------  ------------------------------  ----------  ----------  -----------------  -------  ----------
            telegram  Telegram  HK            refusing  about HK from any jurisdiction  2020-07-06  2020-07-06  telegram-hk-about
            zoom      Zoom      HK            paused    about HK from any jurisdiction  2020-07-07  2020-07-07  zoom-hk-about

            """.Replace("\r", ""));
    }

    [Fact]
    public void Subject_alone_is_read_in_the_subjects_zone_and_filtered_by_company()
    {
        // 6 July in Hong Kong: Telegram had announced, Zoom had not yet.
        Run("at", "2020-07-06", "--subject", "Hong Kong", "-f", "csv").Output.Should().Be("""
            company,name,jurisdiction,stance,scope,since,start,announced,event,channel,statements
            telegram,Telegram,HK,refusing,about HK from any jurisdiction,2020-07-06,2020-07-05T16:00:00Z,2020-07-06,telegram-hk-about,,

            """.Replace("\r", ""));

        var zoom = Run("at", "2020-07-10", "--subject", "hk", "-c", "zoom", "-f", "json");
        zoom.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(zoom.Output);
        var row = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("event").GetString().Should().Be("zoom-hk-about");
        row.GetProperty("start").GetString().Should().Be("2020-07-06T16:00:00Z");
        row.GetProperty("channel").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("invalid request kind 'letters': expected one of content, nonContent, userData, emergencyDisclosure, preservation, contentRemoval", "-j", "HK", "--kind", "letters")]
    [InlineData("invalid requester 'police': expected one of government, lawEnforcement, courts", "-j", "HK", "--requester", "police")]
    [InlineData("unknown jurisdiction 'ZZ': not an ISO 3166-1 code, nor defined by the dataset", "--subject", "ZZ")]
    [InlineData("invalid product ' ': give the product's name, e.g. Zoom", "-j", "HK", "--product", " ")]
    [InlineData("--kind, --requester and --product ask about requests from one jurisdiction: give --jurisdiction too (or --subject alone)", "--kind", "content")]
    [InlineData("--kind, --requester and --product ask about requests from one jurisdiction: give --jurisdiction too (or --subject alone)", "--subject", "HK", "--requester", "courts")]
    public void Invalid_values_are_a_one_line_usage_error(string message, params string[] options)
    {
        var result = Run(["at", "2020-07-10", .. options]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"policyevents: error: {message}\n");
    }
}
