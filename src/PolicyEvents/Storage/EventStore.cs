using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// The events a history or a validation reads, by position: either the event objects themselves
/// (<see cref="ObjectEventStore"/>) or columns that materialize an event only when it is asked for
/// (<see cref="ColumnEventStore"/>). The members other than the indexer read one property without materializing the
/// event, so that building an index and answering a point query touch no event object.
/// </summary>
/// <remarks>Implementations are immutable once built and thread-safe.</remarks>
internal abstract class EventStore
{
    /// <summary>The number of events.</summary>
    internal abstract int Count { get; }

    /// <summary>The event at a position, equal to the one read (a column store creates it on each call).</summary>
    internal abstract PolicyEvent this[int index] { get; }

    internal abstract EventId IdOf(int index);

    internal abstract CompanyId CompanyOf(int index);

    internal abstract JurisdictionCode JurisdictionOf(int index);

    internal abstract RequestPolicy PolicyOf(int index);

    /// <summary>The date that gives the event's effective time: its effective date if known, else its announcement date.</summary>
    internal abstract PartialDate DateOf(int index);

    /// <summary>The instant the event's date (<see cref="DateOf"/>) names when it is a single instant, else null.</summary>
    internal virtual Instant? InstantOf(int index) => DateOf(index).Instant;

    internal abstract PartialDate? EffectiveOf(int index);

    internal abstract PartialDate? AnnouncedOf(int index);

    internal abstract Instant RecordedOf(int index);

    internal abstract EventId? SupersedesOf(int index);

    internal abstract TriggerId? TriggerOf(int index);

    internal abstract Citations<StatementId> StatementsOf(int index);

    internal abstract Citations<SourceId> SourcesOf(int index);

    /// <summary>Compares two events' ids, ordinal on their text.</summary>
    internal abstract int CompareIds(int left, int right);

    /// <summary>The events as a read-only list, materialized on access for a column store.</summary>
    internal abstract IReadOnlyList<PolicyEvent> AsList();
}
