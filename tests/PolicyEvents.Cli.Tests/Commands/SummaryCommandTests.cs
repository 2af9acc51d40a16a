using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class SummaryCommandTests
{
    private static CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), Path.GetTempPath(), args);

    [Fact]
    public void The_table_lists_counts_range_and_stances()
    {
        var result = Run("summary");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            dataset        hong-kong-test
            title          Hong Kong test
            version        1.0.0
            companies      3
            jurisdictions  1
            events         3
            statements     2
            sources        2
            triggers       1
            figures        1
            from           2019
            to             2020-07-06
            stances        respondingAsUsual 1, paused 2

            """.Replace("\r", ""));
    }

    [Fact]
    public void Json_is_one_object_with_numbers()
    {
        using var json = JsonDocument.Parse(Run("summary", "-f", "json").Output);

        json.RootElement.GetProperty("events").GetInt32().Should().Be(3);
        json.RootElement.GetProperty("companies").GetInt32().Should().Be(3);
        json.RootElement.GetProperty("stances").GetProperty("paused").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("from").GetString().Should().Be("2019");
    }
}
