using System.Text.Json;

namespace PolicyEvents.Serialization;

/// <summary>Reads the value of one member, with the reader on it, into the fields of the object being read. Problems
/// are reported to the context; the reader is left on the last token of the value.</summary>
internal delegate void MemberReader<T>(ref Utf8JsonReader reader, ReadContext context, ref T fields) where T : struct;

/// <summary>Whether an object must have a member.</summary>
internal enum Presence
{
    /// <summary>The member may be omitted.</summary>
    Optional,

    /// <summary>Without the member, the object is reported (PE0003) and not read.</summary>
    Required,
}

/// <summary>One member of a kind of object: its name in the format, whether it is required, and how its value is read.</summary>
internal readonly record struct Member<T>(string Name, Presence Presence, MemberReader<T> Read) where T : struct;

/// <summary>
/// The members of one kind of JSON object, in canonical order, each with its reader: the one place that says which
/// members an object has. Members are matched by name; a member's reader writes into the fields of
/// <typeparamref name="T"/>, and the required members are checked from the same table.
/// </summary>
internal sealed class MemberTable<T> : MemberNames where T : struct
{
    private readonly MemberReader<T>[] _readers;

    internal MemberTable(string what, Member<T>[] members)
        : base(what, [.. members.Select(m => m.Name)], [.. members.Select(m => m.Presence == Presence.Required)])
    {
        _readers = [.. members.Select(m => m.Read)];
    }

    /// <summary>Moves to the next member of an object and returns its reader, with the reader on its value; null at the end
    /// of the object. Unknown and repeated members are reported and skipped; <paramref name="seen"/> gains the member.</summary>
    internal MemberReader<T>? Next(ref Utf8JsonReader reader, ReadContext context, int depth, ref ulong seen)
    {
        var index = NextIndex(ref reader, context, depth, ref seen);
        return index < 0 ? null : _readers[index];
    }

    /// <summary>Reads the members of an object, from its opening brace (at <paramref name="start"/>) to its closing brace,
    /// into <paramref name="fields"/>, then reports the required members that were missing.</summary>
    internal MemberRead Read(ref Utf8JsonReader reader, ReadContext context, ref T fields, long start)
    {
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        while (Next(ref reader, context, depth, ref seen) is { } read)
        {
            read(ref reader, context, ref fields);
        }
        Require(context, seen, start, depth);
        return new MemberRead(seen, start, depth, errors);
    }
}

/// <summary>What <see cref="MemberTable{T}.Read"/> found in one object: which members it had, where it starts, and
/// whether any problem was reported while it was read; builds the object's value from its fields.</summary>
internal readonly struct MemberRead
{
    private readonly int _errors;

    internal MemberRead(ulong seen, long start, int depth, int errors)
    {
        Seen = seen;
        Start = start;
        Depth = depth;
        _errors = errors;
    }

    /// <summary>The members the object had (see <see cref="MemberNames.Mask"/>).</summary>
    internal ulong Seen { get; }

    /// <summary>The offset of the object's opening brace.</summary>
    internal long Start { get; }

    /// <summary>The depth of the path inside the object.</summary>
    internal int Depth { get; }

    /// <summary>True when the object had at least one of the members of <paramref name="members"/>.</summary>
    internal bool HasAny(ulong members) => (Seen & members) != 0;

    /// <summary>True when a problem was reported since the object's members began to be read (warnings do not count).</summary>
    internal bool HasErrors(ReadContext context) => context.ErrorCount != _errors;

    /// <summary>Reports a problem of the object as a whole, at its opening brace.</summary>
    internal void Error(ReadContext context, string code, string message)
    {
        context.Truncate(Depth);
        context.Error(code, message, Start);
    }

    /// <summary>The object's value made by <paramref name="create"/> from its fields; default when an error was reported
    /// while the object was read, or when <paramref name="create"/> refuses the fields (reported, at the object).</summary>
    internal TValue? Create<TFields, TValue>(ReadContext context, in TFields fields, Func<TFields, TValue> create)
    {
        if (HasErrors(context))
        {
            return default;
        }
        try
        {
            return create(fields);
        }
        catch (ArgumentException exception)
        {
            context.Truncate(Depth);
            var message = exception.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            context.Error(Diagnostics.DiagnosticCodes.InvalidValue, cut > 0 ? message[..cut] : message, Start);
            return default;
        }
    }
}
