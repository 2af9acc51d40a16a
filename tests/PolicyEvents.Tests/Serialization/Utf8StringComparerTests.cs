using System.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary><see cref="Utf8StringComparer"/> finds a string by its UTF-8 bytes: the same hash and equality either way,
/// for ASCII ids and for text beyond ASCII, short and longer than its stack buffer.</summary>
public class Utf8StringComparerTests
{
    public static TheoryData<string> Texts() => ["st-0000001", "", "é", "香港-2020", "😀x", new string('a', 600), new string('é', 400)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_string_and_its_UTF_8_bytes_hash_and_compare_alike(string text)
    {
        var comparer = Utf8StringComparer.Instance;
        var utf8 = Encoding.UTF8.GetBytes(text);

        comparer.GetHashCode(utf8).Should().Be(comparer.GetHashCode(text));
        comparer.Equals(utf8, text).Should().BeTrue();
        comparer.Create(utf8).Should().Be(text);
        comparer.Equals(Encoding.UTF8.GetBytes(text + "x"), text).Should().BeFalse();
        comparer.Equals(utf8, text + "x").Should().BeFalse();
    }

    [Fact]
    public void A_dictionary_keyed_by_strings_is_searched_by_bytes()
    {
        var table = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(Utf8StringComparer.Instance);
        table.TryAdd("src-1", 1);
        table.TryAdd("é-2", 2);
        var lookup = table.GetAlternateLookup<ReadOnlySpan<byte>>();

        lookup.TryGetValue("src-1"u8, out var first).Should().BeTrue();
        first.Should().Be(1);
        lookup.TryGetValue("é-2"u8, out var second).Should().BeTrue();
        second.Should().Be(2);
        lookup.TryGetValue("src-2"u8, out _).Should().BeFalse();
        lookup.TryGetValue("e-2"u8, out _).Should().BeFalse();
    }
}
