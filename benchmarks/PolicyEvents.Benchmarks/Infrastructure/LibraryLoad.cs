using System.Collections.Concurrent;
using PolicyEvents.Datasets;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>The library's side of every benchmark: load JSON Lines into a <see cref="PolicyDataset"/>, index it as a <see cref="PolicyHistory"/>.</summary>
public static class LibraryLoad
{
    private static readonly DatasetReadOptions Lines = new() { Format = DatasetFormat.JsonLines };
    private static readonly ConcurrentDictionary<int, PolicyHistory> Histories = new();
    private static readonly ConcurrentDictionary<int, PolicyHistory> HistoriesWithColumns = new();

    public static PolicyDataset Dataset(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return PolicyDatasetSerializer.Load(stream, Lines);
    }

    public static PolicyHistory History(PolicyDataset dataset) => PolicyHistory.From(dataset);

    public static PolicyHistory History(byte[] utf8) => History(Dataset(utf8));

    /// <summary>The history loaded straight from the bytes, its events kept as columns (<see cref="PolicyDatasetSerializer.LoadHistory"/>).</summary>
    public static PolicyHistory HistoryWithColumns(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return PolicyDatasetSerializer.LoadHistory(stream, Lines);
    }

    /// <summary>
    /// The history of the synthetic dataset of <paramref name="eventCount"/> events, loaded from its JSON Lines file once
    /// per process: the query benchmarks' set-ups share it (a history is immutable), as the peers share the workload.
    /// </summary>
    public static PolicyHistory HistoryFor(int eventCount) =>
        Histories.GetOrAdd(eventCount, n => History(SyntheticFiles.Bytes(n)));

    /// <summary>As <see cref="HistoryFor"/>, loaded with <see cref="HistoryWithColumns(byte[])"/>: its events kept as columns.</summary>
    public static PolicyHistory HistoryWithColumnsFor(int eventCount) =>
        HistoriesWithColumns.GetOrAdd(eventCount, n => HistoryWithColumns(SyntheticFiles.Bytes(n)));
}
