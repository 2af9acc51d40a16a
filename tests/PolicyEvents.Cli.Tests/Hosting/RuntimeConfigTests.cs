using System.Text.Json;

namespace PolicyEvents.Cli.Tests.Hosting;

/// <summary>The runtime settings the tool ships in its runtimeconfig.json (the build copies the tool's file beside the tests).</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_tool_runs_without_dynamic_PGO_which_a_process_that_loads_once_does_not_pay_back()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PolicyEvents.Cli.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo).Should().BeTrue("the project sets TieredPGO");
        pgo.ValueKind.Should().Be(JsonValueKind.False, "benchmarks/RESULTS.md (tenth round): commands on 10,000 to 100,000 events ran 12 to 18 % faster without it");
    }
}
