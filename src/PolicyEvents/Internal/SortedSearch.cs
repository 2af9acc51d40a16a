namespace PolicyEvents.Internal;

/// <summary>A binary search of records sorted by a key, for the collections that keep their records sorted by id.</summary>
internal static class SortedSearch
{
    /// <summary>The position of the record whose key is <paramref name="key"/> in <paramref name="sorted"/> (ascending by
    /// <paramref name="keyOf"/>), or -1.</summary>
    internal static int IndexOf<T, TKey>(ReadOnlySpan<T> sorted, TKey key, Func<T, TKey> keyOf) where TKey : IComparable<TKey>
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = keyOf(sorted[middle]).CompareTo(key);
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
