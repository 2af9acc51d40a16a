using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers;

/// <summary>
/// The straightforward index a user writes next: a <c>Dictionary&lt;(string, string), EventRow[]&gt;</c> keyed by
/// company and jurisdiction, each array sorted by start, searched by binary search.
/// </summary>
public sealed class DictionaryPeer
{
    private readonly Dictionary<(string Company, string Jurisdiction), EventRow[]> _byPair;
    private readonly string[] _companies;

    public DictionaryPeer(IEnumerable<EventRow> rows, IEnumerable<CompanyId> companies)
    {
        _byPair = rows.GroupBy(r => (r.Event.Company.Value, r.Event.Jurisdiction.Value))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Start).ToArray());
        _companies = [.. companies.Select(c => c.Value)];
    }

    public PolicyEvent? PolicyAt(CompanyId company, JurisdictionCode jurisdiction, Instant at) =>
        _byPair.TryGetValue((company.Value, jurisdiction.Value), out var history) ? LastAtOrBefore(history, at) : null;

    public int Snapshot(JurisdictionCode jurisdiction, Instant at, List<PolicyEvent> results)
    {
        results.Clear();
        foreach (var company in _companies)
        {
            if (_byPair.TryGetValue((company, jurisdiction.Value), out var history) && LastAtOrBefore(history, at) is { } found)
            {
                results.Add(found);
            }
        }
        return results.Count;
    }

    public EventRow[] Timeline(CompanyId company, JurisdictionCode jurisdiction) =>
        _byPair.TryGetValue((company.Value, jurisdiction.Value), out var history) ? history : [];

    private static PolicyEvent? LastAtOrBefore(EventRow[] history, Instant at)
    {
        int low = 0, high = history.Length - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            if (history[mid].Start <= at)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return high >= 0 ? history[high].Event : null;
    }
}
