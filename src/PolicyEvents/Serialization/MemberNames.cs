using System.Text;
using System.Text.Json;

namespace PolicyEvents.Serialization;

/// <summary>The member names of one kind of JSON object, in canonical order, matched against the reader without allocating.</summary>
internal sealed class MemberNames
{
    private readonly byte[][] _utf8;

    internal MemberNames(string what, params string[] names)
    {
        What = what;
        Names = names;
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>What the object is, for messages ("a company").</summary>
    internal string What { get; }

    internal string[] Names { get; }

    internal int Find(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }
        return -1;
    }

    internal string List => string.Join(", ", Names);
}
