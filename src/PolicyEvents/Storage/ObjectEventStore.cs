using System.Runtime.InteropServices;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Events held as the objects themselves: what a history built from a <see cref="Datasets.PolicyDataset"/> or
/// from event objects reads.</summary>
internal sealed class ObjectEventStore(PolicyEvent[] events) : EventStore
{
    internal PolicyEvent[] Events { get; } = events;

    internal override int Count => Events.Length;

    internal override PolicyEvent this[int index] => Events[index];

    internal override EventId IdOf(int index) => Events[index].Id;

    internal override CompanyId CompanyOf(int index) => Events[index].Company;

    internal override JurisdictionCode JurisdictionOf(int index) => Events[index].Jurisdiction;

    internal override RequestPolicy PolicyOf(int index) => Events[index].Policy;

    internal override PartialDate DateOf(int index)
    {
        var e = Events[index];
        return e.Effective ?? e.Announced.GetValueOrDefault();
    }

    internal override PartialDate? EffectiveOf(int index) => Events[index].Effective;

    internal override PartialDate? AnnouncedOf(int index) => Events[index].Announced;

    internal override Instant RecordedOf(int index) => Events[index].Recorded;

    internal override EventId? SupersedesOf(int index) => Events[index].Supersedes;

    internal override TriggerId? TriggerOf(int index) => Events[index].Trigger;

    internal override Citations<StatementId> StatementsOf(int index) => Events[index].Statements.AsSpan();

    internal override Citations<SourceId> SourcesOf(int index) => Events[index].Sources.AsSpan();

    internal override int CompareIds(int left, int right) => string.CompareOrdinal(Events[left].Id.Value, Events[right].Id.Value);

    internal override IReadOnlyList<PolicyEvent> AsList() => ImmutableCollectionsMarshal.AsImmutableArray(Events);
}
