using System.Collections;
using PolicyEvents.Domain;

namespace PolicyEvents.Storage;

/// <summary>A store's events as a read-only list: each access materializes the event (equal to the one read).</summary>
internal sealed class EventList(EventStore store) : IReadOnlyList<PolicyEvent>
{
    public PolicyEvent this[int index] =>
        (uint)index < (uint)store.Count ? store[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "Not a position in the list.");

    public int Count => store.Count;

    public IEnumerator<PolicyEvent> GetEnumerator()
    {
        for (var i = 0; i < store.Count; i++)
        {
            yield return store[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
