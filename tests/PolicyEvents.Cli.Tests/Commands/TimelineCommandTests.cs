using System.Text.Json;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class TimelineCommandTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), Path.GetTempPath(), args);

    [Fact]
    public void The_table_shows_periods_and_changes_with_statements_under_each()
    {
        var result = Run("timeline", "--jurisdiction", "HK");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company   jurisdiction  from                       until                      stance             scope                                  change                       announced   event
            --------  ------------  -------------------------  -------------------------  -----------------  -------------------------------------  ---------------------------  ----------  -----------------
            google    HK            2019                       2020-06-30T23:00:00+08:00  respondingAsUsual  userData by government+lawEnforcement  first record                             google-hk-2019
            google    HK            2020-06-30T23:00:00+08:00                             paused             userData by government+lawEnforcement  respondingAsUsual -> paused  2020-07-06  google-hk-pause
                Google spokesperson, 2020-07-06: "When the new law took effect, we paused production on any new data requests from Hong Kong authorities."
            whatsapp  HK            2020-07-06                                            paused             userData by government+lawEnforcement  first record                 2020-07-06  whatsapp-hk-pause
                WhatsApp, 2020-07-06: "We are pausing the review of government requests for user data from Hong Kong."

            """.Replace("\r", ""));
    }

    [Fact]
    public void Json_has_exact_instants_and_the_statements()
    {
        var result = Run("timeline", "-c", "google", "-f", "json");

        using var json = JsonDocument.Parse(result.Output);
        var periods = json.RootElement.EnumerateArray().ToList();
        periods.Should().HaveCount(2);
        periods[0].GetProperty("end").GetString().Should().Be("2020-06-30T15:00:00Z");
        periods[1].GetProperty("start").GetString().Should().Be("2020-06-30T15:00:00Z");
        periods[1].GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
        periods[1].GetProperty("statements")[0].GetString().Should().Contain("we paused production");
    }

    [Fact]
    public void A_superseded_event_is_left_out()
    {
        var full = TestDatasets.HongKong();
        var dataset = new PolicyDataset(full.Metadata, full.Companies, [], full.Sources, full.Statements, full.Triggers,
            [TestDatasets.WhatsAppWrong, TestDatasets.WhatsAppCorrection]);

        var periods = new PolicyTimelines(dataset).Timeline(new Selection(null, null)).ToList();

        periods.Should().ContainSingle().Which.Event.Should().Be(TestDatasets.WhatsAppCorrection);
    }

    [Fact]
    public void Colour_only_on_a_terminal_without_NO_COLOR()
    {
        var dataset = TestDatasets.HongKong();
        CliRunner.Run(dataset, Path.GetTempPath(), outputIsTerminal: true, noColor: false, "timeline").Output
            .Should().Contain("\u001b[33mpaused\u001b[0m").And.Contain("\u001b[1mcompany\u001b[0m");
        CliRunner.Run(dataset, Path.GetTempPath(), outputIsTerminal: true, noColor: true, "timeline").Output.Should().NotContain("\u001b[");
        CliRunner.Run(dataset, Path.GetTempPath(), outputIsTerminal: false, noColor: false, "timeline").Output.Should().NotContain("\u001b[");
        CliRunner.Run(dataset, Path.GetTempPath(), outputIsTerminal: true, noColor: false, "timeline", "-f", "json").Output.Should().NotContain("\u001b[");
    }
}
