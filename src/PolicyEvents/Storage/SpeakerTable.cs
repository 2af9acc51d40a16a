using System.Buffers.Binary;
using System.Text;
using PolicyEvents.Domain;

namespace PolicyEvents.Storage;

/// <summary>
/// The distinct speakers of a load's statements, by number, as the bytes a load numbers them by (their keys): the
/// number of the speaker's company in the load (4 bytes, little-endian), then the person's name as UTF-8, a 0xFF byte
/// (which UTF-8 never uses), and the role as UTF-8. An absent person or role is empty; a present one never is. A store
/// of columns keeps a speaker as its key and its company, and makes the <see cref="Speaker"/> only when asked for: no
/// object and no string per distinct speaker. Immutable.
/// </summary>
internal sealed class SpeakerTable
{
    private const byte Separator = 0xFF;
    private readonly byte[] _keys;
    private readonly int[] _ends;
    private readonly CompanyId[] _companies;

    /// <summary>The table of the keys <paramref name="keys"/> holds, key <c>n</c> ending at <c>ends[n]</c>, whose companies
    /// are numbered by <paramref name="companies"/> (the load's company of each number).</summary>
    internal SpeakerTable(byte[] keys, int[] ends, CompanyId[] companies) => (_keys, _ends, _companies) = (keys, ends, companies);

    /// <summary>The bytes the table keeps, but the companies (which the history keeps anyway).</summary>
    internal long Bytes => _keys.LongLength + (4L * _ends.Length);

    /// <summary>The company of speaker <paramref name="number"/>, without making the speaker.</summary>
    internal CompanyId CompanyOf(int number) => _companies[BinaryPrimitives.ReadInt32LittleEndian(KeyOf(number))];

    /// <summary>Speaker <paramref name="number"/>, made from its key.</summary>
    internal Speaker this[int number]
    {
        get
        {
            var key = KeyOf(number);
            var parts = key[4..];
            var separator = parts.IndexOf(Separator);
            return new Speaker(_companies[BinaryPrimitives.ReadInt32LittleEndian(key)], TextOrNull(parts[..separator]), TextOrNull(parts[(separator + 1)..]));
        }
    }

    /// <summary>Writes the key of a speaker into <paramref name="into"/> after what it holds: the company's number, then
    /// the person and the role, which the caller gives as runs of <paramref name="into"/> (a length of 0 for an absent
    /// one). Returns where the key starts; it runs to the end of what <paramref name="into"/> holds.</summary>
    internal static int WriteKey(RowBytes into, int company, int personStart, int personLength, int roleStart, int roleLength)
    {
        var start = into.Length;
        var key = into.Room(4 + personLength + 1 + roleLength);
        BinaryPrimitives.WriteInt32LittleEndian(key, company);
        into.Slice(personStart, personLength).CopyTo(key[4..]);
        key[4 + personLength] = Separator;
        into.Slice(roleStart, roleLength).CopyTo(key[(5 + personLength)..]);
        into.Keep(key.Length);
        return start;
    }

    /// <summary>The key of <paramref name="speaker"/>, its company numbered <paramref name="company"/>.</summary>
    internal static byte[] KeyOf(Speaker speaker, int company)
    {
        var person = speaker.Person ?? "";
        var role = speaker.Role ?? "";
        var key = new byte[4 + Encoding.UTF8.GetByteCount(person) + 1 + Encoding.UTF8.GetByteCount(role)];
        BinaryPrimitives.WriteInt32LittleEndian(key, company);
        var at = 4 + Encoding.UTF8.GetBytes(person, key.AsSpan(4));
        key[at] = Separator;
        Encoding.UTF8.GetBytes(role, key.AsSpan(at + 1));
        return key;
    }

    private ReadOnlySpan<byte> KeyOf(int number)
    {
        var start = number == 0 ? 0 : _ends[number - 1];
        return _keys.AsSpan(start, _ends[number] - start);
    }

    private static string? TextOrNull(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? null : Encoding.UTF8.GetString(utf8);
}
