using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Sources held as the objects themselves, sorted by id: what a dataset and a history built from objects read.</summary>
internal sealed class ObjectSourceStore(ImmutableArray<Source> sources) : SourceStore
{
    internal override int Count => sources.Length;

    internal override Source this[int index] => sources[index];

    internal override SourceId IdOf(int index) => sources[index].Id;

    internal override bool HasPublisher(int index) => sources[index].Publisher is not null;

    internal override bool HasTitle(int index) => sources[index].Title is not null;

    internal override PartialDate? PublishedOf(int index) => sources[index].Published;

    /// <summary>A binary search of the ids, which a dataset keeps sorted.</summary>
    internal override int IndexOf(SourceId id) => SortedSearch.IndexOf(sources.AsSpan(), id, static s => s.Id);
}
