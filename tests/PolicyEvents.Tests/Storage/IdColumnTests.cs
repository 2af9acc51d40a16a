using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Internal;
using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>A column store keeps its ids front-coded in blocks (<see cref="IdColumn{TId}"/>): every id comes back as
/// written, and every id, and only they, is found at its position, whatever the block and whatever the ids share.</summary>
public class IdColumnTests
{
    /// <summary>Ids in ascending ordinal order: runs that share long beginnings, ids that are a beginning of the next
    /// one, ids that share nothing, and the longest a slug may be.</summary>
    private static string[] Ids(int count)
    {
        var random = new Random(count);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        while (ids.Count < count)
        {
            var id = random.Next(6) switch
            {
                0 => $"zoom-hk-{random.Next(1000):D3}",
                1 => $"zoom-hk-{random.Next(1000):D3}-correction",
                2 => $"st-{random.Next(100_000):D7}",
                3 => new string('a', random.Next(1, Slug.MaxLength + 1)),
                4 => $"{(char)('a' + random.Next(26))}{random.Next(10)}",
                _ => $"zoom-hk-{random.Next(10)}",
            };
            ids.Add(id);
        }
        return [.. ids];
    }

    private static IdColumn<EventId> ColumnOf(IEnumerable<string> ids)
    {
        var builder = new IdColumn<EventId>.Builder();
        foreach (var id in ids)
        {
            builder.Add(Encoding.ASCII.GetBytes(id));
        }
        return builder.ToColumn();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(IdColumn<EventId>.BlockSize - 1)]
    [InlineData(IdColumn<EventId>.BlockSize)]
    [InlineData(IdColumn<EventId>.BlockSize + 1)]
    [InlineData(1_000)]
    public void Every_id_comes_back_as_written_and_is_found_where_it_is(int count)
    {
        var ids = Ids(count);

        var column = ColumnOf(ids);

        column.Count.Should().Be(count);
        Enumerable.Range(0, count).Select(i => column.IdOf(i).Value).Should().Equal(ids);
        ids.Select(id => column.IndexOf(new EventId(id))).Should().Equal(Enumerable.Range(0, count));
    }

    [Fact]
    public void An_id_the_column_lacks_is_not_found_before_between_or_after_its_ids()
    {
        var ids = Ids(1_000);
        var column = ColumnOf(ids);
        var known = ids.ToHashSet(StringComparer.Ordinal);
        // Each id with bytes more or a byte less, and ids before the first and after the last.
        var absent = ids.SelectMany(id => new[] { id + "0", id + "z", id + "-0", id[..^1] })
            .Append("0").Append("zzzz").Where(id => Slug.Problem(id) is null && !known.Contains(id)).ToList();

        absent.Should().HaveCountGreaterThan(3_000);
        absent.Where(id => column.IndexOf(new EventId(id)) != -1).Should().BeEmpty();
        column.IndexOf(default).Should().Be(-1, "the default id is no row's");
        ColumnOf([]).IndexOf(new EventId("zoom-hk-001")).Should().Be(-1, "an empty column has no row");
    }

    [Fact]
    public void Sorted_ids_that_share_their_beginnings_cost_less_than_their_bytes()
    {
        var ids = Enumerable.Range(1, 1_000).Select(i => $"company-jurisdiction-{i:D4}").ToArray();

        var column = ColumnOf(ids);

        column.Bytes.Should().BeLessThan(ids.Sum(id => id.Length) / 3, "each id after the first of its block keeps the few bytes it does not share");
    }

    [Fact]
    public void The_builder_refuses_ids_out_of_order_repeated_empty_or_too_long()
    {
        var builder = new IdColumn<EventId>.Builder();
        builder.Add("zoom-hk-002"u8);

        builder.Invoking(b => b.Add("zoom-hk-001"u8)).Should().Throw<ArgumentException>().WithMessage("*ascending*");
        builder.Invoking(b => b.Add("zoom-hk-002"u8)).Should().Throw<ArgumentException>().WithMessage("*each once*");
        builder.Invoking(b => b.Add([])).Should().Throw<ArgumentException>();
        builder.Invoking(b => b.Add(new byte[Slug.MaxLength + 1])).Should().Throw<ArgumentException>();
        builder.Add("zoom-hk-003"u8);
        builder.ToColumn().IdOf(1).Should().Be(new EventId("zoom-hk-003"), "a refused id is not kept");
    }

    [Fact]
    public void A_position_outside_the_column_is_refused()
    {
        var column = ColumnOf(["a", "b"]);

        column.Invoking(c => c.IdOf(2)).Should().Throw<ArgumentOutOfRangeException>();
        column.Invoking(c => c.IdOf(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
