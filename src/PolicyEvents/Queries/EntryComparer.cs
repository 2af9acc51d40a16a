using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// Orders index entries of one key: by effective ticks, then (ties) by the event's recorded instant, then by the
/// event id (ordinal). The last entry of a group of equal ticks is the one in force.
/// </summary>
internal sealed class EntryComparer(PolicyEvent[] events) : IComparer<IndexEntry>
{
    public int Compare(IndexEntry x, IndexEntry y)
    {
        var byTicks = x.Ticks.CompareTo(y.Ticks);
        if (byTicks != 0)
        {
            return byTicks;
        }
        var a = events[x.Event];
        var b = events[y.Event];
        var byRecorded = a.Recorded.CompareTo(b.Recorded);
        return byRecorded != 0 ? byRecorded : a.Id.CompareTo(b.Id);
    }
}
