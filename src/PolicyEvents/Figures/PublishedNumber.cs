using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PolicyEvents.Figures;

/// <summary>
/// A number exactly as a transparency report published it: an exact count, a range of counts, a percentage, or
/// nothing (unknown), with the text it was read from. A percentage stays a percentage, a range such as <c>0-249</c>
/// or <c>&lt;10</c> stays a range, and a blank stays unknown: no number is ever made up.
/// </summary>
/// <remarks>
/// <para>The value records what was published, not what is plausible: a negative count or a percentage above 100
/// can be represented, so that <see cref="FigureValidator"/> can report it with its provenance instead of the
/// importer silently dropping it. The rules the type does enforce: a range has its minimum at most its maximum,
/// and the text is trimmed.</para>
/// <para>Equality compares the kind, the numbers and the published text (ordinal): <c>1,624</c> and <c>1624</c>
/// are the same count published differently, and are not equal. Use <see cref="Count"/>, <see cref="Minimum"/>,
/// <see cref="Maximum"/> or <see cref="Percent"/> to compare numbers.</para>
/// <para>The default value is <see cref="Unknown"/> with empty text (a blank cell). This type is an immutable
/// value type and is thread-safe.</para>
/// </remarks>
public readonly struct PublishedNumber : IEquatable<PublishedNumber>
{
    private readonly string? _text;
    private readonly long _minimum;
    private readonly long _maximum;
    private readonly decimal _percent;

    private PublishedNumber(PublishedNumberKind kind, string text, long minimum, long maximum, decimal percent)
    {
        Kind = kind;
        _text = text;
        _minimum = minimum;
        _maximum = maximum;
        _percent = percent;
    }

    /// <summary>Nothing published: a blank cell. Same as <c>default(PublishedNumber)</c>.</summary>
    public static PublishedNumber Unknown => default;

    /// <summary>What the value holds.</summary>
    public PublishedNumberKind Kind { get; }

    /// <summary>The text as published, trimmed: <c>1,624</c>, <c>24%</c>, <c>0-249</c>; empty for a blank cell.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>True when nothing is known (<see cref="PublishedNumberKind.Unknown"/>).</summary>
    public bool IsUnknown => Kind == PublishedNumberKind.Unknown;

    /// <summary>The exact count, or null when the value is not <see cref="PublishedNumberKind.Exact"/>.</summary>
    public long? Count => Kind == PublishedNumberKind.Exact ? _minimum : null;

    /// <summary>The smallest count the value allows (the count itself for an exact count), or null for a percentage or unknown.</summary>
    public long? Minimum => Kind is PublishedNumberKind.Exact or PublishedNumberKind.Range ? _minimum : null;

    /// <summary>The largest count the value allows (the count itself for an exact count), or null for a percentage or unknown.</summary>
    public long? Maximum => Kind is PublishedNumberKind.Exact or PublishedNumberKind.Range ? _maximum : null;

    /// <summary>The percentage (<c>24</c> for <c>24%</c>), or null when the value is not <see cref="PublishedNumberKind.Percentage"/>.</summary>
    public decimal? Percent => Kind == PublishedNumberKind.Percentage ? _percent : null;

    /// <summary>True for an exact count or a range of counts.</summary>
    public bool IsCount => Kind is PublishedNumberKind.Exact or PublishedNumberKind.Range;

    /// <summary>An exact count.</summary>
    /// <param name="count">The count as published (a negative count is kept, for <see cref="FigureValidator"/> to report).</param>
    /// <param name="text">The published text; null for the invariant digits of <paramref name="count"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or has leading or trailing white space.</exception>
    public static PublishedNumber Exact(long count, string? text = null) =>
        new(PublishedNumberKind.Exact, CheckText(text, nameof(text)) ?? count.ToString(CultureInfo.InvariantCulture), count, count, 0m);

    /// <summary>A range of counts with inclusive bounds.</summary>
    /// <param name="minimum">The smallest count.</param>
    /// <param name="maximum">The largest count, at least <paramref name="minimum"/>.</param>
    /// <param name="text">The published text (<c>0-249</c>, <c>&lt;10</c>); null for <c>minimum-maximum</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is less than <paramref name="minimum"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or has leading or trailing white space.</exception>
    public static PublishedNumber Range(long minimum, long maximum, string? text = null)
    {
        if (maximum < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The maximum must be at least the minimum ({minimum}).");
        }
        var canonical = string.Create(CultureInfo.InvariantCulture, $"{minimum}-{maximum}");
        return new(PublishedNumberKind.Range, CheckText(text, nameof(text)) ?? canonical, minimum, maximum, 0m);
    }

    /// <summary>A percentage.</summary>
    /// <param name="percent">The percentage as published (<c>24</c> for 24%); values outside 0 to 100 are kept, for <see cref="FigureValidator"/> to report.</param>
    /// <param name="text">The published text; null for the invariant number followed by <c>%</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or has leading or trailing white space.</exception>
    public static PublishedNumber Percentage(decimal percent, string? text = null) =>
        new(PublishedNumberKind.Percentage, CheckText(text, nameof(text)) ?? percent.ToString(CultureInfo.InvariantCulture) + "%", 0, 0, percent);

    /// <summary>Reads a count, a range or a percentage as a report prints it.</summary>
    /// <param name="text">
    /// The text: blank (unknown); digits with optional thousands separators (<c>1,624</c>) and an optional leading
    /// minus; a range <c>a-b</c> or <c>&lt;n</c> (0 to n-1); or a number followed by <c>%</c> (<c>24%</c>, <c>0.5%</c>).
    /// White space around the text is ignored.
    /// </param>
    /// <returns>The value, keeping the trimmed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of the forms above; the message says what was expected.</exception>
    public static PublishedNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryRead(text, percentColumn: false, out var value, out var problem) ? value : throw new FormatException(problem);
    }

    /// <summary>Tries to read a count, a range or a percentage; see <see cref="Parse"/> for the forms.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, or <see cref="Unknown"/> on failure.</param>
    /// <returns>True when the text is one of the forms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PublishedNumber value) =>
        TryRead(text, percentColumn: false, out value, out _);

    /// <summary>Reads the text of a column that holds percentages, in which a bare number is a percentage (Google's <c>Percentage disclosed</c>: <c>81</c> is 81%).</summary>
    /// <param name="text">Blank (unknown), or a number with or without a trailing <c>%</c>.</param>
    /// <returns>The value, keeping the trimmed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage; the message says what was expected.</exception>
    public static PublishedNumber ParsePercentage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryRead(text, percentColumn: true, out var value, out var problem) ? value : throw new FormatException(problem);
    }

    /// <summary>Tries to read the text of a column that holds percentages; see <see cref="ParsePercentage"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, or <see cref="Unknown"/> on failure.</param>
    /// <returns>True when the text is blank or a percentage.</returns>
    public static bool TryParsePercentage([NotNullWhen(true)] string? text, out PublishedNumber value) =>
        TryRead(text, percentColumn: true, out value, out _);

    /// <summary>Reads text; on failure explains what was expected.</summary>
    internal static bool TryRead(string? text, bool percentColumn, out PublishedNumber value, out string problem)
    {
        value = default;
        problem = string.Empty;
        if (text is null)
        {
            problem = "expected a number, found nothing";
            return false;
        }
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }
        var span = trimmed.AsSpan();
        if (span[^1] == '%' || percentColumn)
        {
            var digits = (span[^1] == '%' ? span[..^1] : span).TrimEnd();
            if (digits.Length > 0 && (char.IsAsciiDigit(digits[0]) || digits[0] == '-')
                && decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
            {
                value = new PublishedNumber(PublishedNumberKind.Percentage, trimmed, 0, 0, percent);
                return true;
            }
            problem = $"expected a percentage such as '24%'{(percentColumn ? " or '24'" : string.Empty)}, found '{trimmed}'";
            return false;
        }
        if (TryCount(span, allowSign: true, out var count))
        {
            value = new PublishedNumber(PublishedNumberKind.Exact, trimmed, count, count, 0m);
            return true;
        }
        if (span[0] == '<' && TryCount(span[1..].TrimStart(), allowSign: false, out var bound) && bound > 0)
        {
            value = new PublishedNumber(PublishedNumberKind.Range, trimmed, 0, bound - 1, 0m);
            return true;
        }
        var hyphen = span.IndexOfAny('-', '\u2013');
        if (hyphen > 0
            && TryCount(span[..hyphen].TrimEnd(), allowSign: false, out var minimum)
            && TryCount(span[(hyphen + 1)..].TrimStart(), allowSign: false, out var maximum)
            && minimum <= maximum)
        {
            value = new PublishedNumber(PublishedNumberKind.Range, trimmed, minimum, maximum, 0m);
            return true;
        }
        problem = $"expected a count such as '262' or '1,624', a range such as '0-249' or '<10', or a percentage such as '24%', found '{trimmed}'";
        return false;
    }

    /// <summary>Digits, optionally grouped by commas in threes (<c>1,624</c>), optionally with a leading minus.</summary>
    private static bool TryCount(ReadOnlySpan<char> span, bool allowSign, out long count)
    {
        count = 0;
        var negative = false;
        if (allowSign && span.Length > 0 && span[0] == '-')
        {
            negative = true;
            span = span[1..];
        }
        if (span.IsEmpty || !char.IsAsciiDigit(span[0]))
        {
            return false;
        }
        var hasCommas = span.Contains(',');
        var digitsInGroup = 0;
        var firstGroup = true;
        foreach (var c in span)
        {
            if (c == ',')
            {
                if ((firstGroup && digitsInGroup is < 1 or > 3) || (!firstGroup && digitsInGroup != 3))
                {
                    return false;
                }
                firstGroup = false;
                digitsInGroup = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            digitsInGroup++;
            if (count > (long.MaxValue - 9) / 10)
            {
                return false;
            }
            count = (count * 10) + (c - '0');
        }
        if (hasCommas && digitsInGroup != 3)
        {
            return false;
        }
        count = negative ? -count : count;
        return true;
    }

    private static string? CheckText(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            throw new ArgumentException("The published text must be non-empty and trimmed.", paramName);
        }
        return text;
    }

    /// <inheritdoc />
    public bool Equals(PublishedNumber other) =>
        Kind == other.Kind && _minimum == other._minimum && _maximum == other._maximum && _percent == other._percent
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PublishedNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _minimum, _maximum, _percent, StringComparer.Ordinal.GetHashCode(Text));

    /// <summary>Returns the published text (empty for <see cref="Unknown"/>), which <see cref="Parse"/> reads back to an equal value
    /// (<see cref="ParsePercentage"/> for a percentage published without <c>%</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PublishedNumber left, PublishedNumber right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PublishedNumber left, PublishedNumber right) => !left.Equals(right);
}
