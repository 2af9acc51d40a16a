using BenchmarkDotNet.Attributes;
using PolicyEvents.Benchmarks.Infrastructure;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Benchmarks.Queries;

/// <summary>
/// "Every change of company C's policy toward jurisdiction J, in order", over 1,024 fixed seeded queries; each result
/// is materialized as a list of events (the dictionary peer returns its stored array). Times are per query; the
/// LINQ and DuckDB peers answer the first 16 and 64 of the queries, the others all 1,024.
/// Baseline: indexed SQLite in memory.
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private const int LinqQueries = 16;
    private const int DuckDbQueries = 64;

    private readonly List<PolicyEvent> _results = new(64);
    private TimelineQuery[] _queries = [];
    private LinqPeer _linq = null!;
    private SqlitePeer? _sqlite;
    private DuckDbPeer? _duckDb;
    private DictionaryPeer _dictionary = null!;
    private PolicyHistory _history = null!;
    private HistoryKey[] _keys = [];

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    private QueryWorkload Workload()
    {
        var workload = QueryWorkload.For(Events);
        _queries = [.. workload.TimelineQueries];
        return workload;
    }

    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq() => _linq = new LinqPeer([.. Workload().Rows]);

    [GlobalSetup(Target = nameof(Sqlite))]
    public void SetupSqlite() => _sqlite = new SqlitePeer(Workload().Rows);

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb() => _duckDb = new DuckDbPeer(Workload().Rows);

    [GlobalSetup(Target = nameof(Dictionary))]
    public void SetupDictionary()
    {
        var workload = Workload();
        _dictionary = new DictionaryPeer(workload.Rows, workload.Dataset.Companies.Select(c => c.Id));
    }

    [GlobalSetup(Target = nameof(Library))]
    public void SetupLibrary()
    {
        Workload();
        _history = LibraryLoad.HistoryFor(Events);
    }

    [GlobalSetup(Target = nameof(LibraryColumns))]
    public void SetupLibraryColumns()
    {
        Workload();
        _history = LibraryLoad.HistoryWithColumnsFor(Events);
    }

    [GlobalSetup(Target = nameof(LibraryKey))]
    public void SetupLibraryKey()
    {
        SetupLibrary();
        _keys = [.. _queries.Select(q => _history.TryGetKey(q.Company, q.Jurisdiction, out var key) ? key : default)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _duckDb?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = LinqQueries, Description = "LINQ scan + OrderBy over the event list")]
    public int Linq()
    {
        var found = 0;
        for (var i = 0; i < LinqQueries; i++)
        {
            found += _linq.Timeline(_queries[i].Company, _queries[i].Jurisdiction).Count;
        }
        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryWorkload.TimelineQueryCount, Description = "SQLite in memory, composite index, prepared")]
    public int Sqlite()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _sqlite!.Timeline(q.Company, q.Jurisdiction, _results);
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = DuckDbQueries, Description = "DuckDB in process")]
    public int DuckDb()
    {
        var found = 0;
        for (var i = 0; i < DuckDbQueries; i++)
        {
            found += _duckDb!.Timeline(_queries[i].Company, _queries[i].Jurisdiction, _results);
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.TimelineQueryCount, Description = "Dictionary<(string, string), Event[]>")]
    public int Dictionary()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _dictionary.Timeline(q.Company, q.Jurisdiction).Length;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.TimelineQueryCount, Description = "PolicyEvents: Timeline, events as columns")]
    public int LibraryColumns() => Library();

    [Benchmark(OperationsPerInvoke = QueryWorkload.TimelineQueryCount, Description = "PolicyEvents: PolicyHistory.Timeline")]
    public int Library()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _history.Timeline(q.Company, q.Jurisdiction).Count;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.TimelineQueryCount, Description = "PolicyEvents: Timeline(HistoryKey)")]
    public int LibraryKey()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            found += key.IsDefault ? 0 : _history.Timeline(key).Count;
        }
        return found;
    }
}
