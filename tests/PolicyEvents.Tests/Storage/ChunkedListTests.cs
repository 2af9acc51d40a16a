using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

public class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(70_000)]
    public void Values_added_one_at_a_time_and_in_runs_come_back_in_order(int count)
    {
        var list = new ChunkedList<long>();
        var expected = new List<long>();
        var random = new Random(count);
        while (expected.Count < count)
        {
            if (random.Next(3) == 0)
            {
                var run = Enumerable.Range(0, Math.Min(random.Next(1, 20_000), count - expected.Count)).Select(i => (long)(expected.Count + i)).ToArray();
                list.AddRange(run);
                expected.AddRange(run);
            }
            else
            {
                list.Add(expected.Count);
                expected.Add(expected.Count);
            }
        }

        list.Count.Should().Be(count);
        list.ToArray().Should().Equal(expected);
        Enumerable.Range(0, count).Select(i => list[i]).Should().Equal(expected, "the indexer finds each value");
        list.MoveToArray().Should().Equal(expected);
        list.Count.Should().Be(count, "a moved list keeps its count");
    }

    [Fact]
    public void A_moved_list_refuses_to_be_read_or_added_to()
    {
        var list = new ChunkedList<int>();
        list.Add(1);
        list.MoveToArray();

        list.Invoking(l => l.Add(2)).Should().Throw<InvalidOperationException>();
        list.Invoking(l => l.ToArray()).Should().Throw<InvalidOperationException>();
        list.Invoking(l => l[0]).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void The_indexer_refuses_a_position_outside_the_list()
    {
        var list = new ChunkedList<int>();
        list.Add(1);

        list.Invoking(l => l[1]).Should().Throw<ArgumentOutOfRangeException>();
        list.Invoking(l => l[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }
}
