using System.Text.Json;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Storage;
using PolicyEvents.Time;
using static PolicyEvents.Serialization.PlainValues;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads a source record of a JSON Lines file in its plain form straight into a <see cref="Source"/>, without the full
/// reader's member tables and JSON paths: members it knows, once each; an id written without escapes; texts without
/// white space around them; an absolute http or https URL; a canonical date and retrieval instant; and nothing after
/// the object. Anything else, it leaves the line untouched for the full reader (<see cref="RecordReader"/>), which
/// reports every problem where it is; so a source read here is equal to the one the full reader would read, without a
/// diagnostic. In a load that keeps its sources as columns, a source whose title is valid UTF-8 and whose address is
/// plain enough to check byte by byte (<see cref="PlainValues.IsPlainHttpUrl"/>) goes into a row (<see cref="SourceRows"/>)
/// instead, its title and address as UTF-8 bytes: no object, no <see cref="Uri"/> and no string of either is made.
/// </summary>
internal static class SourceLineReader
{
    private const int Id = 1, Publisher = 2, Title = 4, Url = 8, Published = 16, Byline = 32, Agency = 64, Retrieved = 128;

    /// <summary>The members in the order of the bits above.</summary>
    private static readonly PlainMembers Members = new("id", "publisher", "title", "url", "published", "byline", "agency", "retrieved");

    /// <summary>Reads the rest of a source record, with <paramref name="reader"/> on the value of its <c>type</c> member,
    /// into a row of <paramref name="rows"/> (which is then returned) when the load keeps its sources as columns and the
    /// line allows, else into a <see cref="Source"/>; null when the line needs the full reader (the caller's reader is
    /// not moved: this one reads a copy).</summary>
    internal static object? TryRead(Utf8JsonReader reader, ReadContext context, SourceRows? rows = null)
    {
        if (!context.HasText)
        {
            return null;
        }
        return (rows is null ? null : TryReadOne(reader, context, rows)) ?? TryReadOne(reader, context, null);
    }

    /// <summary>Reads the line into a row of <paramref name="rows"/>, or into a <see cref="Source"/> when it is null;
    /// null, leaving the rows as they were, when it cannot.</summary>
    private static object? TryReadOne(Utf8JsonReader reader, ReadContext context, SourceRows? rows)
    {
        var mark = rows?.Mark() ?? 0;
        try
        {
            if (TryReadMembers(ref reader, context, rows, out var f) && !reader.Read())
            {
                if (rows is null)
                {
                    return new Source(f.Id, f.Publisher, f.Title, f.Url, f.Published, f.Byline, f.Agency, f.Retrieved);
                }
                rows.Add(new SourceRows.Row(f.Number, f.IdStart, f.IdLength, f.Publisher, f.TitleStart, f.TitleLength, f.UrlStart, f.UrlLength, f.Published, f.Byline, f.Agency, f.Retrieved));
                return rows;
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
            // Values the source refuses: likewise.
        }
        rows?.Undo(mark);
        return null;
    }

    /// <summary>Reads the members; into <paramref name="rows"/> the title and address, as UTF-8, when it is not null.</summary>
    private static bool TryReadMembers(ref Utf8JsonReader reader, ReadContext context, SourceRows? rows, out Fields fields)
    {
        fields = default;
        (fields.TitleLength, fields.UrlLength) = (-1, -1);
        var seen = 0;
        int member;
        while ((member = Members.Next(ref reader, ref seen)) > 0)
        {
            var ok = member switch
            {
                Id => rows is null ? OwnId(ref reader, context.Ids.Sources, out fields.Id) : IdUtf8(ref reader, context, rows.Text, ref fields),
                Publisher => Text(ref reader, out fields.Publisher),
                Title => rows is null ? Text(ref reader, out fields.Title) : TitleUtf8(ref reader, rows.Text, out fields.TitleStart, out fields.TitleLength),
                Url => rows is null ? HttpUrl(ref reader, out fields.Url) : HttpUrlUtf8(ref reader, rows.Text, out fields.UrlStart, out fields.UrlLength),
                Published => Date(ref reader, out fields.Published),
                Byline => Text(ref reader, out fields.Byline),
                Agency => Text(ref reader, out fields.Agency),
                _ => RetrievedAt(ref reader, out fields.Retrieved),
            };
            if (!ok)
            {
                return false;
            }
        }
        return member == 0 && (seen & Id) != 0;
    }

    private static bool IdUtf8(ref Utf8JsonReader reader, ReadContext context, RowBytes text, ref Fields fields)
    {
        fields.IdStart = text.Length;
        var ok = OwnIdUtf8(ref reader, context.Ids.Sources, text, out fields.Number);
        fields.IdLength = text.Length - fields.IdStart;
        return ok;
    }

    private static bool TitleUtf8(ref Utf8JsonReader reader, RowBytes text, out int start, out int length)
    {
        start = text.Length;
        return TrimmedUtf8Text(ref reader, text, out length);
    }

    /// <summary>An address written without escapes that <see cref="IsPlainHttpUrl"/> accepts, kept as its bytes.</summary>
    private static bool HttpUrlUtf8(ref Utf8JsonReader reader, RowBytes text, out int start, out int length)
    {
        (start, length) = (text.Length, -1);
        if (!Plain(ref reader, out var bytes) || !IsPlainHttpUrl(bytes))
        {
            return false;
        }
        bytes.CopyTo(text.Room(bytes.Length));
        text.Keep(bytes.Length);
        length = bytes.Length;
        return true;
    }

    /// <summary>A URL as <see cref="JsonValueReader.Url"/> reads it: absolute, http or https.</summary>
    private static bool HttpUrl(ref Utf8JsonReader reader, out Uri? url)
    {
        url = null;
        return reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.Absolute, out url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }

    private static bool RetrievedAt(ref Utf8JsonReader reader, out Instant? retrieved)
    {
        var ok = Instant(ref reader, out var instant);
        retrieved = ok ? instant : null;
        return ok;
    }

    private struct Fields
    {
        internal SourceId Id;
        internal int Number, IdStart, IdLength;
        internal string? Publisher, Title, Byline, Agency;
        internal Uri? Url;
        internal int TitleStart, TitleLength, UrlStart, UrlLength;
        internal PartialDate? Published;
        internal Instant? Retrieved;
    }
}
