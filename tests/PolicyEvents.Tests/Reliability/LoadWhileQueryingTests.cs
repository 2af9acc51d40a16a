using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Reliability;

/// <summary>A history queried from many threads while another thread loads datasets gives the answers of one thread.</summary>
[Trait("Category", "Slow")]
public class LoadWhileQueryingTests
{
    private static PolicyHistory HistoryOf(PolicyDataset d) =>
        PolicyHistory.Create(d.Events, d.Companies, d.Statements, d.Sources, d.Triggers, d.Registry);

    [Fact]
    public async Task Queries_during_loads_give_the_single_threaded_answers()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json"));
        var lines = PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.JsonLines);
        var history = HistoryOf(dataset);
        var keys = dataset.Events.Select(e => (e.Company, e.Jurisdiction)).Distinct().ToArray();
        var start = Instant.FromUtc(2020, 6, 1, 0, 0);
        var queries = (from key in keys
                       from day in Enumerable.Range(0, 120)
                       from reading in new[] { DateReading.Earliest, DateReading.Latest }
                       select (key.Company, key.Jurisdiction, At: start + Duration.FromHours(day * 13), reading)).ToArray();
        var expected = queries.Select(q => history.PolicyAt(q.Company, q.Jurisdiction, q.At, q.reading)).ToArray();
        expected.Count(a => a.HasPolicy).Should().BeGreaterThan(100, "the fixture should exercise real answers");

        var mismatches = 0;
        var loads = 0;
        using var done = new CancellationTokenSource();
        var loader = Task.Run(() =>
        {
            try
            {
                for (var n = 0; n < 30; n++)
                {
                    // Load a fresh copy of the dataset (both forms, in turn) and build a history from it, as an application
                    // reloading its data would, while the queries below run against the old one.
                    var loaded = n % 2 == 0 ? PolicyDatasetSerializer.FromJson(lines) : PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(dataset));
                    var fresh = HistoryOf(loaded);
                    if (!loaded.Equals(dataset) || fresh.PolicyAt(queries[n].Company, queries[n].Jurisdiction, queries[n].At, queries[n].reading) != expected[n])
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                    Interlocked.Increment(ref loads);
                }
            }
            finally
            {
                done.Cancel();
            }
        });
        var passes = 0;
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            // Each worker walks the queries from its own offset until the loader is done (at least one whole pass).
            var pass = 0;
            while (pass == 0 || !done.IsCancellationRequested)
            {
                for (var n = 0; n < queries.Length; n++)
                {
                    var i = (n + (worker * 997)) % queries.Length;
                    var q = queries[i];
                    if (history.PolicyAt(q.Company, q.Jurisdiction, q.At, q.reading) != expected[i])
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
                pass++;
                Interlocked.Increment(ref passes);
            }
        });
        await loader;

        mismatches.Should().Be(0);
        loads.Should().Be(30);
        passes.Should().BeGreaterThanOrEqualTo(4);
    }
}
