using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using NodaTime;
using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>
/// Values read in their plain form only, for the readers of plain lines (<see cref="EventLineReader"/>,
/// <see cref="StatementLineReader"/>, <see cref="SourceLineReader"/>): each method returns false, reporting nothing, where the full reader
/// (<see cref="JsonValueReader"/>) might have something to say, so that the line can be handed to it untouched.
/// </summary>
internal static class PlainValues
{
    /// <summary>A string token written without escapes: its bytes as written, which are its text.</summary>
    internal static bool Plain(ref Utf8JsonReader reader, out ReadOnlySpan<byte> bytes)
    {
        var plain = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence;
        bytes = plain ? reader.ValueSpan : default;
        return plain;
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

    /// <summary>An id the load has read before (so it is valid), written without escapes.</summary>
    internal static bool Known<T>(ref Utf8JsonReader reader, IdCache<T> cache, out T value) where T : struct
    {
        value = default;
        return Plain(ref reader, out var bytes) && cache.TryGetUtf8(bytes, out value);
    }

    /// <summary>A record's own id: known, or a new slug, which is cached as the full reader caches it.</summary>
    internal static bool OwnId<T>(ref Utf8JsonReader reader, IdCache<T> cache, out T id) where T : struct
    {
        id = default;
        if (!Plain(ref reader, out var bytes))
        {
            return false;
        }
        if (cache.TryGetUtf8(bytes, out id))
        {
            return true;
        }
        if (!IsSlug(bytes))
        {
            return false;
        }
        Span<char> chars = stackalloc char[bytes.Length];
        Ascii.ToUtf16(bytes, chars, out _);
        id = cache.Add(chars);
        return true;
    }

    /// <summary>A record's own id, as <see cref="OwnId{T}(ref Utf8JsonReader, IdCache{T}, out T)"/>, kept as its UTF-8 bytes
    /// in <paramref name="into"/> with its number in the load: an id new to the load is added by its bytes alone, and no
    /// string is made (<see cref="IdCache{T}.NumberOfUtf8"/>). False when it is not a slug written plainly, or when the
    /// cache is full.</summary>
    internal static bool OwnIdUtf8<T>(ref Utf8JsonReader reader, IdCache<T> cache, RowBytes into, out int number) where T : struct
    {
        number = -1;
        if (!Plain(ref reader, out var bytes)
            || (!cache.TryGetNumberUtf8(bytes, out number) && (!IsSlug(bytes) || (number = cache.NumberOfUtf8(bytes)) < 0)))
        {
            return false;
        }
        bytes.CopyTo(into.Room(bytes.Length));
        into.Keep(bytes.Length);
        return true;
    }

    /// <summary>A name or title as <see cref="JsonValueReader.Text"/> reads it (escapes decoded): non-empty, without
    /// white space around it.</summary>
    internal static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return !string.IsNullOrWhiteSpace(text) && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
    }

