namespace PolicyEvents.Comparison;

/// <summary>How a record differs between two releases of a dataset (<see cref="RecordChange.Change"/>).</summary>
public enum RecordChangeKind
{
    /// <summary>The record is only in the newer release.</summary>
    Added = 0,

    /// <summary>The record is only in the older release.</summary>
    Removed = 1,

    /// <summary>Both releases hold a record with this id (a figure set: this key), with different content.</summary>
    Changed = 2,
}
