using System.Text;
using System.Text.Json;
using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>
/// Values read in their plain form only, for the readers of plain lines (<see cref="EventLineReader"/>,
/// <see cref="StatementLineReader"/>): each method returns false, reporting nothing, where the full reader
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

    /// <summary>A name or title as <see cref="JsonValueReader.Text"/> reads it (escapes decoded): non-empty, without
    /// white space around it.</summary>
    internal static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return !string.IsNullOrWhiteSpace(text) && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
    }

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
        var read = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[start..];
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
