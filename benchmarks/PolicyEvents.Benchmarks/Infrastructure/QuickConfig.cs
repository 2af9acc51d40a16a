using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The quick check (<c>--quick</c>): BenchmarkDotNet's short run (3 warm-ups, 3 iterations, 1 launch) with 150 ms
/// iterations, in process (a benchmark may take up to an hour, for the 1M-event loads), so no project is generated and
/// built per benchmark and a dataset generated for one benchmark is reused by the next. Good for seeing ratios and allocations in a few minutes, not for
/// publishing numbers.
/// </summary>
public static class QuickConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend)).AddJob(Job.ShortRun.WithIterationTime(TimeInterval.FromMilliseconds(150)).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithId("QuickInProcess").AsDefault());
}
