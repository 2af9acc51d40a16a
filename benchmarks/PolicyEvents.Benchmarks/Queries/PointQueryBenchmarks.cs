using BenchmarkDotNet.Attributes;
using PolicyEvents.Benchmarks.Infrastructure;
using PolicyEvents.Benchmarks.Peers;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Benchmarks.Queries;

/// <summary>
/// "Which policy did company C apply to jurisdiction J at instant T?", over 1,024 fixed seeded queries (one in ten
/// about a pair that may have no history). Times are per query. Baseline: indexed SQLite in memory.
/// </summary>
[MemoryDiagnoser]
public class PointQueryBenchmarks
{
    private const int LinqQueries = 16;

    private PointQuery[] _queries = [];
    private LinqPeer _linq = null!;
    private SqlitePeer? _sqlite;
    private DictionaryPeer _dictionary = null!;
    private PolicyHistory _history = null!;
    private HistoryKey[] _keys = [];
    private GovernmentRequest[] _requests = [];

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    private QueryWorkload Workload()
    {
        var workload = QueryWorkload.For(Events);
        _queries = [.. workload.PointQueries];
        return workload;
    }

    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq() => _linq = new LinqPeer([.. Workload().Rows]);

    [GlobalSetup(Target = nameof(Sqlite))]
    public void SetupSqlite() => _sqlite = new SqlitePeer(Workload().Rows);

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
        // Resolved once, as the peers build their indexes in setup; a pair without events gets no key (default).
        _keys = [.. _queries.Select(q => _history.TryGetKey(q.Company, q.Jurisdiction, out var key) ? key : default)];
    }

    [GlobalSetup(Target = nameof(LibraryRequest))]
    public void SetupLibraryRequest()
    {
        SetupLibrary();
        // The same questions asked as requests: each a single kind and requester, in turn, about the requesting
        // jurisdiction's own users; events whose scope does not cover one are skipped back to one that does.
        RequestKinds[] kinds = [RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.Preservation,
            RequestKinds.EmergencyDisclosure, RequestKinds.ContentRemoval];
        Requesters[] requesters = [Requesters.Government, Requesters.LawEnforcement, Requesters.Courts];
        _requests = [.. _queries.Select((q, i) => new GovernmentRequest(q.Jurisdiction, kinds[i % kinds.Length], requesters[i % requesters.Length], q.Jurisdiction))];
    }

    [GlobalCleanup]
    public void Cleanup() => _sqlite?.Dispose();

    [Benchmark(OperationsPerInvoke = LinqQueries, Description = "LINQ scan over the event list")]
    public int Linq()
    {
        var found = 0;
        for (var i = 0; i < LinqQueries; i++)
        {
            var q = _queries[i];
            found += _linq.PolicyAt(q.Company, q.Jurisdiction, q.At) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "SQLite in memory, composite index, prepared")]
    public int Sqlite()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _sqlite!.PolicyAt(q.Company, q.Jurisdiction, q.At) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "Dictionary<(string, string), Event[]> + binary search")]
    public int Dictionary()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _dictionary.PolicyAt(q.Company, q.Jurisdiction, q.At) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "PolicyEvents: PolicyHistory.PolicyAt")]
    public int Library()
    {
        var found = 0;
        foreach (var q in _queries)
        {
            found += _history.PolicyAt(q.Company, q.Jurisdiction, q.At).HasPolicy ? 1 : 0;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "PolicyEvents: PolicyAt, events as columns")]
    public int LibraryColumns() => Library();

    [Benchmark(OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "PolicyEvents: PolicyAt(HistoryKey)")]
    public int LibraryKey()
    {
        var found = 0;
        var queries = _queries;
        var keys = _keys;
        for (var i = 0; i < queries.Length; i++)
        {
            var key = keys[i];
            found += !key.IsDefault && _history.PolicyAt(key, queries[i].At).HasPolicy ? 1 : 0;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = QueryWorkload.PointQueryCount, Description = "PolicyEvents: PolicyFor(company, request)")]
    public int LibraryRequest()
    {
        var found = 0;
        var queries = _queries;
        var requests = _requests;
        for (var i = 0; i < queries.Length; i++)
        {
            found += _history.PolicyFor(queries[i].Company, requests[i], queries[i].At).HasPolicy ? 1 : 0;
        }
        return found;
    }
}
