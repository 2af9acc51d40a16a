using System.Globalization;
using PolicyEvents.Serialization;
using PolicyEvents.Synthetic;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The identifier caches of a load: bounded for a stream of records, unbounded for the statement and source ids
/// of a whole load, which keeps every one of them, so that every reference shares the string of the id it names.</summary>
public class IdCacheTests
{
    [Fact]
    public void A_stream_of_records_caches_ids_up_to_its_bound_and_a_whole_load_caches_them_all()
    {
        var bounded = new ReadCaches().Statements;
        var unbounded = ReadCaches.ForWholeLoad().Statements;
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

    [Fact]
    public void Every_reference_of_a_large_load_shares_the_string_of_the_id_it_names()
    {
        // About 72,000 statements: more than the bound of a stream's cache.
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(90_000, seed: 6));

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(bytes));
        var history = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));

        dataset.Statements.Length.Should().BeGreaterThan(IdCache<PolicyEvents.Domain.StatementId>.DefaultMaxEntries);
        var statementIds = dataset.Statements.ToDictionary(s => s.Id.Value, s => s.Id.Value);
        var sourceIds = dataset.Sources.ToDictionary(s => s.Id.Value, s => s.Id.Value);
        dataset.Events.SelectMany(e => e.Statements).Should().OnlyContain(id => ReferenceEquals(id.Value, statementIds[id.Value]));
        dataset.Events.SelectMany(e => e.Sources).Should().OnlyContain(id => ReferenceEquals(id.Value, sourceIds[id.Value]));
        // A history keeps its ids as bytes, not strings: each citation is a position in the store of what it names.
        var store = history.AllEventsStore;
        Enumerable.Range(0, store.Count).SelectMany(i => store.StatementsOf(i).ToArray())
            .Should().OnlyContain(id => history.Statements.ContainsKey(id))
            .And.HaveCount(dataset.Events.Sum(e => e.Statements.Length));
    }
}
