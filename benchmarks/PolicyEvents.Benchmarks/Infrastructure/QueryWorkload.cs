using System.Collections.Concurrent;
using NodaTime;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Domain;
using PolicyEvents.Synthetic;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// A generated dataset and the fixed, seeded queries every peer answers: point queries (company, jurisdiction,
/// instant), snapshots (jurisdiction, instant) and timelines (company, jurisdiction). Cached per size in the process.
/// </summary>
public sealed class QueryWorkload
{
    public const int PointQueryCount = 1024;
    public const int SnapshotQueryCount = 64;
    public const int TimelineQueryCount = 1024;

    private static readonly ConcurrentDictionary<int, QueryWorkload> Cache = new();

    private QueryWorkload(int eventCount)
    {
        Dataset = SyntheticDataset.Generate(eventCount);
        Events = [.. Dataset.Events];
        Rows = [.. Events.Select((e, i) => new EventRow(e, SyntheticDataset.AppliesFrom(e), i))];
#pragma warning disable CA5394 // Deterministic workload, not security.
        var random = new Random(42);
        var first = Instant.FromUtc(2009, 1, 1, 0, 0);
        var span = (Instant.FromUtc(2027, 1, 1, 0, 0) - first).TotalSeconds;
        Instant RandomInstant() => first + Duration.FromSeconds((long)(random.NextDouble() * span));
        var jurisdictions = SyntheticDataset.Jurisdictions;
        PointQueries = [.. Enumerable.Range(0, PointQueryCount).Select(i =>
        {
            if (i % 10 == 9)
            {
                // One in ten asks about a pair that may have no history at all.
                return new PointQuery(Dataset.Companies[random.Next(Dataset.Companies.Length)].Id,
                    jurisdictions[random.Next(jurisdictions.Length)].Code, RandomInstant());
            }
            var e = Events[random.Next(Events.Count)];
            return new PointQuery(e.Company, e.Jurisdiction, RandomInstant());
        })];
        SnapshotQueries = [.. Enumerable.Range(0, SnapshotQueryCount).Select(_ =>
        {
            var e = Events[random.Next(Events.Count)];
            return new SnapshotQuery(e.Jurisdiction, RandomInstant());
        })];
        TimelineQueries = [.. Enumerable.Range(0, TimelineQueryCount).Select(_ =>
        {
            var e = Events[random.Next(Events.Count)];
            return new TimelineQuery(e.Company, e.Jurisdiction);
        })];
    }

    public SyntheticDataset Dataset { get; }

    public IReadOnlyList<PolicyEvent> Events { get; }

    public IReadOnlyList<EventRow> Rows { get; }

    public IReadOnlyList<PointQuery> PointQueries { get; }

    public IReadOnlyList<SnapshotQuery> SnapshotQueries { get; }

    public IReadOnlyList<TimelineQuery> TimelineQueries { get; }

    public static QueryWorkload For(int eventCount) => Cache.GetOrAdd(eventCount, n => new QueryWorkload(n));
}
