using System.Text.Json;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;
using static PolicyEvents.Serialization.PlainValues;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads a source record of a JSON Lines file in its plain form straight into a <see cref="Source"/>, without the full
/// reader's member tables and JSON paths: members it knows, once each; an id written without escapes; texts without
/// white space around them; an absolute http or https URL; a canonical date and retrieval instant; and nothing after
/// the object. Anything else, it leaves the line untouched for the full reader (<see cref="RecordReader"/>), which
/// reports every problem where it is; so a source read here is equal to the one the full reader would read, without a
/// diagnostic.
/// </summary>
internal static class SourceLineReader
{
    private const int Id = 1, Publisher = 2, Title = 4, Url = 8, Published = 16, Byline = 32, Agency = 64, Retrieved = 128;

    /// <summary>The members in the order of the bits above.</summary>
    private static readonly PlainMembers Members = new("id", "publisher", "title", "url", "published", "byline", "agency", "retrieved");

    /// <summary>Reads the rest of a source record, with <paramref name="reader"/> on the value of its <c>type</c> member;
    /// null when the line needs the full reader (the caller's reader is not moved: this one reads a copy).</summary>
    internal static Source? TryRead(Utf8JsonReader reader, ReadContext context)
    {
        if (!context.HasText)
        {
            return null;
        }
        try
        {
            if (TryReadMembers(ref reader, context, out var f) && !reader.Read())
            {
                return new Source(f.Id, f.Publisher, f.Title, f.Url, f.Published, f.Byline, f.Agency, f.Retrieved);
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
        return null;
    }

    private static bool TryReadMembers(ref Utf8JsonReader reader, ReadContext context, out Fields fields)
    {
        fields = default;
        var seen = 0;
        int member;
        while ((member = Members.Next(ref reader, ref seen)) > 0)
        {
            var ok = member switch
            {
                Id => OwnId(ref reader, context.Ids.Sources, out fields.Id),
                Publisher => Text(ref reader, out fields.Publisher),
                Title => Text(ref reader, out fields.Title),
                Url => HttpUrl(ref reader, out fields.Url),
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
        internal string? Publisher, Title, Byline, Agency;
        internal Uri? Url;
        internal PartialDate? Published;
        internal Instant? Retrieved;
    }
}
