namespace PolicyEvents.Storage;

/// <summary>Where a reader of a load that keeps columns puts the lines it reads straight into rows: events and
/// statements and sources. One per reader, or per batch of a parallel load; not thread-safe.</summary>
internal sealed class RecordRows
{
    internal EventRows Events { get; } = new();

    internal StatementRows Statements { get; } = new();

    internal SourceRows Sources { get; } = new();

    /// <summary>Forgets every row, taken or not.</summary>
    internal void Clear()
    {
        Events.Clear();
        Statements.Clear();
        Sources.Clear();
    }
}
