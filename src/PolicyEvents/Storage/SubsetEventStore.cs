using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Some events of a column store, in its order: a history view's events (<see cref="Queries.PolicyHistory.AsKnownAt"/>,
/// corrections applied). A view of event objects holds the objects it keeps instead.</summary>
internal sealed class SubsetEventStore(EventStore all, int[] positions) : EventStore
{
    private Dictionary<int, int>? _byPosition;

    internal override int Count => positions.Length;

    internal override PolicyEvent this[int index] => all[positions[index]];

    internal override EventId IdOf(int index) => all.IdOf(positions[index]);

    internal override CompanyId CompanyOf(int index) => all.CompanyOf(positions[index]);

    internal override JurisdictionCode JurisdictionOf(int index) => all.JurisdictionOf(positions[index]);

    internal override RequestPolicy PolicyOf(int index) => all.PolicyOf(positions[index]);

    internal override PartialDate DateOf(int index) => all.DateOf(positions[index]);

    internal override PartialDate? EffectiveOf(int index) => all.EffectiveOf(positions[index]);

    internal override PartialDate? AnnouncedOf(int index) => all.AnnouncedOf(positions[index]);

    internal override Instant RecordedOf(int index) => all.RecordedOf(positions[index]);

    internal override EventId? SupersedesOf(int index) => all.SupersedesOf(positions[index]);

    internal override TriggerId? TriggerOf(int index) => all.TriggerOf(positions[index]);

    internal override ReadOnlySpan<StatementId> StatementsOf(int index) => all.StatementsOf(positions[index]);

    internal override ReadOnlySpan<SourceId> SourcesOf(int index) => all.SourcesOf(positions[index]);

    internal override int CompareIds(int left, int right) => all.CompareIds(positions[left], positions[right]);

    internal override int IndexOf(EventId id)
    {
        var position = all.IndexOf(id);
        if (position < 0)
        {
            return -1;
        }
        var byPosition = Volatile.Read(ref _byPosition);
        if (byPosition is null)
        {
            byPosition = new Dictionary<int, int>(positions.Length);
            for (var i = 0; i < positions.Length; i++)
            {
                byPosition[positions[i]] = i;
            }
            Volatile.Write(ref _byPosition, byPosition);
        }
        return byPosition.TryGetValue(position, out var index) ? index : -1;
    }

    internal override IReadOnlyList<PolicyEvent> AsList() => new EventList(this);
}
