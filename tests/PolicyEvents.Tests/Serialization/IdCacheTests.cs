using System.Globalization;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The identifier caches of a load: bounded for a dataset, unbounded for the statement and source ids of a load
/// into a history, which keeps every one of them, so that every reference shares the string of the id it names.</summary>
public class IdCacheTests
{
    [Fact]
    public void A_dataset_load_caches_ids_up_to_its_bound_and_a_history_load_caches_them_all()
    {
        var bounded = new ReadCaches().Statements;
        var unbounded = ReadCaches.ForHistory().Statements;
        var count = IdCache<PolicyEvents.Domain.StatementId>.DefaultMaxEntries + 10;
        var first = new Dictionary<string, string>();
        for (var i = 0; i < count; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"st-{i}");
            bounded.Add(text);
            first[text] = unbounded.Add(text).Value;
        }

        var late = string.Create(CultureInfo.InvariantCulture, $"st-{count - 1}");
        bounded.TryGet(late, out _).Should().BeFalse("the bounded cache stopped at its bound");
        unbounded.TryGet(late, out var found).Should().BeTrue();
        found.Value.Should().BeSameAs(first[late], "a later reference shares the string read first");
        unbounded.Share().TryGet(late, out var shared).Should().BeTrue("the workers of one load share the entries");
        shared.Value.Should().BeSameAs(first[late]);
    }
}
