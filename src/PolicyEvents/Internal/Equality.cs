using System.Collections.Immutable;

namespace PolicyEvents.Internal;

/// <summary>Structural equality for immutable arrays, which compare by reference on their own.</summary>
internal static class Equality
{
    /// <summary>True when both arrays hold equal items in the same order.</summary>
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    /// <summary>Adds the items of an array, in order, to a hash.</summary>
    internal static void AddSequence<T>(ref HashCode hash, ImmutableArray<T> items)
    {
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
    }
}
