using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Some events of a column store, in its order: a history view's events (<see cref="Queries.PolicyHistory.AsKnownAt"/>,
/// corrections applied). A view of event objects holds the objects it keeps instead.</summary>
internal sealed class SubsetEventStore(EventStore all, int[] positions) : EventStore
{
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

    internal override Citations<StatementId> StatementsOf(int index) => all.StatementsOf(positions[index]);

    internal override Citations<SourceId> SourcesOf(int index) => all.SourcesOf(positions[index]);

    internal override int CompareIds(int left, int right) => all.CompareIds(positions[left], positions[right]);

    internal override IReadOnlyList<PolicyEvent> AsList() => new EventList(this);
}
