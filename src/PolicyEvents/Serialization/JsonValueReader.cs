using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads the values of the format from a <see cref="Utf8JsonReader"/> positioned on them, reporting each problem to the
/// <see cref="ReadContext"/> (with its line, column and path) instead of throwing, so that one load lists every problem.
/// Each method leaves the reader on the last token of the value and returns false when the value was not usable.
/// </summary>
internal static class JsonValueReader
{
    private const int MaxShortText = 128;

    /// <summary>The string or member name under the reader, or null when it is not valid UTF-8 (or a lone surrogate).</summary>
    internal static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Reports a value of the wrong JSON type and skips it.</summary>
    internal static bool WrongType(ref Utf8JsonReader reader, ReadContext context, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.Null => "null",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        context.Error(DiagnosticCodes.WrongType, $"Expected {expected}, found {found}.", reader.TokenStartIndex);
        reader.Skip();
        return false;
    }

    internal static bool Invalid(ref Utf8JsonReader reader, ReadContext context, string message)
    {
        context.Error(DiagnosticCodes.InvalidValue, message, reader.TokenStartIndex);
        return false;
    }

    internal static bool ExpectObject(ref Utf8JsonReader reader, ReadContext context, string what) =>
        reader.TokenType == JsonTokenType.StartObject || WrongType(ref reader, context, $"{what} (a JSON object)");

    internal static bool ExpectArray(ref Utf8JsonReader reader, ReadContext context, string what) =>
        reader.TokenType == JsonTokenType.StartArray || WrongType(ref reader, context, $"{what} (a JSON array)");

