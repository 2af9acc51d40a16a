using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>A column store keeps where each record's run of citations ends in blocks (<see cref="RunEnds"/>): 2 bytes a
/// record from its block's start, or 4 when a block's runs are long. Every end and every run comes back as given.</summary>
public class RunEndsTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(RunEnds.BlockSize, 3)]
    [InlineData(RunEnds.BlockSize + 1, 3)]
    [InlineData(1_000, 3)]
    [InlineData(1_000, 200)]
    [InlineData(50, 10_000)]
    public void Every_end_and_run_comes_back_as_given(int count, int longestRun)
    {
        var random = new Random(count + longestRun);
        var ends = new int[count];
        for (var i = 0; i < count; i++)
        {
            ends[i] = (i == 0 ? 0 : ends[i - 1]) + random.Next(longestRun + 1); // empty runs too
        }
        var values = Enumerable.Range(0, count == 0 ? 0 : ends[^1]).ToArray();

        var runs = new RunEnds(ends);

        runs.Count.Should().Be(count);
        Enumerable.Range(0, count).Select(runs.EndOf).Should().Equal(ends);
        for (var i = 0; i < count; i++)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            runs.Run(values, i).ToArray().Should().Equal(values[start..ends[i]], $"record {i}'s run");
        }
        var narrow = ends.Chunk(RunEnds.BlockSize).Select((block, b) => block[^1] - (b == 0 ? 0 : ends[(b * RunEnds.BlockSize) - 1])).All(span => span <= ushort.MaxValue);
        runs.Bytes.Should().Be(narrow ? (4L * ((count + RunEnds.BlockSize - 1) / RunEnds.BlockSize)) + (2L * count) : 4L * count);
    }

    [Fact]
    public void A_block_whose_runs_hold_more_than_two_bytes_can_count_keeps_every_end_whole()
    {
        int[] ends = [1, 2, 70_000, 70_001, 140_000];

        var runs = new RunEnds(ends);

        Enumerable.Range(0, ends.Length).Select(runs.EndOf).Should().Equal(ends);
        runs.Bytes.Should().Be(4L * ends.Length);
    }

    [Fact]
    public void Ends_that_descend_are_refused()
    {
        var descending = () => new RunEnds([2, 5, 4]);
        var negative = () => new RunEnds([-1]);

        descending.Should().Throw<ArgumentException>().WithMessage("*end 2 is 4, after 5*");
        negative.Should().Throw<ArgumentException>();
    }
}
