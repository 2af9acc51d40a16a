using System.Text;
using System.Text.Json;
using PolicyEvents.Domain;
using PolicyEvents.Storage;
using PolicyEvents.Time;
using static PolicyEvents.Serialization.PlainValues;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads a statement record of a JSON Lines file in its plain form straight into a <see cref="Statement"/>, without the
/// full reader's member tables and JSON paths: members it knows, once each; an id written without escapes; a speaker
/// whose company is known; a known language; known sources without repeats; a canonical date; no variants; and
/// nothing after the object. Anything else, it leaves the line untouched for the full reader
/// (<see cref="RecordReader"/>), which reports every problem where it is; so a statement read here is equal to the one
/// the full reader would read, without a diagnostic. Equal speakers are one shared instance per reader. In a load that
/// keeps its statements as columns, the statement goes into a row (<see cref="StatementRows"/>) instead, with its text as
/// UTF-8 bytes: no object and no string is made.
/// </summary>
internal static class StatementLineReader
{
    private const int Id = 1, Text = 2, Speaker = 4, Date = 8, Language = 16, Sources = 32, Paraphrase = 64;
    private const int Required = Id | Text | Speaker | Language;

    /// <summary>The members in the order of the bits above.</summary>
    private static readonly PlainMembers Members = new("id", "text", "speaker", "date", "language", "sources", "paraphrase");

    /// <summary>Reads the rest of a statement record, with <paramref name="reader"/> on the value of its <c>type</c>
    /// member, into a <see cref="Statement"/>, or into a row of <paramref name="rows"/> (which is then returned) when the
    /// load keeps its statements as columns; null when the line needs the full reader (the caller's reader is not moved:
    /// this one reads a copy).</summary>
    internal static object? TryRead(Utf8JsonReader reader, ReadContext context, StatementRows? rows = null)
    {
        if (!context.HasText)
        {
            return null;
        }
        var mark = rows?.Mark() ?? default;
        var sources = rows is null ? context.Ids.Sources.Scratch : null; // a row keeps its sources' numbers instead
        sources?.Clear();
        try
        {
            if (TryReadMembers(ref reader, context, sources, rows, out var fields) && !reader.Read())
            {
                if (rows is not null)
                {
                    rows.Add(mark, fields.Number, fields.SpeakerNumber, fields.Date, fields.Language, fields.Paraphrase);
                    return rows;
                }
                return new Statement(fields.Id, fields.Text!, fields.Speaker!, fields.Date, fields.Language,
                    sources!.Count == 0 ? null : sources, null, fields.Paraphrase);
            }
        }
        catch (JsonException)
        {
            // Malformed text: the full reader reports it where it is.
        }
        catch (InvalidOperationException)
        {
            // Text that is not valid UTF-8: likewise.
        }
        catch (ArgumentException)
        {
            // Values the statement refuses: likewise.
        }
        rows?.Undo(mark);
        return null;
    }

    private static bool TryReadMembers(ref Utf8JsonReader reader, ReadContext context, List<SourceId>? sources, StatementRows? rows, out Fields fields)
    {
        fields = default;
        var ids = context.Ids;
        var seen = 0;
        int member;
        while ((member = Members.Next(ref reader, ref seen)) > 0)
        {
            var ok = member switch
            {
                Id => rows is null ? OwnId(ref reader, ids.Statements, out fields.Id) : OwnIdUtf8(ref reader, ids.Statements, rows.Ids, out fields.Number),
                Text => rows is null ? Verbatim(ref reader, out fields.Text) : VerbatimUtf8(ref reader, rows),
                Speaker => rows is null ? SpeakerObject(ref reader, context, out fields.Speaker) : SpeakerNumber(ref reader, context, out fields.SpeakerNumber),
                Date => PlainValues.Date(ref reader, out fields.Date),
                Language => Known(ref reader, ids.Languages, out fields.Language),
                Sources => rows is null ? KnownIds(ref reader, ids.Sources, sources!) : KnownNumbers(ref reader, ids.Sources, rows.Sources),
                _ => Boolean(ref reader, out fields.Paraphrase),
            };
            if (!ok)
            {
                return false;
            }
        }
        return member == 0 && (seen & Required) == Required;
    }

