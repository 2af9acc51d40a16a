using System.Numerics;
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

    /// <summary>Like <see cref="Find(ref Utf8JsonReader)"/>, but starts after the last member of <paramref name="seen"/>, where
    /// the next member is in canonical order, and compares a name written without escapes by its bytes.</summary>
    internal int Find(ref Utf8JsonReader reader, ulong seen)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return Find(ref reader);
        }
        var name = reader.ValueSpan;
        var count = _utf8.Length;
        var i = seen == 0 ? 0 : 64 - BitOperations.LeadingZeroCount(seen);
        for (var n = 0; n < count; n++, i++)
        {
            if (i >= count)
            {
                i = 0;
            }
            if (name.SequenceEqual(_utf8[i]))
            {
                return i;
            }
        }
        return -1;
    }

    internal string List => string.Join(", ", Names);
}
