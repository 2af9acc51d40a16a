using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PolicyEvents.Benchmarks.Infrastructure;

// Options of our own, taken out before BenchmarkDotNet reads the rest:
//   --sizes 10000,100000   the dataset sizes (default 10000,100000,1000000)
//   --quick                short in-process job at 10,000 events (unless --sizes says otherwise)
//   --full                 the full run: every size, 2 warm-ups and 6 iterations, in process (see FullConfig)
//   --verify               check that every peer gives the same answers; no timing
//   --retained             measure retained bytes per event of each loader; no timing
//   --retained-parts       where the bytes a loaded history keeps go, part by part; no timing
//   --scale 10000000       one load of that many events into a history, with its time, peak memory and point queries
var rest = new List<string>(args);
IConfig? config = null;
if (Take("--quick"))
{
    Environment.SetEnvironmentVariable(BenchmarkSizes.Variable, "10000");
    config = QuickConfig.Create();
}
if (Take("--full"))
{
    config = FullConfig.Create();
}
var sizesIndex = rest.IndexOf("--sizes");
if (sizesIndex >= 0 && sizesIndex + 1 < rest.Count)
{
    Environment.SetEnvironmentVariable(BenchmarkSizes.Variable, rest[sizesIndex + 1]);
    rest.RemoveRange(sizesIndex, 2);
}
if (Take("--verify"))
{
    return Verification.Run(BenchmarkSizes.All(), Console.Out);
}
var scaleIndex = rest.IndexOf("--scale");
if (scaleIndex >= 0 && scaleIndex + 1 < rest.Count)
{
    ScaleRun.Run(int.Parse(rest[scaleIndex + 1], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return 0;
}
if (Take("--retained-parts"))
{
    RetainedParts.Run(BenchmarkSizes.All(), Console.Out);
    return 0;
}
if (Take("--retained"))
{
    RetainedMemory.Run(BenchmarkSizes.All(), Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config ?? DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend)));
return 0;

bool Take(string option) => rest.Remove(option);