    /// <summary>A quote kept as its UTF-8 bytes in <paramref name="rows"/>, escapes decoded: what <see cref="Verbatim"/>
    /// accepts, without making its string. Bytes that are not valid UTF-8 are left to the full reader.</summary>
    private static bool VerbatimUtf8(ref Utf8JsonReader reader, StatementRows rows)
    {
        var start = rows.Text.Length;
        return Utf8Text(ref reader, rows.Text, out var length) && HasNonWhiteSpace(rows.Text.Slice(start, length));
    }

    /// <summary>False when valid UTF-8 text is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> would
    /// say of its string.</summary>
    private static bool HasNonWhiteSpace(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (!Rune.IsWhiteSpace(rune))
            {
                return true;
            }
            utf8 = utf8[consumed..];
        }
        return false;
    }

    /// <summary>A quote as <see cref="JsonValueReader.Verbatim"/> reads it (escapes decoded): anything but empty or white space.</summary>
    private static bool Verbatim(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>A speaker, shared by the load's workers: one instance per distinct speaker (<see cref="SpeakerParts"/>).</summary>
    private static bool SpeakerObject(ref Utf8JsonReader reader, ReadContext context, out Speaker? speaker)
    {
        speaker = null;
        var text = context.Scratch;
        if (!SpeakerParts(ref reader, context.Ids, text, out var company, out _, out var person, out var role))
        {
            return false;
        }
        speaker = context.SpeakerOf(company, TextOrNull(text, person), TextOrNull(text, role));
        return true;
    }

    /// <summary>A speaker numbered by its key in the load's table of speakers (<see cref="SpeakerTable"/>): the company's
    /// number, the person and the role as UTF-8; no object and no string is made (<see cref="SpeakerParts"/>).</summary>
    private static bool SpeakerNumber(ref Utf8JsonReader reader, ReadContext context, out int number)
    {
        number = -1;
        var key = context.Scratch;
        if (!SpeakerParts(ref reader, context.Ids, key, out _, out var company, out var person, out var role))
        {
            return false;
        }
        var start = SpeakerTable.WriteKey(key, company, person.Start, person.Length, role.Start, role.Length);
        number = context.Ids.Speakers.NumberOfUtf8(key.Slice(start, key.Length - start));
        return true;
    }

    /// <summary>A speaker's parts: a known company (its id and its number in the load), and a person and a role as
    /// <see cref="JsonValueReader.Text"/> reads them (non-empty, without white space around), kept as UTF-8 in
    /// <paramref name="text"/> (a length of 0 for one the speaker lacks); each member once and no other.</summary>
    private static bool SpeakerParts(ref Utf8JsonReader reader, ReadCaches ids, RowBytes text, out CompanyId company, out int companyNumber,
        out (int Start, int Length) person, out (int Start, int Length) role)
    {
        (company, companyNumber, person, role) = (default, -1, default, default);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        text.Truncate(0);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            var name = reader.ValueSpan;
            var ok = name.SequenceEqual("company"u8) && companyNumber < 0
                    ? reader.Read() && Plain(ref reader, out var bytes) && ids.Companies.TryGetUtf8(bytes, out company, out companyNumber)
                : name.SequenceEqual("person"u8) && person.Length == 0 ? reader.Read() && Part(ref reader, text, out person)
                : name.SequenceEqual("role"u8) && role.Length == 0 && reader.Read() && Part(ref reader, text, out role);
            if (!ok)
            {
                return false;
            }
        }
        return reader.TokenType == JsonTokenType.EndObject && companyNumber >= 0;
    }

    /// <summary>A person or a role, kept in <paramref name="text"/>.</summary>
    private static bool Part(ref Utf8JsonReader reader, RowBytes text, out (int Start, int Length) part)
    {
        var ok = TrimmedUtf8Text(ref reader, text, out var length);
        part = (text.Length - length, length);
        return ok;
    }

    private static string? TextOrNull(RowBytes text, (int Start, int Length) part) =>
        part.Length == 0 ? null : Encoding.UTF8.GetString(text.Slice(part.Start, part.Length));

    private static bool Boolean(ref Utf8JsonReader reader, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private struct Fields
    {
        internal StatementId Id;
        internal int Number;
        internal string? Text;
        internal Speaker? Speaker;
        internal int SpeakerNumber;
        internal PartialDate? Date;
        internal LanguageTag Language;
        internal bool Paraphrase;
    }
}
