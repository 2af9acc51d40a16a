using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// The sources a history or a validation reads, by position: either the source objects themselves
/// (<see cref="ObjectSourceStore"/>) or columns that make a source only when it is asked for
/// (<see cref="ColumnSourceStore"/>). The members other than the indexer read one property without making the source, so
/// that validating references touches no source object.
/// </summary>
/// <remarks>Implementations are immutable once built and thread-safe.</remarks>
internal abstract class SourceStore
{
    /// <summary>The number of sources.</summary>
    internal abstract int Count { get; }

    /// <summary>The source at a position, equal to the one read (a column store creates it on each call).</summary>
    internal abstract Source this[int index] { get; }

    internal abstract SourceId IdOf(int index);

    internal abstract bool HasPublisher(int index);

    internal abstract bool HasTitle(int index);

    internal abstract PartialDate? PublishedOf(int index);

    /// <summary>The position of the source with this id, or -1.</summary>
    internal abstract int IndexOf(SourceId id);
}