    /// <summary>Any string, kept as written.</summary>
    internal static bool String(ref Utf8JsonReader reader, ReadContext context, out string value)
    {
        value = "";
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, context, "a string");
        }
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException exception)
        {
            context.ReportMalformed($"The string is not valid UTF-8 or JSON text: {exception.Message}", reader.TokenStartIndex);
            return false;
        }
    }

    /// <summary>A name or title: non-empty, without leading or trailing white space.</summary>
    internal static bool Text(ref Utf8JsonReader reader, ReadContext context, out string value)
    {
        if (!String(ref reader, context, out value))
        {
            return false;
        }
        if (string.IsNullOrWhiteSpace(value) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return Invalid(ref reader, context, $"Expected a non-empty text without leading or trailing white space, found \"{value}\".");
        }
        return true;
    }

    /// <summary>A verbatim quote: anything but empty or all white space.</summary>
    internal static bool Verbatim(ref Utf8JsonReader reader, ReadContext context, out string value)
    {
        if (!String(ref reader, context, out value))
        {
            return false;
        }
        return !string.IsNullOrWhiteSpace(value) || Invalid(ref reader, context, "Expected a non-empty text, found an empty or white-space text.");
    }

    /// <summary>Copies a short string value into <paramref name="buffer"/>; false (and a report) for other tokens or long text.</summary>
    private static bool ShortChars(ref Utf8JsonReader reader, ReadContext context, scoped Span<char> buffer, string expected, out int length)
    {
        length = 0;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, context, expected);
        }
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= buffer.Length
            && Ascii.ToUtf16(reader.ValueSpan, buffer, out length) == OperationStatus.Done)
        {
            return true; // ASCII text as written: each byte is its character
        }
        length = 0;
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength > buffer.Length * 3 && !reader.ValueIsEscaped)
        {
            return Invalid(ref reader, context, $"Expected {expected}, found a text of {byteLength} bytes.");
        }
        try
        {
            if (byteLength <= buffer.Length || reader.ValueIsEscaped)
            {
                length = reader.CopyString(buffer);
                return true;
            }
        }
        catch (ArgumentException)
        {
            // The unescaped text does not fit the buffer.
        }
        catch (InvalidOperationException exception)
        {
            context.ReportMalformed($"The string is not valid UTF-8 or JSON text: {exception.Message}", reader.TokenStartIndex);
            return false;
        }
        return Invalid(ref reader, context, $"Expected {expected}, found a text of {byteLength} bytes.");
    }

    /// <summary>An EDTF date (<see cref="PartialDate"/>), parsed from the span without allocating (but for an interval's ends).
    /// The buffer holds the longest valid text: an interval of two instants with nine-digit fractions and offsets, 71 characters.</summary>
    internal static bool Date(ref Utf8JsonReader reader, ReadContext context, out PartialDate value)
    {
        value = default;
        Span<char> chars = stackalloc char[96];
        if (!ShortChars(ref reader, context, chars, "an EDTF date such as \"2020-07-06\"", out var length))
        {
            return false;
        }
        var problem = PartialDate.TryParseCore(chars[..length], out value);
        return problem is null
            || Invalid(ref reader, context, $"'{chars[..length]}' is not a valid EDTF date: {problem} (expected YYYY, YYYY-MM or YYYY-MM-DD, its rightmost digits X when unspecified, with an optional ~, ? or %; YYYY-MM-DDThh:mm:ss with Z or ±hh:mm; or an interval START/END, each end such a date, '..' or nothing).");
    }

    /// <summary>An instant in ISO 8601 UTC (<c>2020-07-06T10:00:00Z</c>, optional fraction of up to nine digits).</summary>
    internal static bool Instant(ref Utf8JsonReader reader, ReadContext context, out Instant value)
    {
        value = default;
        Span<char> chars = stackalloc char[64];
        if (!ShortChars(ref reader, context, chars, "an instant such as \"2020-07-06T10:00:00Z\"", out var length))
        {
            return false;
        }
        if (TryParseInstant(chars[..length], out value))
        {
            return true;
        }
        var text = chars[..length].ToString();
        var result = InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
        {
            value = result.Value;
            return true;
        }
        return Invalid(ref reader, context, $"'{text}' is not an instant: expected ISO 8601 in UTC, YYYY-MM-DDThh:mm:ss with an optional fraction and 'Z'.");
    }

    /// <summary>The fast path for the canonical form <c>YYYY-MM-DDThh:mm:ss[.f{1,9}]Z</c>.</summary>
    internal static bool TryParseInstant(ReadOnlySpan<char> text, out Instant value)
    {
        value = default;
        if (text.Length < 20 || text[^1] != 'Z' || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }
        if (!PartialDate.TryDigits(text[..4], out var year) || !PartialDate.TryDigits(text.Slice(5, 2), out var month) || !PartialDate.TryDigits(text.Slice(8, 2), out var day)
            || !PartialDate.TryDigits(text.Slice(11, 2), out var hour) || !PartialDate.TryDigits(text.Slice(14, 2), out var minute) || !PartialDate.TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }
        long nanoseconds = 0;
        var fraction = text[19..^1];
        if (!fraction.IsEmpty)
        {
            if (fraction[0] != '.' || fraction.Length is < 2 or > 10 || !PartialDate.TryDigits(fraction[1..], out var digits))
            {
                return false;
            }
            nanoseconds = digits;
            for (var i = fraction.Length - 1; i < 9; i++)
            {
                nanoseconds *= 10;
            }
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        value = NodaTime.Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);
        return true;
    }

    /// <summary>An identifier, through a cache so that ids repeated across records are parsed and allocated once.</summary>
    internal static bool Id<T>(ref Utf8JsonReader reader, ReadContext context, IdCache<T> cache, out T value) where T : struct
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && cache.TryGetUtf8(reader.ValueSpan, out value))
        {
            return true; // an id read before, found by its bytes without decoding them
        }
        value = default;
        Span<char> chars = stackalloc char[MaxShortText];
        if (!ShortChars(ref reader, context, chars, cache.Expected, out var length))
        {
            return false;
        }
        var text = chars[..length];
        if (cache.TryGet(text, out value))
        {
            return true;
        }
        var problem = cache.Problem(text);
        if (problem is not null)
        {
            return Invalid(ref reader, context, $"'{text}' is not a valid {cache.Kind}: {problem}.");
        }
        value = cache.Add(text);
        return true;
    }

    /// <summary>An array of identifiers without repeats.</summary>
    internal static bool IdArray<T>(ref Utf8JsonReader reader, ReadContext context, IdCache<T> cache, out ImmutableArray<T> values) where T : struct, IEquatable<T>
    {
        values = [];
        if (!ExpectArray(ref reader, context, $"an array of {cache.Kind} values"))
        {
            return false;
        }
        var ok = true;
        var scratch = cache.Scratch;
        scratch.Clear();
        var depth = context.Depth;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(depth);
            context.PushIndex(scratch.Count);
            if (Id(ref reader, context, cache, out var id))
            {
                if (scratch.Contains(id))
                {
                    ok = Invalid(ref reader, context, $"'{id}' appears more than once in the array; list each {cache.Kind} once.");
                }
                scratch.Add(id);
            }
            else
            {
                ok = false;
                scratch.Add(default);
            }
        }
        context.Truncate(depth);
        values = scratch.Count == 0 ? [] : [.. scratch];
        return ok;
    }

    /// <summary>An array of texts (trimmed, non-empty), optionally without repeats.</summary>
    internal static bool TextArray(ref Utf8JsonReader reader, ReadContext context, bool distinct, out ImmutableArray<string> values)
    {
        values = [];
        if (!ExpectArray(ref reader, context, "an array of strings"))
        {
            return false;
        }
        var ok = true;
        var builder = ImmutableArray.CreateBuilder<string>();
        var depth = context.Depth;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(depth);
            context.PushIndex(builder.Count);
            if (Text(ref reader, context, out var text))
            {
                if (distinct && builder.Contains(text))
                {
                    ok = Invalid(ref reader, context, $"\"{text}\" appears more than once in the array.");
                }
                builder.Add(text);
            }
            else
            {
                ok = false;
                builder.Add("");
            }
        }
        context.Truncate(depth);
        values = builder.ToImmutable();
        return ok;
    }

    /// <summary>One of a fixed set of camelCase names.</summary>
    internal static bool Enum<T>(ref Utf8JsonReader reader, ReadContext context, EnumNames<T> names, out T value) where T : struct, Enum
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType(ref reader, context, $"one of {names.List}");
        }
        if (names.TryMatch(ref reader, out value))
        {
            return true;
        }
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            text = "?";
        }
        return Invalid(ref reader, context, $"'{text}' is not {names.What}: expected one of {names.List}.");
    }

    /// <summary>An array of flag names, combined; each name at most once.</summary>
    internal static bool Flags<T>(ref Utf8JsonReader reader, ReadContext context, EnumNames<T> names, out T value) where T : struct, Enum
    {
        value = default;
        if (!ExpectArray(ref reader, context, $"an array of {names.List}"))
        {
            return false;
        }
        var ok = true;
        var bits = 0;
        var index = 0;
        var depth = context.Depth;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(depth);
            context.PushIndex(index++);
            if (Enum(ref reader, context, names, out var flag))
            {
                var bit = Unsafe.As<T, int>(ref flag);
                if ((bits & bit) != 0)
                {
                    ok = Invalid(ref reader, context, $"'{names.NameOf(flag)}' appears more than once in the array.");
                }
                bits |= bit;
            }
            else
            {
                ok = false;
            }
        }
        context.Truncate(depth);
        value = Unsafe.As<int, T>(ref bits);
        return ok;
    }

    /// <summary>An absolute http or https URL.</summary>
    internal static bool Url(ref Utf8JsonReader reader, ReadContext context, out Uri? value)
    {
        value = null;
        if (!String(ref reader, context, out var text))
        {
            return false;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            value = uri;
            return true;
        }
        return Invalid(ref reader, context, $"'{text}' is not an absolute http or https URL.");
    }

    /// <summary>Decodes UTF-8 bytes to a string, for messages.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    internal static SearchValues<char> SlugCharacters { get; } = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    internal static string? SlugProblem(ReadOnlySpan<char> text) => Slug.Problem(text);
}
