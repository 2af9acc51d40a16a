using System.Globalization;
using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The table of slots behind the identifier caches: found by UTF-8 bytes, one value per key however many threads
/// add it, every entry kept as the table grows.</summary>
public class IdTableTests
{
    [Fact]
    public void Ids_are_found_by_their_UTF_8_bytes_after_the_table_grows()
    {
        var table = new IdTable<int>();
        string[] keys = [.. Enumerable.Range(0, 5_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"src-{i:D7}")), "zh-香港", "ü", ""];
        for (var i = 0; i < keys.Length; i++)
        {
            table.GetOrAdd(keys[i], i).Should().Be(i);
        }

        table.Count.Should().Be(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            table.TryGet(Encoding.UTF8.GetBytes(keys[i]), out var value).Should().BeTrue(keys[i]);
            value.Should().Be(i);
        }
        table.TryGet("src-0005000"u8, out _).Should().BeFalse();
        table.TryGet("src-000000"u8, out _).Should().BeFalse("a prefix of a key is not the key");
        table.TryGet(Encoding.UTF8.GetBytes("zh-香"), out _).Should().BeFalse();
    }

    [Fact]
    public void A_key_added_again_keeps_the_value_added_first()
    {
        var table = new IdTable<int>();
        table.GetOrAdd("st-1", 1).Should().Be(1);
        table.GetOrAdd(new string("st-1".AsSpan()), 2).Should().Be(1);
        table.Count.Should().Be(1);
        table.TryGet("st-1"u8, out var value).Should().BeTrue();
        value.Should().Be(1);
    }

    [Fact]
    public void Threads_adding_and_looking_up_the_same_ids_agree_on_one_value_each()
    {
        var table = new IdTable<StatementId>();
        const int Count = 20_000;
        var utf8 = Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"st-{i}"))).ToArray();
        var kept = new string[4][];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var mine = new string[Count];
            for (var n = 0; n < Count; n++)
            {
                // Each worker walks the ids from its own start, so adds race with look-ups and with growth.
                var i = (n + (worker * Count / 4)) % Count;
                var text = Encoding.UTF8.GetString(utf8[i]);
                mine[i] = (table.TryGet(utf8[i], out var found) ? found : table.GetOrAdd(text, new StatementId(text))).Value;
            }
            kept[worker] = mine;
        });

        table.Count.Should().Be(Count);
        for (var i = 0; i < Count; i++)
        {
            table.TryGet(utf8[i], out var value).Should().BeTrue();
            kept.Should().OnlyContain(k => ReferenceEquals(k[i], value.Value), "every worker got the instance the table kept");
        }
    }

    [Fact]
    public void Ids_are_numbered_in_the_order_added_one_number_each_whichever_thread_adds_them()
    {
        var table = new IdTable<int>();
        const int Count = 20_000;
        var keys = Enumerable.Range(0, Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"src-{i}")).ToArray();
        var numbers = new int[4][];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var mine = new int[Count];
            for (var n = 0; n < Count; n++)
            {
                var i = (n + (worker * Count / 4)) % Count;
                mine[i] = table.TryGetNumber(Encoding.UTF8.GetBytes(keys[i]), out var found) ? found : table.NumberOf(new string(keys[i].AsSpan()), i);
            }
            numbers[worker] = mine;
        });

        table.Count.Should().Be(Count);
        numbers[0].Order().Should().Equal(Enumerable.Range(0, Count), "the numbers are 0 to Count - 1, one per id");
        numbers.Should().OnlyContain(n => n.SequenceEqual(numbers[0]), "every worker got the number the table gave");
        var numbered = table.Numbered(_ => throw new InvalidOperationException("every entry has a value")).ToDictionary(e => e.Number, e => e.Value);
        numbered.Should().HaveCount(Count);
        for (var i = 0; i < Count; i++)
        {
            numbered[numbers[0][i]].Should().Be(i, "an entry's number gives back its value");
        }
        table.NumberOf("src-0", -1).Should().Be(numbers[0][0], "a key added again keeps its number");
        table.TryGetNumber("src-20000"u8, out var missing).Should().BeFalse();
        missing.Should().Be(-1);
    }

    [Fact]
    public void Ids_added_by_their_bytes_alone_are_numbered_and_found_but_hold_no_value()
    {
        var table = new IdTable<StatementId>();
        var first = table.NumberOfUtf8("st-1"u8);
        var second = table.NumberOfUtf8("st-2"u8);

        (first, second).Should().Be((0, 1));
        table.NumberOfUtf8("st-1"u8).Should().Be(first, "an id added again keeps its number");
        table.TryGetNumber("st-2"u8, out var number).Should().BeTrue();
        number.Should().Be(second);
        table.TryGet("st-1"u8, out _, out number).Should().BeFalse("no value was given for it");
        number.Should().Be(first, "the number is found all the same");

        var made = new StatementId(new string("st-1".AsSpan()));
        table.GetOrAdd("st-1", made, out number).Value.Should().BeSameAs(made.Value, "the caller's value stands in for the missing one");
        number.Should().Be(first);
        table.NumberOf("st-3", new StatementId("st-3")).Should().Be(2);
        table.TryGet("st-3"u8, out var held).Should().BeTrue();
        held.Value.Should().Be("st-3");

        table.Numbered(text => new StatementId(text)).OrderBy(e => e.Number).Select(e => e.Value.Value)
            .Should().Equal(["st-1", "st-2", "st-3"], "a value is made from the text of an id that has none");
    }
}
