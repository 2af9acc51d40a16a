using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PolicyEvents.Queries;

/// <summary>Records of a history loaded into columns (its statements, its sources), by id: each read makes the record,
/// equal to the one read but a new object each time; the keys are in the store's order, by id as a dataset's.</summary>
/// <param name="count">The number of records.</param>
/// <param name="idOf">The id of the record at a position.</param>
/// <param name="at">Makes the record at a position.</param>
/// <param name="indexOf">The position of the record with an id, or -1.</param>
internal sealed class MaterializingTable<TKey, TValue>(int count, Func<int, TKey> idOf, Func<int, TValue> at, Func<TKey, int> indexOf)
    : IReadOnlyDictionary<TKey, TValue>
    where TValue : class
{
    public TValue this[TKey key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");

    public IEnumerable<TKey> Keys
    {
        get
        {
            for (var i = 0; i < count; i++)
            {
                yield return idOf(i);
            }
        }
    }

    public IEnumerable<TValue> Values
    {
        get
        {
            for (var i = 0; i < count; i++)
            {
                yield return at(i);
            }
        }
    }

    public int Count => count;

    public bool ContainsKey(TKey key) => indexOf(key) >= 0;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var index = indexOf(key);
        value = index >= 0 ? at(index) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return new(idOf(i), at(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
