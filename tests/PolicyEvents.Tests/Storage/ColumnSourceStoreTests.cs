using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Storage;

/// <summary>
/// <see cref="ColumnSourceStore"/> gives back every source it was given, equal member for member, found by id, whatever
/// the source holds: no optional member, every one, text beyond ASCII, an instant to the nanosecond, and a title that
/// UTF-8 cannot hold (a lone surrogate), which is kept aside whole.
/// </summary>
public class ColumnSourceStoreTests
{
    private static readonly Source[] Sources =
    [
        new("zeta-only-id", null, null),
        new("alpha-everything", "Hong Kong Free Press", "國安法: \"pause\"", new Uri("https://example.org/香港/news?id=1#part-2"),
            PartialDate.Parse("2020-07~"), "Ann Lee", "AFP", Instant.FromUnixTimeTicks(15_942_069_601_234_567) + Duration.FromNanoseconds(89)),
        new("mu-lone-surrogate", "RTHK", "Broken \ud800 title", new Uri("http://example.com/a%20b"), PartialDate.Parse("2020-07-08")),
        new("beta-same-publisher", "RTHK", "Another", new Uri("HTTPS://Example.COM/Case"), PartialDate.Parse("2020-07-08"), agency: "AFP"),
        new("gamma-no-path", "RTHK", "No path", new Uri("https://example.org")),
        new("delta-port-and-user", "RTHK", "Port", new Uri("https://user@example.org:8443/x?y=1")),
        new("epsilon-same-host", "RTHK", "Same host", new Uri("https://example.org/")),
    ];

    [Fact]
    public void Every_source_comes_back_equal_and_is_found_by_its_id()
    {
        var store = Build(Sources);

        store.Count.Should().Be(Sources.Length);
        Enumerable.Range(0, store.Count).Select(store.IdOf).Should().BeInAscendingOrder();
        foreach (var source in Sources)
        {
            var index = store.IndexOf(source.Id);
            index.Should().BeGreaterThanOrEqualTo(0);
            var read = store[index];
            read.Should().Be(source);
            read.Url?.OriginalString.Should().Be(source.Url!.OriginalString, "the address as written");
            store.HasPublisher(index).Should().Be(source.Publisher is not null);
            store.HasTitle(index).Should().Be(source.Title is not null);
            store.PublishedOf(index).Should().Be(source.Published);
        }
    }

    [Fact]
    public void An_unknown_or_default_id_is_not_found()
    {
        var store = Build(Sources);

        store.IndexOf(new SourceId("not-there")).Should().Be(-1);
        store.IndexOf(default).Should().Be(-1);
    }

    [Fact]
    public void Repeated_ids_cannot_be_ordered_and_a_built_store_takes_no_more_sources()
    {
        var repeated = NewBuilder();
        repeated.Add(Sources[0]);
        repeated.Add(new Source(Sources[0].Id, "Other", "Other"));
        var builder = NewBuilder();
        builder.Add(Sources[0]);
        builder.TryOrder(out var order).Should().BeTrue();
        builder.Build(order);

        repeated.TryOrder(out _).Should().BeFalse();
        builder.Invoking(b => b.Add(Sources[1])).Should().Throw<InvalidOperationException>();
    }

    /// <summary>A builder numbering ids as a load would (each distinct id its own number).</summary>
    private static ColumnSourceStore.Builder NewBuilder()
    {
        var numbers = new Dictionary<SourceId, int>();
        return new ColumnSourceStore.Builder
        {
            Numbers = new IdNumbers(_ => throw new InvalidOperationException(), id => numbers.TryGetValue(id, out var n) ? n : numbers[id] = numbers.Count,
                _ => throw new InvalidOperationException()),
        };
    }

    private static ColumnSourceStore Build(IEnumerable<Source> sources)
    {
        var builder = NewBuilder();
        foreach (var source in sources)
        {
            builder.Add(source);
        }
        builder.TryOrder(out var order).Should().BeTrue();
        return builder.Build(order);
    }
}
