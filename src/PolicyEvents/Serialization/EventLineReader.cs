using System.Text;
using System.Text.Json;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;
using PolicyEvents.Storage;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads an event record straight from its UTF-8 text into <see cref="EventRows"/>, for a load that keeps its events as
/// columns. It takes only the plain case: members it knows, once each, every id already known to the load's caches and
/// written without escapes, a policy whose exact bytes were read before without a problem, dates and an instant in
/// their canonical forms, no repeats, and nothing after the object. Anything else, it leaves the line untouched for the
/// full reader (<see cref="RecordReader"/>), which reports every problem where it is; so a line read here is one the full
/// reader would read to an equal event without a diagnostic.
/// </summary>
internal static class EventLineReader
{
    private const int Id = 1, Company = 2, Jurisdiction = 4, Policy = 8, Effective = 16, Announced = 32, Recorded = 64, Statements = 128, Sources = 256;

    /// <summary>Reads the rest of an event record, with <paramref name="reader"/> on the value of its <c>type</c> member,
    /// into <paramref name="rows"/>. False, with nothing appended, when the line needs the full reader; the caller's
    /// reader is not moved either way (this one reads a copy).</summary>
    internal static bool TryRead(Utf8JsonReader reader, ReadContext context, EventRows rows)
    {
        if (!context.HasText)
        {
            return false;
        }
        var mark = rows.Mark();
        try
        {
            if (TryReadMembers(ref reader, context, rows, mark, out var row) && !reader.Read())
            {
                rows.Add(mark, row.Company, row.Jurisdiction, row.Policy!, row.Effective, row.Announced, row.Recorded);
                return true;
            }
        }
        catch (JsonException)
        {
            // Malformed text: the full reader reports it where it is.
        }
        rows.Undo(mark);
        return false;
    }

    private static bool TryReadMembers(ref Utf8JsonReader reader, ReadContext context, EventRows rows, (int Statements, int Sources, int Ids) mark, out Fields fields)
    {
        fields = default;
        var ids = context.Ids;
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return (seen & (Id | Company | Jurisdiction | Policy | Recorded)) == (Id | Company | Jurisdiction | Policy | Recorded)
                    && (seen & (Effective | Announced)) != 0;
            }
            if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
            {
                return false;
            }
            var member = Member(ref reader);
            if (member == 0 || (seen & member) != 0 || !reader.Read())
            {
                return false;
            }
            seen |= member;
            var ok = member switch
            {
                Id => EventIdBytes(ref reader, rows),
                Company => Known(ref reader, ids.Companies, out fields.Company),
                Jurisdiction => Known(ref reader, ids.Jurisdictions, out fields.Jurisdiction),
                Policy => KnownPolicy(ref reader, context, out fields.Policy),
                Effective => Date(ref reader, out fields.Effective),
                Announced => Date(ref reader, out fields.Announced),
                Recorded => Instant(ref reader, out fields.Recorded),
                Statements => StatementArray(ref reader, ids.Statements, rows, mark.Statements),
                _ => SourceArray(ref reader, ids.Sources, rows, mark.Sources),
            };
            if (!ok)
            {
                return false;
            }
        }
        return false;
    }

    private static int Member(ref Utf8JsonReader reader)
    {
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => Id,
            7 when name.SequenceEqual("company"u8) => Company,
            12 when name.SequenceEqual("jurisdiction"u8) => Jurisdiction,
            6 when name.SequenceEqual("policy"u8) => Policy,
            9 when name.SequenceEqual("effective"u8) => Effective,
            9 when name.SequenceEqual("announced"u8) => Announced,
            8 when name.SequenceEqual("recorded"u8) => Recorded,
            10 when name.SequenceEqual("statements"u8) => Statements,
            7 when name.SequenceEqual("sources"u8) => Sources,
            _ => 0,
        };
    }

    /// <summary>A plain string token: its bytes as written, which are its text.</summary>
    private static bool Plain(ref Utf8JsonReader reader, out ReadOnlySpan<byte> bytes)
    {
        var plain = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence;
        bytes = plain ? reader.ValueSpan : default;
        return plain;
    }

    private static bool EventIdBytes(ref Utf8JsonReader reader, EventRows rows)
    {
        if (!Plain(ref reader, out var id) || !IsSlug(id))
        {
            return false;
        }
        rows.AddId(id);
        return true;
    }

    /// <summary>True when the bytes are a slug (<see cref="Internal.Slug.Problem"/> would return null for their text).</summary>
    internal static bool IsSlug(ReadOnlySpan<byte> id)
    {
        if (id.IsEmpty || id.Length > Internal.Slug.MaxLength)
        {
            return false;
        }
        var previousHyphen = true;
        foreach (var b in id)
        {
            if (b == '-')
            {
                if (previousHyphen)
                {
                    return false;
                }
                previousHyphen = true;
            }
            else if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9'))
            {
                previousHyphen = false;
            }
            else
            {
                return false;
            }
        }
        return !previousHyphen;
    }

    private static bool Known<T>(ref Utf8JsonReader reader, IdCache<T> cache, out T value) where T : struct
    {
        value = default;
        return Plain(ref reader, out var bytes) && cache.TryGetUtf8(bytes, out value);
    }

    private static bool KnownPolicy(ref Utf8JsonReader reader, ReadContext context, out RequestPolicy? policy)
    {
        policy = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        var start = reader.TokenStartIndex;
        reader.Skip();
        return context.TryGetPolicy(context.Slice(start, reader.BytesConsumed), out policy);
    }

    private static bool Date(ref Utf8JsonReader reader, out PartialDate? date)
    {
        date = null;
        Span<char> chars = stackalloc char[96];
        if (!Plain(ref reader, out var bytes) || bytes.Length > chars.Length || Ascii.ToUtf16(bytes, chars, out var length) != System.Buffers.OperationStatus.Done
            || PartialDate.TryParseCore(chars[..length], out var value) is not null)
        {
            return false;
        }
        date = value;
        return true;
    }

    private static bool Instant(ref Utf8JsonReader reader, out Instant instant)
    {
        instant = default;
        Span<char> chars = stackalloc char[64];
        return Plain(ref reader, out var bytes) && bytes.Length <= chars.Length && Ascii.ToUtf16(bytes, chars, out var length) == System.Buffers.OperationStatus.Done
            && JsonValueReader.TryParseInstant(chars[..length], out instant);
    }

    private static bool StatementArray(ref Utf8JsonReader reader, IdCache<StatementId> cache, EventRows rows, int start)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Known(ref reader, cache, out var id))
            {
                return false;
            }
            rows.AddStatement(id);
        }
        return rows.StatementsDistinct(start);
    }

    private static bool SourceArray(ref Utf8JsonReader reader, IdCache<SourceId> cache, EventRows rows, int start)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Known(ref reader, cache, out var id))
            {
                return false;
            }
            rows.AddSource(id);
        }
        return rows.SourcesDistinct(start);
    }

    private struct Fields
    {
        internal CompanyId Company;
        internal JurisdictionCode Jurisdiction;
        internal RequestPolicy? Policy;
        internal PartialDate? Effective, Announced;
        internal Instant Recorded;
    }
}