    /// <summary>A string's text as UTF-8, escapes decoded, kept in <paramref name="into"/> (<paramref name="length"/>
    /// bytes from where it stood); false when the token is not a string or its bytes are not valid UTF-8, which the full
    /// reader reports. The caller undoes what was kept when it gives the line up.</summary>
    internal static bool Utf8Text(ref Utf8JsonReader reader, RowBytes into, out int length)
    {
        length = 0;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence)
        {
            return false;
        }
        var room = into.Room(reader.ValueSpan.Length); // unescaping never lengthens the text
        if (reader.ValueIsEscaped)
        {
            length = reader.CopyString(room);
        }
        else
        {
            reader.ValueSpan.CopyTo(room);
            length = reader.ValueSpan.Length;
        }
        if (!Utf8.IsValid(room[..length]))
        {
            return false;
        }
        into.Keep(length);
        return true;
    }

    /// <summary>A name or title as <see cref="Text"/> accepts it, kept as UTF-8 in <paramref name="into"/>: non-empty,
    /// without white space around it.</summary>
    internal static bool TrimmedUtf8Text(ref Utf8JsonReader reader, RowBytes into, out int length)
    {
        var start = into.Length;
        if (!Utf8Text(ref reader, into, out length) || length == 0)
        {
            return false;
        }
        var text = into.Slice(start, length);
        Rune.DecodeFromUtf8(text, out var first, out _);
        Rune.DecodeLastFromUtf8(text, out var last, out _);
        return !Rune.IsWhiteSpace(first) && !Rune.IsWhiteSpace(last);
    }

    /// <summary>True when the bytes are an address that <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> reads as an
    /// absolute http or https URL, in a form narrow enough to tell without it: the scheme in lowercase; a host of labels
    /// of ASCII letters, digits and inner hyphens, the last starting with a letter (so never an IP address); a port of
    /// up to five digits below 65,536; then a path, query and fragment of the characters RFC 3986 allows unescaped,
    /// percent escapes of two hex digits and at most one '#'. Anything else is for <see cref="Uri"/> to judge.</summary>
    internal static bool IsPlainHttpUrl(ReadOnlySpan<byte> url)
    {
        if (url.Length > MaxPlainUrlLength)
        {
            return false;
        }
        var rest = url.StartsWith("https://"u8) ? url[8..] : url.StartsWith("http://"u8) ? url[7..] : default;
        var host = rest.IndexOfAny("/?#:"u8);
        if (host < 0)
        {
            host = rest.Length;
        }
        if (!IsPlainHost(rest[..host]))
        {
            return false;
        }
        rest = rest[host..];
        if (rest.StartsWith(":"u8))
        {
            var port = rest[1..].IndexOfAny("/?#"u8);
            var digits = port < 0 ? rest[1..] : rest[1..(port + 1)];
            if (digits.IsEmpty || digits.Length > 5 || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0
                || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > 65535)
            {
                return false;
            }
            rest = rest[(1 + digits.Length)..];
        }
        var fragments = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            var b = rest[i];
            if (b == '%')
            {
                if (i + 2 >= rest.Length || !char.IsAsciiHexDigit((char)rest[i + 1]) || !char.IsAsciiHexDigit((char)rest[i + 2]))
                {
                    return false;
                }
                i += 2;
            }
            else if (b == '#' ? ++fragments > 1 : !UrlCharacters.Contains(b))
            {
                return false;
            }
        }
        return true;
    }

    private const int MaxPlainUrlLength = 2048;

    /// <summary>RFC 3986's unreserved and sub-delimiter characters, with ':', '@', '/' and '?'.</summary>
    private static readonly SearchValues<byte> UrlCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?"u8);

    /// <summary>Labels of ASCII letters, digits and inner hyphens, 1 to 63 bytes each, joined by single dots, the last
    /// starting with a letter; at most 253 bytes.</summary>
    private static bool IsPlainHost(ReadOnlySpan<byte> host)
    {
        if (host.IsEmpty || host.Length > 253)
        {
            return false;
        }
        var lastLabel = host.LastIndexOf((byte)'.') + 1;
        if (lastLabel == host.Length || !char.IsAsciiLetter((char)host[lastLabel]))
        {
            return false;
        }
        foreach (var range in host.Split((byte)'.'))
        {
            var label = host[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-'
                || label.IndexOfAnyExcept(HostCharacters) >= 0)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly SearchValues<byte> HostCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"u8);

    /// <summary>An array of ids the load has read before, without repeats, appended to <paramref name="into"/>.</summary>
    internal static bool KnownIds<T>(ref Utf8JsonReader reader, IdCache<T> cache, List<T> into) where T : struct, IEquatable<T>
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        var start = into.Count;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Known(ref reader, cache, out var id))
            {
                return false;
            }
            into.Add(id);
        }
        return AllDistinct(into, start);
    }

    /// <summary>An array of ids the load has read before, without repeats, appended to <paramref name="into"/> as their
    /// numbers in the load (<see cref="IdTable{T}.TryGetNumber"/>).</summary>
    internal static bool KnownNumbers<T>(ref Utf8JsonReader reader, IdCache<T> cache, List<int> into) where T : struct
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }
        var start = into.Count;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!Plain(ref reader, out var bytes) || !cache.TryGetNumberUtf8(bytes, out var number))
            {
                return false;
            }
            into.Add(number);
        }
        return AllDistinct(into, start);
    }

    /// <summary>False when a value of <paramref name="values"/> from <paramref name="start"/> on repeats one before it there.</summary>
    private static bool AllDistinct<T>(List<T> values, int start) where T : IEquatable<T>
    {
        var read = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[start..];
        for (var i = 1; i < read.Length; i++)
        {
            if (read[..i].Contains(read[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An EDTF date, as <see cref="JsonValueReader.Date"/> reads it.</summary>
    internal static bool Date(ref Utf8JsonReader reader, out PartialDate? date)
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

    /// <summary>An instant in its canonical form (<see cref="JsonValueReader.TryParseInstant"/>).</summary>
    internal static bool Instant(ref Utf8JsonReader reader, out Instant instant)
    {
        instant = default;
        Span<char> chars = stackalloc char[64];
        return Plain(ref reader, out var bytes) && bytes.Length <= chars.Length && Ascii.ToUtf16(bytes, chars, out var length) == System.Buffers.OperationStatus.Done
            && JsonValueReader.TryParseInstant(chars[..length], out instant);
    }
}
