using System.Runtime.InteropServices;

namespace PolicyEvents.Storage;

/// <summary>Numbers distinct values in the order first met, so that a column holds a number per row and the values
/// once: equal values, equal numbers. Not thread-safe.</summary>
internal sealed class ValueTable<T>(IEqualityComparer<T>? comparer = null)
    where T : notnull
{
    private readonly Dictionary<T, int> _numbers = new(comparer);
    private readonly List<T> _values = [];

    /// <summary>The number of <paramref name="value"/>, given it when first met.</summary>
    internal int NumberOf(T value)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, value, out var known);
        if (!known)
        {
            number = _values.Count;
            _values.Add(value);
        }
        return number;
    }

    /// <summary>The values, by number.</summary>
    internal T[] ToArray() => [.. _values];
}
