using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The full run (<c>--full</c>): every size (10,000, 100,000 and 1,000,000 events unless <c>--sizes</c> says otherwise),
/// 1 launch, 2 warm-ups and 6 measured iterations of at least 250 ms each, in process (at 1,000,000 events one load
/// takes tens of seconds, so more iterations would take hours here). In process because each
/// benchmark's set-up at 1,000,000 events generates, loads or indexes a dataset of hundreds of megabytes: out of process,
/// BenchmarkDotNet's default job would repeat that in a new process for every benchmark and launch (hours here), while in
/// process the generated datasets are shared. No forced collection between iterations (<c>WithGcForce(false)</c>): with
/// the 1,000,000-event datasets alive in the process, each forced full collection took seconds, and BenchmarkDotNet
/// forces two per iteration, so one case took minutes; a collection that an iteration triggers is counted in its time.
/// The results are what <c>benchmarks/RESULTS.md</c> reports.
/// </summary>
public static class FullConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend))
            .AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(6)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithGcForce(false)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true))
                .WithId("FullInProcess")
                .AsDefault());
}
