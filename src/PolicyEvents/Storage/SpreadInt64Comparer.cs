using System.Runtime.CompilerServices;

namespace PolicyEvents.Storage;

/// <summary>
/// Compares 64-bit keys that pack two small numbers (such as a pair's number and a date's, <c>hi &lt;&lt; 32 | lo</c>),
/// hashing them so that they spread over the whole table. The default hash of a <see cref="long"/> is
/// <c>lo ^ hi</c>, which maps such keys onto as few values as the larger of the two numbers can take: ten million keys
/// fell into about a hundred thousand chains, and grouping them took minutes instead of seconds.
/// </summary>
internal sealed class SpreadInt64Comparer : IEqualityComparer<long>
{
    internal static SpreadInt64Comparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}
