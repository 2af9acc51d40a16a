using System.Collections.Immutable;
using PolicyEvents.Domain;
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
    internal override int IndexOf(SourceId id)
    {
        int low = 0, high = sources.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = sources[middle].Id.CompareTo(id);
            if (comparison == 0)
            {
                return middle;
            }
            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return -1;
    }
}
