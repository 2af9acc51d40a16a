using System.Text;
using System.Text.Json;

namespace PolicyEvents.Serialization;

/// <summary>
/// The members a reader of plain lines (<see cref="EventLineReader"/>, <see cref="StatementLineReader"/>) takes, each
/// one bit: <c>1 &lt;&lt; i</c> for the i-th name. It walks an object's members in any order, each once, and gives up on
/// anything else (another member, a repeat, an escaped name), leaving the line to the full reader.
/// </summary>
internal sealed class PlainMembers
{
    private readonly byte[][] _names;

    internal PlainMembers(params string[] names)
    {
        if (names.Length > 30)
        {
            throw new ArgumentException("At most 30 members.", nameof(names));
        }
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>Moves to the next member's value and returns its bit, adding it to <paramref name="seen"/>; 0 at the end
    /// of the object; -1 when the line needs the full reader.</summary>
    internal int Next(ref Utf8JsonReader reader, ref int seen)
    {
        if (!reader.Read())
        {
            return -1;
        }
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return 0;
        }
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            return -1;
        }
        var name = reader.ValueSpan;
        for (var i = 0; i < _names.Length; i++)
        {
            if (name.SequenceEqual(_names[i]))
            {
                var member = 1 << i;
                if ((seen & member) != 0 || !reader.Read())
                {
                    return -1;
                }
                seen |= member;
                return member;
            }
        }
        return -1;
    }
}
