using System.Numerics;
using System.Text;
using System.Text.Json;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>
/// The names of the members of one kind of JSON object, in canonical order, and which of them are required: matches the
/// member under the reader by its name without allocating, and reports unknown, repeated and missing members. The
/// readers of the members are in <see cref="MemberTable{T}"/>, which derives from this class.
/// </summary>
internal abstract class MemberNames
{
    private readonly byte[][] _utf8;

    private protected MemberNames(string what, string[] names, bool[] required)
    {
        if (names.Length > 64)
        {
            throw new ArgumentException($"{what} has {names.Length} members; a table holds at most 64.", nameof(names));
        }
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new ArgumentException($"A member name of {what} appears twice.", nameof(names));
        }
        What = what;
        Names = names;
        List = string.Join(", ", names);
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
        for (var i = 0; i < names.Length; i++)
        {
            if (required[i])
            {
                Required |= 1UL << i;
            }
        }
    }

    /// <summary>What the object is, for messages ("a company").</summary>
    internal string What { get; }

    /// <summary>The member names, in canonical order.</summary>
    internal string[] Names { get; }

    /// <summary>The member names joined with commas, for messages.</summary>
    internal string List { get; }

    /// <summary>The required members, as a set of members (see <see cref="Mask"/>).</summary>
    internal ulong Required { get; }

    /// <summary>The set of the named members, to test against the members an object had; throws for a name the object does
    /// not have, so that a renamed member cannot be tested silently as absent.</summary>
    internal ulong Mask(params ReadOnlySpan<string> names)
    {
        ulong mask = 0;
        foreach (var name in names)
        {
            var index = Array.IndexOf(Names, name);
            if (index < 0)
            {
                throw new ArgumentException($"{What} has no member '{name}'.", nameof(names));
            }
            mask |= 1UL << index;
        }
        return mask;
    }

    /// <summary>Moves to the next member of an object: returns its index with the reader on its value, or -1 at the end
    /// of the object. Unknown and repeated members are reported and skipped; <paramref name="seen"/> gains the member.</summary>
    private protected int NextIndex(ref Utf8JsonReader reader, ReadContext context, int depth, ref ulong seen)
    {
        while (true)
        {
            context.Truncate(depth);
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }
            var index = Find(ref reader, seen);
            if (index < 0)
            {
                if (JsonValueReader.TryGetString(ref reader) is not { } name)
                {
                    // The reader checks the UTF-8 of a member name only when it is decoded.
                    context.ReportMalformed("Malformed JSON: a member name is not valid UTF-8.", reader.TokenStartIndex);
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                context.Push(name);
                var severity = context.RejectUnknownMembers ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                context.Report(severity, DiagnosticCodes.UnknownMember,
                    $"Unknown member '{name}' in {What} (expected one of: {List}); {(severity == DiagnosticSeverity.Error ? "unknown members are rejected" : "it is ignored")}.",
                    reader.TokenStartIndex);
                reader.Read();
                reader.Skip();
                continue;
            }
            context.Push(Names[index]);
            if ((seen & (1UL << index)) != 0)
            {
                context.Error(DiagnosticCodes.DuplicateMember, $"The member '{Names[index]}' appears more than once in {What}; each member may appear once.",
                    reader.TokenStartIndex);
                reader.Read();
                reader.Skip();
                continue;
            }
            seen |= 1UL << index;
            reader.Read();
            return index;
        }
    }

    /// <summary>Reports each required member missing from <paramref name="seen"/>, in canonical order, at the object's
    /// opening brace; false when one was missing.</summary>
    internal bool Require(ReadContext context, ulong seen, long objectStart, int depth)
    {
        var missing = Required & ~seen;
        if (missing == 0)
        {
            return true;
        }
        context.Truncate(depth);
        for (var i = 0; i < Names.Length; i++)
        {
            if ((missing & (1UL << i)) != 0)
            {
                context.Error(DiagnosticCodes.MissingMember, $"{JsonValueReader.Capitalize(What)} needs the member '{Names[i]}'.", objectStart);
            }
        }
        return false;
    }

    /// <summary>The index of the member named under the reader, or -1. Starts after the last member of
    /// <paramref name="seen"/>, where the next member is in canonical order, and compares a name written without escapes
    /// by its bytes.</summary>
    private int Find(ref Utf8JsonReader reader, ulong seen)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
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
        var name = reader.ValueSpan;
        var count = _utf8.Length;
        var next = seen == 0 ? 0 : 64 - BitOperations.LeadingZeroCount(seen);
        for (var n = 0; n < count; n++, next++)
        {
            if (next >= count)
            {
                next = 0;
            }
            if (name.SequenceEqual(_utf8[next]))
            {
                return next;
            }
        }
        return -1;
    }
}
