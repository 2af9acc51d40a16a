using BenchmarkDotNet.Configs;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>Adds the MB/s and allocated-bytes-per-event columns to a whole-dataset benchmark.</summary>
public sealed class PerEventConfig : ManualConfig
{
    public PerEventConfig() => AddColumn(PerEventColumn.MegabytesPerSecond, PerEventColumn.AllocatedPerEvent);
}
