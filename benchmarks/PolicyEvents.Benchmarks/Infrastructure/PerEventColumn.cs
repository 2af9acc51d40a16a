using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// Derived columns for benchmarks that process a whole dataset (a parameter named <c>Events</c>): throughput in MB/s
/// over the dataset's JSON Lines bytes (10^6 bytes per MB), and bytes allocated per event.
/// </summary>
public sealed class PerEventColumn : IColumn
{
    private readonly bool _throughput;

    private PerEventColumn(bool throughput) => _throughput = throughput;

    public static IColumn MegabytesPerSecond { get; } = new PerEventColumn(throughput: true);

    public static IColumn AllocatedPerEvent { get; } = new PerEventColumn(throughput: false);

    public string Id => _throughput ? "MBps" : "AllocPerEvent";

    public string ColumnName => _throughput ? "MB/s" : "Alloc/event";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _throughput ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _throughput
        ? "JSON Lines bytes of the dataset processed per second (10^6 bytes per MB)"
        : "Bytes allocated per operation divided by the number of events";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics
            || benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Events")?.Value is not int events)
        {
            return "-";
        }
        if (_throughput)
        {
            var seconds = statistics.Mean / 1e9;
            return (SyntheticFiles.Length(events) / 1e6 / seconds).ToString("F1", CultureInfo.InvariantCulture);
        }
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes ? ((double)bytes / events).ToString("F1", CultureInfo.InvariantCulture) : "-";
    }
}
