using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using PolicyEvents.Internal;

namespace PolicyEvents.Time;

/// <summary>
/// A date known to some <see cref="DatePrecision"/> (a year, a month, a day, or an instant with its UTC
/// offset), optionally qualified as approximate or uncertain, written as EDTF (ISO 8601-2 level 1):
/// <c>2020</c>, <c>2020-07</c>, <c>2020-07-07</c>, <c>2020-07-07~</c>, <c>2020?</c>, <c>2020-07%</c>,
/// <c>2020-06-30T23:00:00+08:00</c>.
/// </summary>
/// <remarks>
/// <para>
/// A year, month or day is a span of local time: it becomes a span of instants only in a time zone
/// (<see cref="ToInterval"/>): 7 July 2020 in Hong Kong is
/// <c>[2020-07-06T16:00:00Z, 2020-07-07T16:00:00Z)</c>, not the same span as 7 July in California.
/// An instant-precision value is already absolute and ignores the zone.
/// </para>
/// <para>
/// Supported text: a four-digit year (0000 to 9999), optionally <c>-MM</c>, optionally <c>-DD</c>, then
/// optionally one qualifier: <c>~</c> approximate, <c>?</c> uncertain, <c>%</c> both. Or a date-time
/// <c>YYYY-MM-DDThh:mm:ss</c> with an optional fraction of up to nine digits and a required <c>Z</c> or
/// <c>±hh:mm</c> offset (a local time without an offset is not an instant), which takes no qualifier.
/// Other EDTF features (unspecified digits, seasons, intervals, level 2) are not supported.
/// <see cref="ToString()"/> writes the same forms, so text round-trips; an instant's fraction is written
/// without trailing zeros and a zero offset as <c>Z</c>.
/// </para>
/// <para>
/// Equality compares precision, qualifier, the local value and, for instants, the offset: the same
/// instant written with two offsets gives two unequal values, as in NodaTime's <see cref="NodaTime.OffsetDateTime"/>.
/// Ordering is total and consistent with equality, but not time-zone aware: values are ordered by their
/// start read as UTC (a date at midnight UTC, an instant as itself), then by precision (coarser first),
/// qualifier, and offset. For a chronological order in a time zone, compare <see cref="ToInterval"/> starts.
/// </para>
/// <para>
/// The default value is the year 0001 with no qualifier (a valid value, like NodaTime's defaults).
/// This type is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private const int MaxYear = 9999;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss;FFFFFFFFF");
    private static readonly OffsetPattern OffsetFormat = OffsetPattern.CreateWithInvariantCulture("+HH':'mm");

    private readonly LocalDateTime _local;
    private readonly Offset _offset;
    private readonly DatePrecision _precision;
    private readonly DateQualifier _qualifier;

    private PartialDate(LocalDateTime local, Offset offset, DatePrecision precision, DateQualifier qualifier)
    {
        _local = local;
        _offset = offset;
        _precision = precision;
        _qualifier = qualifier;
    }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision => _precision;

    /// <summary>The EDTF qualifier; always <see cref="DateQualifier.None"/> for an instant.</summary>
    public DateQualifier Qualifier => _qualifier;

    /// <summary>True when the qualifier is <c>~</c> or <c>%</c>.</summary>
    public bool IsApproximate => _qualifier is DateQualifier.Approximate or DateQualifier.ApproximateAndUncertain;

    /// <summary>True when the qualifier is <c>?</c> or <c>%</c>.</summary>
    public bool IsUncertain => _qualifier is DateQualifier.Uncertain or DateQualifier.ApproximateAndUncertain;

    /// <summary>The year (for an instant, the year at its own offset).</summary>
    public int Year => _local.Year;

    /// <summary>The month (1 to 12), or null when only the year is known.</summary>
    public int? Month => _precision >= DatePrecision.Month ? _local.Month : null;

    /// <summary>The day of the month, or null when the date is known only to the month or year.</summary>
    public int? Day => _precision >= DatePrecision.Day ? _local.Day : null;

    /// <summary>The first local date the value covers: the year's or month's first day, or the day itself.</summary>
    public LocalDate StartDate => _local.Date;

    /// <summary>The last local date the value covers (inclusive): the year's or month's last day, or the day itself.</summary>
    public LocalDate EndDate => _precision switch
    {
        DatePrecision.Year => new LocalDate(_local.Year, 12, 31),
        DatePrecision.Month => _local.Date.With(DateAdjusters.EndOfMonth),
        _ => _local.Date,
    };

    /// <summary>The date-time and offset of an instant-precision value; null for coarser values.</summary>
    public OffsetDateTime? OffsetDateTime => _precision == DatePrecision.Instant ? _local.WithOffset(_offset) : null;

    /// <summary>The instant of an instant-precision value; null for coarser values.</summary>
    public Instant? Instant => _precision == DatePrecision.Instant ? _local.WithOffset(_offset).ToInstant() : null;

    /// <summary>Creates a value known to the year.</summary>
    /// <param name="year">The year, 0 to 9999.</param>
    /// <param name="qualifier">The EDTF qualifier.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or qualifier is out of range.</exception>
    public static PartialDate FromYear(int year, DateQualifier qualifier = DateQualifier.None)
    {
        CheckYear(year, nameof(year));
        return new(new LocalDateTime(year, 1, 1, 0, 0), Offset.Zero, DatePrecision.Year, Guard.Defined(qualifier, nameof(qualifier)));
    }

    /// <summary>Creates a value known to the month.</summary>
    /// <param name="year">The year, 0 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="qualifier">The EDTF qualifier.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or qualifier is out of range.</exception>
    public static PartialDate FromYearMonth(int year, int month, DateQualifier qualifier = DateQualifier.None)
    {
        CheckYear(year, nameof(year));
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(new LocalDateTime(year, month, 1, 0, 0), Offset.Zero, DatePrecision.Month, Guard.Defined(qualifier, nameof(qualifier)));
    }

    /// <summary>Creates a value known to the day.</summary>
    /// <param name="date">The ISO-calendar date, in years 0 to 9999.</param>
    /// <param name="qualifier">The EDTF qualifier.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or qualifier is out of range.</exception>
    public static PartialDate FromDate(LocalDate date, DateQualifier qualifier = DateQualifier.None)
    {
        CheckIso(date.Calendar, nameof(date));
        CheckYear(date.Year, nameof(date));
        return new(date.AtMidnight(), Offset.Zero, DatePrecision.Day, Guard.Defined(qualifier, nameof(qualifier)));
    }

    /// <summary>Creates an instant-precision value that keeps the given offset.</summary>
    /// <param name="value">The date-time and offset, in the ISO calendar, in years 0 to 9999.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The value is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromOffsetDateTime(OffsetDateTime value)
    {
        CheckIso(value.Calendar, nameof(value));
        CheckYear(value.Year, nameof(value));
        return new(value.LocalDateTime, value.Offset, DatePrecision.Instant, DateQualifier.None);
    }

    /// <summary>Creates an instant-precision value at UTC (written with <c>Z</c>).</summary>
    /// <param name="instant">The instant, in years 0 to 9999.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static PartialDate FromInstant(Instant instant) => FromOffsetDateTime(instant.WithOffset(Offset.Zero));

    /// <summary>Returns the same date with another qualifier.</summary>
    /// <param name="qualifier">The new qualifier.</param>
    /// <returns>The qualified value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier is not defined.</exception>
    /// <exception cref="InvalidOperationException">The value is an instant, which takes no qualifier.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        Guard.Defined(qualifier, nameof(qualifier));
        if (_precision == DatePrecision.Instant && qualifier != DateQualifier.None)
        {
            throw new InvalidOperationException("An instant-precision date takes no EDTF qualifier.");
        }
        return new(_local, _offset, _precision, qualifier);
    }

    /// <summary>
    /// The half-open span of instants <c>[start, end)</c> that this value covers in a time zone: a day from
    /// its start of day to the next day's start (so 23 or 25 hours across a DST change), a month or year likewise.
    /// An instant covers <c>[instant, instant + 1 ns)</c> whatever the zone. The span's end is open (no end) only
    /// for the year 9999, where the calendar ends. A day starts at its first instant; a day the zone skipped whole
    /// (Pacific/Apia skipped 2011-12-30) covers an empty span at the start of the next day.
    /// </summary>
    /// <param name="zone">The zone in which a local date is read; for a jurisdiction, its own zone.</param>
    /// <returns>The interval covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Interval ToInterval(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (_precision == DatePrecision.Instant)
        {
            var instant = _local.WithOffset(_offset).ToInstant();
            return new Interval(instant, instant + Duration.Epsilon);
        }
        var start = StartOfDay(zone, _local.Date);
        var last = EndDate;
        Instant? end = last.Year == MaxYear && last.Month == 12 && last.Day == 31 ? null : StartOfDay(zone, last.PlusDays(1));
        return new Interval(start, end);
    }

    // Like DateTimeZone.AtStartOfDay (earliest of an ambiguous midnight, first instant after a skipped one), except that
    // a day skipped whole starts where the next existing local time starts, instead of throwing SkippedTimeException.
    private static readonly ZoneLocalMappingResolver StartOfDayResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The first instant of a day in a zone; a day the zone skipped whole starts where the next day starts.
    /// The queries use it too, so that every part of the library reads a day the same way.</summary>
    internal static Instant StartOfDay(DateTimeZone zone, LocalDate date) =>
        zone.ResolveLocal(date.AtMidnight(), StartOfDayResolver).ToInstant();

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

    /// <summary>Parses, returning a description of the problem (or null on success) for diagnostics.</summary>
    internal static string? TryParseCore(ReadOnlySpan<char> text, out PartialDate result)
    {
        result = default;
        if (text.IsEmpty)
        {
            return "the text is empty";
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
        if (text.Length < 4 || !TryDigits(text[..4], out var year))
        {
            return "expected a four-digit year (YYYY)";
        }
        if (text.Length == 4)
        {
            result = new(new LocalDateTime(year, 1, 1, 0, 0), Offset.Zero, DatePrecision.Year, qualifier);
            return null;
        }
        if (text[4] != '-' || text.Length < 7 || !TryDigits(text.Slice(5, 2), out var month))
        {
            return "expected '-MM' after the year";
        }
        if (month is < 1 or > 12)
        {
            return $"month {month:D2} is out of range (01 to 12)";
        }
        if (text.Length == 7)
        {
            result = new(new LocalDateTime(year, month, 1, 0, 0), Offset.Zero, DatePrecision.Month, qualifier);
            return null;
        }
        if (text[7] != '-' || text.Length < 10 || !TryDigits(text.Slice(8, 2), out var day))
        {
            return "expected '-DD' after the month";
        }
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            return $"day {day:D2} does not exist in {year:D4}-{month:D2}";
        }
        var date = new LocalDate(year, month, day);
        if (text.Length == 10)
        {
            result = new(date.AtMidnight(), Offset.Zero, DatePrecision.Day, qualifier);
            return null;
        }
        if (text[10] != 'T')
        {
            return $"unexpected '{text[10]}' after the day (expected end of text, a qualifier, or 'T' and a time)";
        }
        if (qualifier != DateQualifier.None)
        {
            return "an instant (a date with a time) takes no qualifier";
        }
        return TryParseTime(text[11..], date, out result);
    }

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
        var time = TimePattern.Parse(timeText.ToString());
        if (!time.Success)
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
        result = new(date.At(time.Value), offset, DatePrecision.Instant, DateQualifier.None);
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

    private static void CheckYear(int year, string paramName)
    {
        if (year is < 0 or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The year must be between 0 and 9999.");
        }
    }

    private static void CheckIso(CalendarSystem calendar, string paramName)
    {
        if (calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only ISO-calendar values are supported.", paramName);
        }
    }

    /// <summary>Formats the value as EDTF text, which <see cref="Parse(string)"/> reads back to an equal value.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString()
    {
        var text = _precision switch
        {
            DatePrecision.Year => _local.Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{_local.Year:D4}-{_local.Month:D2}"),
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{_local.Year:D4}-{_local.Month:D2}-{_local.Day:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{_local.Year:D4}-{_local.Month:D2}-{_local.Day:D2}T{TimePattern.Format(_local.TimeOfDay)}")
                + (_offset == Offset.Zero ? "Z" : OffsetFormat.Format(_offset)),
        };
        return _qualifier switch
        {
            DateQualifier.Approximate => text + "~",
            DateQualifier.Uncertain => text + "?",
            DateQualifier.ApproximateAndUncertain => text + "%",
            _ => text,
        };
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) =>
        _local == other._local && _offset == other._offset && _precision == other._precision && _qualifier == other._qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_local, _offset, _precision, _qualifier);

    /// <summary>Compares by start read as UTC, then precision, qualifier and offset (see the type's remarks).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        var byStart = NotionalUtcStart().CompareTo(other.NotionalUtcStart());
        if (byStart != 0)
        {
            return byStart;
        }
        var byPrecision = _precision.CompareTo(other._precision);
        if (byPrecision != 0)
        {
            return byPrecision;
        }
        var byQualifier = _qualifier.CompareTo(other._qualifier);
        return byQualifier != 0 ? byQualifier : _offset.CompareTo(other._offset);
    }

    private LocalDateTime NotionalUtcStart() =>
        _precision == DatePrecision.Instant ? _local.WithOffset(_offset).ToInstant().InUtc().LocalDateTime : _local;

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type PartialDate.", nameof(obj)),
    };

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Less-than, by the order described in the type's remarks.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Less-than-or-equal, by the order described in the type's remarks.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-than, by the order described in the type's remarks.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Greater-than-or-equal, by the order described in the type's remarks.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
