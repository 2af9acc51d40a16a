using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers;

/// <summary>The first thing a user writes: LINQ over the list of events (each with its start instant precomputed).</summary>
public sealed class LinqPeer(IReadOnlyList<EventRow> rows)
{
    public PolicyEvent? PolicyAt(CompanyId company, JurisdictionCode jurisdiction, Instant at) =>
        rows.Where(r => r.Event.Company == company && r.Event.Jurisdiction == jurisdiction && r.Start <= at)
            .OrderByDescending(r => r.Start).Select(r => r.Event).FirstOrDefault();

    public List<PolicyEvent> Snapshot(JurisdictionCode jurisdiction, Instant at) =>
        [.. rows.Where(r => r.Event.Jurisdiction == jurisdiction && r.Start <= at)
            .GroupBy(r => r.Event.Company)
            .Select(g => g.MaxBy(r => r.Start).Event)];

    public List<PolicyEvent> Timeline(CompanyId company, JurisdictionCode jurisdiction) =>
        [.. rows.Where(r => r.Event.Company == company && r.Event.Jurisdiction == jurisdiction).OrderBy(r => r.Start).Select(r => r.Event)];
}
