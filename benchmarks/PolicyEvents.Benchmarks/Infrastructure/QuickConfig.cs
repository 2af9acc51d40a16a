using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The quick check (<c>--quick</c>): BenchmarkDotNet's short run (3 warm-ups, 3 iterations, 1 launch) in process, so
/// no project is generated and built per benchmark. Good for seeing ratios and allocations in a few minutes, not for
/// publishing numbers.
/// </summary>
public sealed class QuickConfig : ManualConfig
{
    public QuickConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("QuickInProcess"));
    }
}
