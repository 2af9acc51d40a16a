using PolicyEvents.Storage;

namespace PolicyEvents.Queries;

/// <summary>
/// Orders index entries of one key: by effective ticks, then (ties) by the event's recorded instant, then by the
/// event id (ordinal). The last entry of a group of equal ticks is the one in force.
/// </summary>
internal sealed class EntryComparer(EventStore events) : IComparer<IndexEntry>
{
    public int Compare(IndexEntry x, IndexEntry y)
    {
        var byTicks = x.Ticks.CompareTo(y.Ticks);
        if (byTicks != 0)
        {
            return byTicks;
        }
        var byRecorded = events.RecordedOf(x.Event).CompareTo(events.RecordedOf(y.Event));
        return byRecorded != 0 ? byRecorded : events.CompareIds(x.Event, y.Event);
    }
}
