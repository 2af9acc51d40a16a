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
    }
}
