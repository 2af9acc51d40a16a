using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace PolicyEvents.Time;

public readonly partial struct PartialDate
{
    /// <summary>Parses EDTF text (see the type's remarks for the forms supported).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a supported EDTF date; the message says why.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses EDTF text (see the type's remarks for the forms supported).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a supported EDTF date; the message says why.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> text)
    {
        var problem = TryParseCore(text, out var result);
        return problem is null ? result : throw new FormatException($"'{text}' is not a valid EDTF date: {problem}.");
    }

    /// <summary>Tries to parse EDTF text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }
        return TryParseCore(text, out result) is null;
    }

    /// <summary>Tries to parse EDTF text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The value, or the default value on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate result) => TryParseCore(text, out result) is null;

    /// <summary>Parses, returning a description of the problem (or null on success) for diagnostics. Allocates only for
    /// an interval (its two ends) and for a problem's description.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> text, out PartialDate result)
    {
        result = default;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return TryParseDate(text, out result);
        }
        var startText = text[..slash];
        var endText = text[(slash + 1)..];
        if (endText.Contains('/'))
        {
            return "expected at most one '/', between the start and the end of an interval (a date is written with hyphens, YYYY-MM-DD)";
        }
        if (TryParseEnd(startText, "start", out var from, out var fromKind) is { } startProblem)
        {
            return startProblem;
        }
        if (TryParseEnd(endText, "end", out var to, out var toKind) is { } endProblem)
        {
            return endProblem;
        }
        if (fromKind != IntervalEnd.Known && toKind != IntervalEnd.Known)
        {
            return "an interval needs a date at one end at least ('..' is an open end, nothing an unknown one)";
        }
        if (fromKind == IntervalEnd.Known && toKind == IntervalEnd.Known && OrderProblem(from, to) is { } order)
        {
            return order;
        }
        result = new(new Ends(from, fromKind, to, toKind));
        return null;
    }

    private static string? TryParseEnd(ReadOnlySpan<char> text, string which, out PartialDate date, out IntervalEnd kind)
    {
        date = default;
        kind = text.IsEmpty ? IntervalEnd.Unknown : text is ".." ? IntervalEnd.Open : IntervalEnd.Known;
        if (kind != IntervalEnd.Known)
        {
            return null;
        }
        var problem = TryParseDate(text, out date);
        return problem is null ? null : $"its {which} '{text}': {problem}";
    }

    /// <summary>Parses a single date: a year, month or day with optional unspecified digits and qualifier, or an instant.</summary>
    private static string? TryParseDate(ReadOnlySpan<char> text, out PartialDate result)
    {
        result = default;
        if (text.IsEmpty)
        {
            return "the text is empty";
        }
        if (text is "..")
        {
            return "'..' (an open end) belongs to an interval, as in 2020-07-07/.. or ../2020-07-14";
        }
        var qualifier = QualifierOf(text[^1]);
        if (qualifier != DateQualifier.None)
        {
            text = text[..^1];
            if (!text.IsEmpty && QualifierOf(text[^1]) != DateQualifier.None)
            {
                return "only one qualifier may end a date (use '%' for approximate and uncertain)";
            }
        }
        if (!text.IsEmpty && text[0] is '-' or 'Y')
        {
            return text[0] == '-'
                ? "expected a four-digit year (YYYY): years before 0000 are not supported"
                : "expected a four-digit year (YYYY): EDTF years beyond 9999 ('Y' and more digits) are not supported";
        }
        if (text.Length < 4 || !AreDigitSlots(text[..4]))
        {
            return LowerCaseX(text, 4) ?? "expected a four-digit year (YYYY)";
        }
        var precision = DatePrecision.Year;
        if (text.Length > 4)
        {
            if (text[4] != '-' || text.Length < 7 || !AreDigitSlots(text.Slice(5, 2)))
            {
                return LowerCaseX(text, 7) ?? "expected '-MM' after the year";
            }
            precision = DatePrecision.Month;
        }
        if (text.Length > 7)
        {
            if (text[7] != '-' || text.Length < 10 || !AreDigitSlots(text.Slice(8, 2)))
            {
                return LowerCaseX(text, 10) ?? "expected '-DD' after the month";
            }
            precision = DatePrecision.Day;
        }
        var dateText = text.Length > 10 ? text[..10] : text;
        if (text.Length > 10)
        {
            if (text[10] != 'T')
            {
                return $"unexpected '{text[10]}' after the day (expected end of text, a qualifier, or 'T' and a time)";
            }
            if (qualifier != DateQualifier.None)
            {
                return "an instant (a date with a time) takes no qualifier";
            }
            if (dateText.Contains('X'))
            {
                return "an instant (a date with a time) cannot have unspecified digits ('X')";
            }
        }
        var problem = TryReadDigits(dateText, precision, out var first, out var unspecified);
        if (problem is not null)
        {
            return problem;
        }
        if (text.Length > 10)
        {
            return TryParseTime(text[11..], first, out result);
        }
        result = new(first.AtMidnight(), Offset.Zero, precision, qualifier, unspecified);
        return null;
    }

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> whose rightmost digits may be <c>X</c>: the first day it
    /// allows (each X as low as the calendar lets it be: <c>2020-0X</c> starts in January, <c>2020-1X</c> in October,
    /// <c>2020-07-0X</c> on the 1st, <c>2020-07-1X</c> on the 10th) and the number of X digits.
    /// </summary>
    private static string? TryReadDigits(ReadOnlySpan<char> text, DatePrecision precision, out LocalDate first, out int unspecified)
    {
        first = default;
        unspecified = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (c == 'X')
            {
                unspecified++;
            }
            else if (c != '-')
            {
                if (unspecified > 0)
                {
                    return "only the rightmost digits of a date may be unspecified ('X'), as in 2020-07-1X, 2020-XX-XX or 201X";
                }
                digits++;
            }
        }
        if (digits < 2)
        {
            return "at most the last two digits of the year may be unspecified ('X'), as in 20XX";
        }
        var year = SlotValue(text[..4]);
        var month = 1;
        if (precision >= DatePrecision.Month)
        {
            var m = text.Slice(5, 2);
            if (m[0] == 'X')
            {
                month = 1;
            }
            else if (m[1] == 'X')
            {
                if (m[0] > '1')
                {
                    return $"month {m[0]}X is out of range (01 to 12)";
                }
                month = Math.Max(1, (m[0] - '0') * 10);
            }
            else
            {
                month = SlotValue(m);
                if (month is < 1 or > 12)
                {
                    return month is >= 21 and <= 41
                        ? $"month {month:D2} is out of range (01 to 12; EDTF seasons, 21 to 41, are not supported)"
                        : $"month {month:D2} is out of range (01 to 12)";
                }
            }
        }
        var day = 1;
        if (precision >= DatePrecision.Day)
        {
            var d = text.Slice(8, 2);
            var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
            if (d[0] == 'X')
            {
                day = 1;
            }
            else if (d[1] == 'X')
            {
                day = Math.Max(1, (d[0] - '0') * 10);
                if (day > daysInMonth)
                {
                    return $"day {d[0]}X does not exist in {year:D4}-{month:D2}";
                }
            }
            else
            {
                day = SlotValue(d);
                if (day < 1 || day > daysInMonth)
                {
                    return $"day {day:D2} does not exist in {year:D4}-{month:D2}";
                }
            }
        }
        first = new LocalDate(year, month, day);
        return null;

        // The value of digits, each X read as 0.
        static int SlotValue(ReadOnlySpan<char> slots)
        {
            var value = 0;
            foreach (var c in slots)
            {
                value = (value * 10) + (c == 'X' ? 0 : c - '0');
            }
            return value;
        }
    }

    /// <summary>True when every character is an ASCII digit or an unspecified digit, <c>X</c>.</summary>
    private static bool AreDigitSlots(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or 'X'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The problem of a lower-case <c>x</c> among the first <paramref name="length"/> characters, or null.</summary>
    private static string? LowerCaseX(ReadOnlySpan<char> text, int length) =>
        text[..Math.Min(length, text.Length)].Contains('x') ? "an unspecified digit is written with an upper-case 'X'" : null;

    private static string? TryParseTime(ReadOnlySpan<char> text, LocalDate date, out PartialDate result)
    {
        result = default;
        var offsetStart = text.IndexOfAny('Z', '+', '-');
        if (offsetStart < 0)
        {
            return "an instant needs a UTC offset ('Z' or '+hh:mm')";
        }
        var timeText = text[..offsetStart];
        if (timeText.Length < 8 || timeText[2] != ':' || timeText[5] != ':' || (timeText.Length > 8 && timeText[8] != '.'))
        {
            return "expected a time hh:mm:ss after 'T'";
        }
        LocalTime time;
        if (timeText.Length == 8 && TryDigits(timeText[..2], out var hour) && TryDigits(timeText.Slice(3, 2), out var minute)
            && TryDigits(timeText.Slice(6, 2), out var second) && hour <= 23 && minute <= 59 && second <= 59)
        {
            time = new LocalTime(hour, minute, second); // the usual hh:mm:ss, without the pattern's allocations
        }
        else if (Patterns.TimeOfDay.Parse(timeText.ToString()) is { Success: true } parsed)
        {
            time = parsed.Value;
        }
        else
        {
            return "expected a valid time hh:mm:ss with an optional fraction of up to nine digits";
        }
        var offsetText = text[offsetStart..];
        Offset offset;
        if (offsetText is "Z")
        {
            offset = Offset.Zero;
        }
        else if (offsetText.Length == 6 && offsetText[3] == ':' && TryDigits(offsetText.Slice(1, 2), out var hours)
            && TryDigits(offsetText.Slice(4, 2), out var minutes) && hours <= 18 && minutes <= 59 && hours * 60 + minutes <= 18 * 60)
        {
            var seconds = (hours * 3600) + (minutes * 60);
            offset = Offset.FromSeconds(offsetText[0] == '-' ? -seconds : seconds);
        }
        else
        {
            return $"'{offsetText}' is not a UTC offset (expected 'Z' or '+hh:mm' or '-hh:mm', at most 18:00)";
        }
        result = new(date.At(time), offset, DatePrecision.Instant, DateQualifier.None);
        return null;
    }

    private static DateQualifier QualifierOf(char c) => c switch
    {
        '~' => DateQualifier.Approximate,
        '?' => DateQualifier.Uncertain,
        '%' => DateQualifier.ApproximateAndUncertain,
        _ => DateQualifier.None,
    };

    /// <summary>Reads ASCII digits as a non-negative number; false on any other character (shared with the JSON readers).</summary>
    internal static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
