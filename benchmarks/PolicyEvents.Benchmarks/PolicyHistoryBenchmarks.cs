using BenchmarkDotNet.Attributes;
using NodaTime;

namespace PolicyEvents.Benchmarks;

/// <summary>
/// Point-in-time queries on a synthetic history (1,000 companies, 100 jurisdictions, mixed date precisions), against
/// the linear scan a user would otherwise write over the same key's events (the baseline).
/// </summary>
[MemoryDiagnoser]
public class PolicyHistoryBenchmarks
{
    private PolicyEvent[] _events = [];
    private PolicyEvent[] _keyEvents = [];
    private Company[] _companies = [];
    private PolicyHistory _history = null!;
    private CompanyId _company;
    private JurisdictionCode _jurisdiction;
    private DateTimeZone _zone = null!;
    private readonly Instant _at = Instant.FromUtc(2010, 1, 1, 0, 0);

    /// <summary>The number of events.</summary>
    [Params(100_000, 1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _companies = [.. Enumerable.Range(0, 1000).Select(i => new Company(new CompanyId($"company-{i}"), $"Company {i}"))];
        var jurisdictions = JurisdictionRegistry.Default.All.Take(100).Select(j => j.Code).ToArray();
        var start = Instant.FromUtc(2000, 1, 1, 0, 0);
        var policies = Enum.GetValues<PolicyStance>().Select(s => new RequestPolicy(s)).ToArray();
        _events = new PolicyEvent[Events];
        for (var i = 0; i < Events; i++)
        {
            var day = new LocalDate(2000, 1, 1).PlusDays(random.Next(0, 365 * 20));
            var date = random.Next(4) switch
            {
                0 => PartialDate.FromYearMonth(day.Year, day.Month),
                1 => PartialDate.FromDate(day),
                2 => PartialDate.FromYear(day.Year),
                _ => PartialDate.FromInstant(start + Duration.FromMinutes(random.Next(0, 20 * 365 * 24 * 60))),
            };
            _events[i] = new PolicyEvent(new EventId($"event-{i}"), _companies[random.Next(_companies.Length)].Id,
                jurisdictions[random.Next(jurisdictions.Length)], policies[random.Next(policies.Length)], date, null, start);
        }
        _history = PolicyHistory.Create(_events, _companies, [], [], []);
        _company = _events[0].Company;
        _jurisdiction = _events[0].Jurisdiction;
        _zone = JurisdictionRegistry.Default.Get(_jurisdiction).TimeZone;
        _keyEvents = [.. _events.Where(e => e.Company == _company && e.Jurisdiction == _jurisdiction)];
    }

    /// <summary>A linear scan over the key's events, as in the tests' oracle.</summary>
    [Benchmark(Baseline = true)]
    public PolicyEvent? LinearScanOfOneKey()
    {
        PolicyEvent? best = null;
        var bestStart = Instant.MinValue;
        foreach (var e in _keyEvents)
        {
            var start = (e.Effective ?? e.Announced!.Value).ToInterval(_zone).Start;
            if (start <= _at && (best is null || start > bestStart || (start == bestStart && e.Id.CompareTo(best.Id) > 0)))
            {
                (best, bestStart) = (e, start);
            }
        }
        return best;
    }

    /// <summary>The indexed point query (expected: no allocation).</summary>
    [Benchmark]
    public bool PolicyAt() => _history.PolicyAt(_company, _jurisdiction, _at).HasPolicy;

    /// <summary>Building the history.</summary>
    [Benchmark]
    public PolicyHistory Build() => PolicyHistory.Create(_events, _companies, [], [], []);
}
