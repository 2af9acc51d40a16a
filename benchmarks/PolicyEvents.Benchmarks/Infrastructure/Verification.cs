using System.Globalization;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Benchmarks.Peers.Dto;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

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
            var utf8 = SyntheticFiles.Bytes(size);
            var loaded = LibraryLoad.Dataset(utf8);
            var sameEvents = loaded.Events.SequenceEqual(workload.Dataset.Events) && loaded.Statements.SequenceEqual(workload.Dataset.Statements)
                && loaded.Sources.SequenceEqual(workload.Dataset.Sources) && loaded.Companies.SequenceEqual(workload.Dataset.Companies);
            if (!sameEvents)
            {
                failures++;
                output.WriteLine($"  the library loaded other values than the generator wrote at {size} events");
            }
            var history = LibraryLoad.History(loaded);

            var pointHits = 0;
            foreach (var q in workload.PointQueries)
            {
                var expected = dictionary.PolicyAt(q.Company, q.Jurisdiction, q.At);
                pointHits += expected is null ? 0 : 1;
                failures += Check(output, $"point {q}", expected, sqlite.PolicyAt(q.Company, q.Jurisdiction, q.At));
                var answer = history.PolicyAt(q.Company, q.Jurisdiction, q.At);
                failures += Check(output, $"point {q} (PolicyHistory)", expected, answer.EventOrNull);
                var keyed = history.TryGetKey(q.Company, q.Jurisdiction, out var key) ? history.PolicyAt(key, q.At) : (PolicyAnswer?)null;
                failures += Check(output, $"point {q} (PolicyAt(HistoryKey))", expected, keyed?.EventOrNull);
                if (keyed is { } k && k != answer)
                {
                    failures++;
                    output.WriteLine($"  point {q}: PolicyAt(HistoryKey) answered {k}, the id overload {answer}");
                }
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
                failures += CheckSet(output, $"snapshot {q} (PolicyHistory)", expected,
                    [.. history.PoliciesToward(q.Jurisdiction, q.At).Where(a => a.HasPolicy).Select(a => a.Event)]);
                var into = new List<PolicyAnswer>();
                history.PoliciesToward(q.Jurisdiction, q.At, into);
                failures += CheckSet(output, $"snapshot {q} (PolicyHistory, into a list)", expected, [.. into.Where(a => a.HasPolicy).Select(a => a.Event)]);
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
                failures += CheckSequence(output, $"timeline {q} (PolicyHistory)", expected, [.. history.Timeline(q.Company, q.Jurisdiction).Select(p => p.Event)]);
                failures += CheckSequence(output, $"timeline {q} (Timeline(HistoryKey))", expected,
                    history.TryGetKey(q.Company, q.Jurisdiction, out var timelineKey) ? [.. history.Timeline(timelineKey).Select(p => p.Event)] : []);
                if (checkLinq)
                {
                    failures += CheckSequence(output, $"timeline {q} (LINQ)", expected, linq.Timeline(q.Company, q.Jurisdiction));
                }
            }

            var dtos = DtoJsonLines.Load(utf8);
            using var saved = new MemoryStream();
            DtoJsonLines.Save(dtos, saved);
            var sameBytes = saved.ToArray().AsSpan().SequenceEqual(utf8);
            if (!sameBytes)
            {
                failures++;
                output.WriteLine($"  DTO save differs from the canonical writer at {size} events");
            }
            using var librarySaved = new MemoryStream();
            PolicyDatasetSerializer.Save(loaded, librarySaved, DatasetFormat.JsonLines);
            var librarySame = FirstDifference(librarySaved.ToArray(), utf8, output, "library save");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9} events, {utf8.Length,11:N0} bytes: {pointHits}/{workload.PointQueries.Count} point queries hit, {snapshotRows} snapshot rows, {timelineRows} timeline rows; DTO round trip byte-identical: {sameBytes}; library load equal to the generated values: {sameEvents}; library save byte-identical: {librarySame}; LINQ checked: {checkLinq}"));
        }
        output.WriteLine(failures == 0 ? "All peers agree." : $"{failures} disagreement(s).");
        return failures == 0 ? 0 : 1;
    }

    private static bool FirstDifference(byte[] actual, byte[] expected, TextWriter output, string what)
    {
        var common = actual.AsSpan().CommonPrefixLength(expected);
        if (common == actual.Length && common == expected.Length)
        {
            return true;
        }
        var lineStart = expected.AsSpan(0, common).LastIndexOf((byte)'\n') + 1;
        string Line(byte[] bytes)
        {
            var rest = bytes.AsSpan(lineStart);
            var end = rest.IndexOf((byte)'\n');
            return System.Text.Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]);
        }
        output.WriteLine($"  {what} differs from the generator's canonical bytes at byte {common}:");
        output.WriteLine($"    expected: {Line(expected)}");
        output.WriteLine($"    actual:   {Line(actual)}");
        return false;
    }

    private static int Check(TextWriter output, string what, PolicyEvent? expected, PolicyEvent? actual)
    {
        if (expected?.Id == actual?.Id)
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
        if (expected.Select(e => e.Id).SequenceEqual(actual.Select(e => e.Id)))
        {
            return 0;
        }
        output.WriteLine($"  {what}: expected {expected.Count} events, got {actual.Count} (or another order)");
        return 1;
    }
}
