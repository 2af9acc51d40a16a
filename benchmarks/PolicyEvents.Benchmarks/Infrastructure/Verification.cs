using System.Globalization;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Benchmarks.Peers.Dto;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// <c>--verify</c>: checks, before any number is trusted, that every peer gives the same answers to the same queries
/// and that the DTO peer's save writes the same bytes as the dataset's canonical writer. Not timed.
/// </summary>
public static class Verification
{
    public static int Run(IEnumerable<int> sizes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(output);
        var failures = 0;
        foreach (var size in sizes)
        {
            var workload = QueryWorkload.For(size);
            var linq = new LinqPeer([.. workload.Rows]);
            using var sqlite = new SqlitePeer(workload.Rows);
            using var duckDb = new DuckDbPeer(workload.Rows);
            var dictionary = new DictionaryPeer(workload.Rows, workload.Dataset.Companies.Select(c => c.Id));
            var checkLinq = size <= 100_000;

            var pointHits = 0;
            foreach (var q in workload.PointQueries)
            {
                var expected = dictionary.PolicyAt(q.Company, q.Jurisdiction, q.At);
                pointHits += expected is null ? 0 : 1;
                failures += Check(output, $"point {q}", expected, sqlite.PolicyAt(q.Company, q.Jurisdiction, q.At));
                if (checkLinq)
                {
                    failures += Check(output, $"point {q} (LINQ)", expected, linq.PolicyAt(q.Company, q.Jurisdiction, q.At));
                }
            }

            var snapshotRows = 0;
            foreach (var q in workload.SnapshotQueries)
            {
                var expected = new List<PolicyEvent>();
                dictionary.Snapshot(q.Jurisdiction, q.At, expected);
                snapshotRows += expected.Count;
                var actual = new List<PolicyEvent>();
                sqlite.Snapshot(q.Jurisdiction, q.At, actual);
                failures += CheckSet(output, $"snapshot {q} (SQLite)", expected, actual);
                duckDb.Snapshot(q.Jurisdiction, q.At, actual);
                failures += CheckSet(output, $"snapshot {q} (DuckDB)", expected, actual);
                if (checkLinq)
                {
                    failures += CheckSet(output, $"snapshot {q} (LINQ)", expected, linq.Snapshot(q.Jurisdiction, q.At));
                }
            }

            var timelineRows = 0;
            foreach (var q in workload.TimelineQueries)
            {
                var expected = dictionary.Timeline(q.Company, q.Jurisdiction).Select(r => r.Event).ToList();
                timelineRows += expected.Count;
                var actual = new List<PolicyEvent>();
                sqlite.Timeline(q.Company, q.Jurisdiction, actual);
                failures += CheckSequence(output, $"timeline {q} (SQLite)", expected, actual);
                duckDb.Timeline(q.Company, q.Jurisdiction, actual);
                failures += CheckSequence(output, $"timeline {q} (DuckDB)", expected, actual);
                if (checkLinq)
                {
                    failures += CheckSequence(output, $"timeline {q} (LINQ)", expected, linq.Timeline(q.Company, q.Jurisdiction));
                }
            }

            var utf8 = SyntheticFiles.Bytes(size);
            var dtos = DtoJsonLines.Load(utf8);
            using var saved = new MemoryStream();
            DtoJsonLines.Save(dtos, saved);
            var sameBytes = saved.ToArray().AsSpan().SequenceEqual(utf8);
            if (!sameBytes)
            {
                failures++;
                output.WriteLine($"  DTO save differs from the canonical writer at {size} events");
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9} events, {utf8.Length,11:N0} bytes: {pointHits}/{workload.PointQueries.Count} point queries hit, {snapshotRows} snapshot rows, {timelineRows} timeline rows; DTO round trip byte-identical: {sameBytes}; LINQ checked: {checkLinq}"));
        }
        output.WriteLine(failures == 0 ? "All peers agree." : $"{failures} disagreement(s).");
        return failures == 0 ? 0 : 1;
    }

    private static int Check(TextWriter output, string what, PolicyEvent? expected, PolicyEvent? actual)
    {
        if (ReferenceEquals(expected, actual))
        {
            return 0;
        }
        output.WriteLine($"  {what}: expected {expected?.Id.ToString() ?? "none"}, got {actual?.Id.ToString() ?? "none"}");
        return 1;
    }

    private static int CheckSet(TextWriter output, string what, List<PolicyEvent> expected, List<PolicyEvent> actual) =>
        CheckSequence(output, what, [.. expected.OrderBy(e => e.Id)], [.. actual.OrderBy(e => e.Id)]);

    private static int CheckSequence(TextWriter output, string what, List<PolicyEvent> expected, List<PolicyEvent> actual)
    {
        if (expected.SequenceEqual(actual, ReferenceEqualityComparer.Instance))
        {
            return 0;
        }
        output.WriteLine($"  {what}: expected {expected.Count} events, got {actual.Count} (or another order)");
        return 1;
    }
}
