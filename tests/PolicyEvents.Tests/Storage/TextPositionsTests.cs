using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>A column store keeps where its texts are in 4 bytes each while its blocks are few enough
/// (<see cref="TextPositions"/>), else in 8: every position comes back as <see cref="TextBlocks.Append"/> gave it.</summary>
public class TextPositionsTests
{
    [Fact]
    public void Positions_of_short_and_long_texts_come_back_as_given()
    {
        var blocks = new TextBlocks();
        var random = new Random(7);
        // Texts short and long (a long one gets a block of its own), enough to fill many blocks.
        var at = Enumerable.Range(0, 5_000).Select(i => blocks.Append(new byte[i % 500 == 0 ? 40_000 : random.Next(1, 300)])).ToArray();

        var positions = new TextPositions([.. at]);

        positions.Count.Should().Be(at.Length);
        Enumerable.Range(0, at.Length).Select(i => positions[i]).Should().Equal(at);
        positions.Bytes.Should().Be(4L * at.Length);
        at.Select(p => p >> 32).Distinct().Should().HaveCountGreaterThan(20, "the texts span many blocks");
    }

    [Theory]
    [InlineData(32_767L << 32 | 65_535L, 4)]
    [InlineData(32_768L << 32, 8)]
    [InlineData(1L << 32 | 70_000L, 8)]
    public void A_position_beyond_two_bytes_of_blocks_keeps_every_position_whole(long last, int width)
    {
        long[] at = [0, 1L << 32 | 12, last];

        var positions = new TextPositions([.. at]);

        Enumerable.Range(0, at.Length).Select(i => positions[i]).Should().Equal(at);
        positions.Bytes.Should().Be(width * at.Length);
    }
}
