using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Datasets;

/// <summary>The order of a dataset's collections: by id (by key for figure sets), each id once.</summary>
internal static class DatasetOrder
{
    /// <summary>Sorts records by key and rejects repeated keys.</summary>
    /// <param name="items">The records, in any order; null for none.</param>
    /// <param name="keyOf">The key of a record.</param>
    /// <param name="what">What a key is called in the message ("id", "key").</param>
    /// <param name="paramName">The parameter named by the exceptions.</param>
    /// <param name="order">Null when the records were already sorted; otherwise, for each sorted position, the index of
    /// its record in <paramref name="items"/>.</param>
    /// <exception cref="ArgumentException">A record is null, or a key repeats.</exception>
    internal static ImmutableArray<T> Sort<T, TKey>(IEnumerable<T>? items, Func<T, TKey> keyOf, string what, string paramName, out int[]? order)
        where T : class where TKey : IComparable<TKey>
    {
        var array = Guard.Items(items, paramName);
        order = null;
        var sorted = true;
        for (var i = 1; i < array.Length && sorted; i++)
        {
            var comparison = keyOf(array[i - 1]).CompareTo(keyOf(array[i]));
            if (comparison == 0)
            {
                throw Repeated(what, keyOf(array[i]), paramName);
            }
            sorted = comparison < 0;
        }
        if (sorted)
        {
            return array;
        }
        var keys = new TKey[array.Length];
        order = new int[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            keys[i] = keyOf(array[i]);
            order[i] = i;
        }
        Array.Sort(keys, order);
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1].CompareTo(keys[i]) == 0)
            {
                throw Repeated(what, keys[i], paramName);
            }
        }
        var builder = ImmutableArray.CreateBuilder<T>(array.Length);
        foreach (var i in order)
        {
            builder.Add(array[i]);
        }
        return builder.MoveToImmutable();
    }

    private static ArgumentException Repeated<TKey>(string what, TKey key, string paramName) =>
        new($"The {what} '{key}' appears more than once.", paramName);
}
