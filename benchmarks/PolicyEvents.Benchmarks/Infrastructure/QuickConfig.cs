using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The quick check (<c>--quick</c>): BenchmarkDotNet's short run (3 warm-ups, 3 iterations, 1 launch) with 250 ms
/// iterations, in process, so no project is generated and built per benchmark. Good for seeing ratios and allocations in a few minutes, not for
/// publishing numbers.
/// </summary>
public static class QuickConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance.AddJob(Job.ShortRun.WithIterationTime(TimeInterval.FromMilliseconds(250)).WithToolchain(InProcessEmitToolchain.Instance).WithId("QuickInProcess").AsDefault());
}
