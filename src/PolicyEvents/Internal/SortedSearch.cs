namespace PolicyEvents.Internal;

/// <summary>A binary search of records sorted by a key, for the collections that keep their records sorted by id.</summary>
internal static class SortedSearch
{
    /// <summary>How the record at a position compares with the key searched for.</summary>
    internal interface IProbe
    {
        /// <summary>Less than 0 when the record at <paramref name="index"/> comes before the key, 0 when it is the key,
        /// more than 0 when it comes after.</summary>
        int CompareAt(int index);
    }

    /// <summary>The position of the record whose key is <paramref name="key"/> in <paramref name="sorted"/> (ascending by
    /// <paramref name="keyOf"/>), or -1.</summary>
    internal static int IndexOf<T, TKey>(ReadOnlySpan<T> sorted, TKey key, Func<T, TKey> keyOf) where TKey : IComparable<TKey> =>
        IndexOf(sorted.Length, new ByKey<T, TKey>(sorted, key, keyOf));

    /// <summary>The position, among <paramref name="count"/> records in ascending order, of the one
    /// <paramref name="probe"/> says is the key, or -1.</summary>
    internal static int IndexOf<TProbe>(int count, TProbe probe) where TProbe : IProbe, allows ref struct
    {
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = probe.CompareAt(middle);
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

    private readonly ref struct ByKey<T, TKey>(ReadOnlySpan<T> sorted, TKey key, Func<T, TKey> keyOf) : IProbe
        where TKey : IComparable<TKey>
    {
        private readonly ReadOnlySpan<T> _sorted = sorted;

        public int CompareAt(int index) => keyOf(_sorted[index]).CompareTo(key);
    }
}
