using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>A history keeps each distinct speaker as a key of bytes (<see cref="SpeakerTable"/>): the company's number,
/// the person, the role. A speaker made from its key equals the one written, whatever parts it has.</summary>
public class SpeakerTableTests
{
    private static readonly CompanyId[] Companies = [new("zoom"), new("apple")];

    public static TheoryData<string?, string?> Parts() => new()
    {
        { null, null },
        { "Eric Yuan", null },
        { null, "chief executive" },
        { "Eric Yuan", "chief executive" },
        { "李明", "發言人" },
        { "A", "B" },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void A_speaker_made_from_its_key_equals_the_one_keyed(string? person, string? role)
    {
        var speaker = new Speaker(Companies[1], person, role);
        var other = new Speaker(Companies[0], role, person);
        var table = new IdTable<bool>();
        var number = table.NumberOfUtf8(SpeakerTable.KeyOf(speaker, 1));
        var otherNumber = table.NumberOfUtf8(SpeakerTable.KeyOf(other, 0));

        var (keys, ends) = table.KeysInOrder();
        var speakers = new SpeakerTable(keys, ends, Companies);

        speakers[number].Should().Be(speaker);
        speakers[otherNumber].Should().Be(other);
        speakers.CompanyOf(number).Should().Be(Companies[1]);
        (number == otherNumber).Should().Be(speaker == other, "equal speakers, and only they, share a key");
    }

    [Fact]
    public void A_key_written_from_parts_of_a_buffer_is_the_key_of_the_speaker()
    {
        var into = new RowBytes();
        var person = Encoding.UTF8.GetBytes("Mei Chan");
        var role = Encoding.UTF8.GetBytes("chief privacy officer");
        person.CopyTo(into.Room(person.Length));
        into.Keep(person.Length);
        role.CopyTo(into.Room(role.Length));
        into.Keep(role.Length);

        var start = SpeakerTable.WriteKey(into, 1, 0, person.Length, person.Length, role.Length);

        into.Slice(start, into.Length - start).ToArray().Should().Equal(SpeakerTable.KeyOf(new Speaker(Companies[1], "Mei Chan", "chief privacy officer"), 1));
        var bare = SpeakerTable.WriteKey(into, 0, 0, 0, 0, 0);
        into.Slice(bare, into.Length - bare).ToArray().Should().Equal(SpeakerTable.KeyOf(new Speaker(Companies[0]), 0));
    }
}
