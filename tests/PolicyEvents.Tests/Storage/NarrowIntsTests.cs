using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>A column store keeps its numbers into tables of distinct values in as few bytes as the largest needs
/// (<see cref="NarrowInts"/>): every number, -1 included, comes back as given, at each width and its edges.</summary>
public class NarrowIntsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(254, 1)]
    [InlineData(255, 2)]
    [InlineData(65_534, 2)]
    [InlineData(65_535, 3)]
    [InlineData(1_000_000, 3)]
    [InlineData(16_777_214, 3)]
    [InlineData(16_777_215, 4)]
    [InlineData(int.MaxValue, 4)]
    public void Every_number_comes_back_in_the_fewest_bytes_its_largest_needs(int largest, int width)
    {
        var random = new Random(largest);
        int[] values = [-1, 0, largest, .. Enumerable.Range(0, 500).Select(_ => random.Next(-1, largest)), largest, -1];

        var column = new NarrowInts([.. values]);

        column.Count.Should().Be(values.Length);
        Enumerable.Range(0, values.Length).Select(i => column[i]).Should().Equal(values);
        column.Bytes.Should().Be((long)width * values.Length);
    }

    [Fact]
    public void An_empty_column_holds_nothing()
    {
        var column = new NarrowInts([]);

        column.Count.Should().Be(0);
        column.Bytes.Should().Be(0);
    }

    [Fact]
    public void A_number_below_minus_one_is_refused()
    {
        var below = () => new NarrowInts([3, -2]);

        below.Should().Throw<ArgumentOutOfRangeException>();
    }
}
