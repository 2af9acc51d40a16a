using BenchmarkDotNet.Attributes;
using PolicyEvents.Benchmarks.Infrastructure;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Benchmarks.Queries;

/// <summary>
/// "What did every company apply to jurisdiction J at instant T?", over 64 fixed seeded queries; each result is
/// materialized as a list of events. Times are per query. Baseline: indexed SQLite in memory.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private const int LinqQueries = 4;

    private readonly List<PolicyEvent> _results = new(SyntheticCompanyCount);
    private readonly List<PolicyAnswer> _answers = new(SyntheticCompanyCount);
    private SnapshotQuery[] _queries = [];
    private LinqPeer _linq = null!;
    private SqlitePeer? _sqlite;
    private DuckDbPeer? _duckDb;
    private DictionaryPeer _dictionary = null!;
    private PolicyHistory _history = null!;

    private const int SyntheticCompanyCount = Synthetic.SyntheticDataset.CompanyCount;

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    private QueryWorkload Workload()
    {
        var workload = QueryWorkload.For(Events);
        _queries = [.. workload.SnapshotQueries];
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

    [GlobalSetup(Target = nameof(LibraryInto))]
    public void SetupLibraryInto() => SetupLibrary();

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite?.Dispose();
        _duckDb?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = LinqQueries, Description = "LINQ scan + GroupBy over the event list")]
    public int Linq()
    {
        var found = 0;
        for (var i = 0; i < LinqQueries; i++)
        {
            found += _linq.Snapshot(_queries[i].Jurisdiction, _queries[i].At).Count;
        }
        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "SQLite in memory, indexed, prepared")]
    public int Sqlite()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _sqlite!.Snapshot(q.Jurisdiction, q.At, _results);
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "DuckDB in process, arg_max")]
    public int DuckDb()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _duckDb!.Snapshot(q.Jurisdiction, q.At, _results);
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "Dictionary<(string, string), Event[]>, every company")]
    public int Dictionary()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _dictionary.Snapshot(q.Jurisdiction, q.At, _results);
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "PolicyEvents: PoliciesToward, events as columns")]
    public int LibraryColumns() => Library();

    [Benchmark(OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "PolicyEvents: PolicyHistory.PoliciesToward")]
    public int Library()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            foreach (var answer in _history.PoliciesToward(q.Jurisdiction, q.At))
            {
                found += answer.HasPolicy ? 1 : 0;
            }
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.SnapshotQueryCount, Description = "PolicyEvents: PoliciesToward into a reused list")]
    public int LibraryInto()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            _answers.Clear();
            _history.PoliciesToward(q.Jurisdiction, q.At, _answers);
            foreach (var answer in _answers)
            {
                found += answer.HasPolicy ? 1 : 0;
            }
        }
        return found;
    }
}
