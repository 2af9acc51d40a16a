using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class AtCommandTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), Path.GetTempPath(), args);

    [Fact]
    public void A_local_date_shows_each_companys_policy_in_force_at_its_start()
    {
        var result = Run("at", "2020-07-09");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            company   name      jurisdiction  status   stance  scope                                  since                      announced   event              channel  statements
            --------  --------  ------------  -------  ------  -------------------------------------  -------------------------  ----------  -----------------  -------  --------------
            google    Google    HK            inForce  paused  userData by government+lawEnforcement  2020-06-30T23:00:00+08:00  2020-07-06  google-hk-pause             google-pause
            whatsapp  WhatsApp  HK            inForce  paused  userData by government+lawEnforcement  2020-07-06                 2020-07-06  whatsapp-hk-pause           whatsapp-pause

            """.Replace("\r", ""));
    }

    [Fact]
    public void A_day_is_read_in_the_jurisdictions_zone()
    {
        // 30 June 2020 begins at 00:00 HKT, 23 hours before the law took effect: Google was still responding as usual.
        var day = Run("at", "2020-06-30", "--jurisdiction", "hk", "--format", "csv");
        day.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            facebook,Facebook,HK,noRecordedPolicy,,,,,,,,
            google,Google,HK,inForce,respondingAsUsual,userData by government+lawEnforcement,2019,2018-12-31T16:00:00Z,,google-hk-2019,,
            whatsapp,WhatsApp,HK,noRecordedPolicy,,,,,,,,

            """.Replace("\r", ""));

        // 1 July 2020 00:00 HKT is 30 June 16:00 UTC: after the law took effect at 15:00 UTC.
        Run("at", "2020-07-01", "-j", "HK", "-f", "csv").Output.Should().Contain("google,Google,HK,inForce,paused,");
    }

    [Theory]
    [InlineData("2020-06-30T22:59:59+08:00", "respondingAsUsual")]
    [InlineData("2020-06-30T15:00:00Z", "paused")]
    [InlineData("2020-06-30T23:00", "paused")]
    [InlineData("2020-06-30T22:00", "respondingAsUsual")]
    public void An_instant_or_a_local_time_picks_the_period_it_falls_in(string time, string stance)
    {
        var result = Run("at", time, "--company", "google", "-f", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetArrayLength().Should().Be(1);
        json.RootElement[0].GetProperty("stance").GetString().Should().Be(stance);
    }

    [Fact]
    public void An_EDTF_interval_is_taken_at_the_start_of_its_first_date()
    {
        Run("at", "2020-06-30/2020-07-14", "-c", "google", "-f", "csv").Output.Should().Contain("google,Google,HK,inForce,respondingAsUsual,");
        Run("at", "2020-07-1X", "-c", "google", "-f", "csv").Output.Should().Contain("google,Google,HK,inForce,paused,");

        var open = Run("at", "../2020-07-14");
        open.ExitCode.Should().Be(2);
        open.Error.Should().StartWith("policyevents: error: invalid date '../2020-07-14': an interval whose start is open or unknown has no start to ask about");
    }

    [Fact]
    public void Json_output_is_an_array_of_objects_for_scripts()
    {
        var result = Run("at", "2020-07-09", "-f", "json", "-c", "Alphabet");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var row = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("company").GetString().Should().Be("google");
        row.GetProperty("since").GetString().Should().Be("2020-06-30T23:00:00+08:00");
        row.GetProperty("start").GetString().Should().Be("2020-06-30T15:00:00Z");
        row.GetProperty("statements").EnumerateArray().Select(s => s.GetString()).Should().Equal("google-pause");
    }

    [Fact]
    public void Before_any_event_nothing_is_in_force()
    {
        var result = Run("at", "2018", "-f", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.EnumerateArray().Select(e => (e.GetProperty("company").GetString(), e.GetProperty("status").GetString()))
            .Should().Equal(("google", "noRecordedPolicy"), ("whatsapp", "noRecordedPolicy"));
        result.Error.Should().Be("policyevents: no recorded policy in force at 2018\n");
    }

    [Fact]
    public void Subsidiaries_add_the_companys_family()
    {
        var alone = Run("at", "2020-07-09", "--company", "facebook", "-f", "json");
        var family = Run("at", "2020-07-09", "--company", "facebook", "--subsidiaries", "-f", "json");

        alone.Output.Should().Be("[]\n");
        using var json = JsonDocument.Parse(family.Output);
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("company").GetString()).Should().Equal("whatsapp");
    }

    [Fact]
    public void Now_comes_from_the_environments_clock()
    {
        // The test clock says 2026-11-28T15:00:00Z: the latest periods are in force.
        using var json = JsonDocument.Parse(Run("at", "now", "-f", "json").Output);

        json.RootElement.EnumerateArray().Select(e => e.GetProperty("event").GetString()).Should().Equal("google-hk-pause", "whatsapp-hk-pause");
    }
}
