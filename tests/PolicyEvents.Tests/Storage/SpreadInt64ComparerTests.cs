using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary><see cref="SpreadInt64Comparer"/> spreads keys that pack two small numbers, which the default hash of a
/// <see cref="long"/> folds onto a few values.</summary>
public class SpreadInt64ComparerTests
{
    [Fact]
    public void Packed_pairs_of_small_numbers_get_nearly_as_many_hashes_as_keys()
    {
        var keys = (from hi in Enumerable.Range(0, 1000) from lo in Enumerable.Range(0, 1000) select ((long)hi << 32) | (uint)lo).ToArray();

        var spread = keys.Select(SpreadInt64Comparer.Instance.GetHashCode).Distinct().Count();
        var folded = keys.Select(k => k.GetHashCode()).Distinct().Count();

        folded.Should().BeLessThan(1100, "lo ^ hi of numbers under 1,000 stays under 1,024: the problem this comparer solves");
        spread.Should().BeGreaterThan(keys.Length * 99 / 100);
    }

    [Fact]
    public void Equal_keys_are_equal_and_hash_alike()
    {
        var comparer = SpreadInt64Comparer.Instance;

        comparer.Equals(42L << 32 | 7, 42L << 32 | 7).Should().BeTrue();
        comparer.Equals(42L << 32 | 7, 7L << 32 | 42).Should().BeFalse();
        comparer.GetHashCode(-1).Should().Be(comparer.GetHashCode(-1));
    }
}
