namespace PolicyEvents.Storage;

/// <summary>What a builder of a column store gives the collector that fills it: the order of its rows by id, then the
/// store in that order.</summary>
/// <typeparam name="TStore">The store built.</typeparam>
internal interface IColumnStoreBuilder<out TStore>
{
    /// <summary>The order of the rows by id (<c>order[i]</c> is the position read of the i-th row); false when two rows
    /// share an id.</summary>
    bool TryOrder(out int[] order);

    /// <summary>The store, its rows in <paramref name="order"/>; no row can be added after.</summary>
    TStore Build(int[] order);
}
