using System.Globalization;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The dataset sizes every benchmark runs at: 10,000, 100,000 and 1,000,000 events, or the comma-separated list in the
/// <c>POLICYEVENTS_BENCH_SIZES</c> environment variable (which <c>--sizes</c> and <c>--quick</c> set).
/// </summary>
public static class BenchmarkSizes
{
    public const string Variable = "POLICYEVENTS_BENCH_SIZES";

    public static IEnumerable<int> All() =>
        (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? text : "10000,100000,1000000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
}
