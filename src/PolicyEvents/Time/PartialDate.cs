using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using PolicyEvents.Internal;

namespace PolicyEvents.Time;

/// <summary>
/// An EDTF date (ISO 8601-2 level 1): a date known to some <see cref="DatePrecision"/> (a year, a month, a day, or an
/// instant with its UTC offset), optionally qualified as approximate or uncertain, optionally with unspecified digits;
/// or an interval between two such dates, either of whose ends may be open or unknown:
/// <c>2020</c>, <c>2020-07</c>, <c>2020-07-07</c>, <c>2020-07-07~</c>, <c>2020?</c>, <c>2020-07%</c>,
/// <c>2020-06-30T23:00:00+08:00</c>, <c>2020-07-1X</c>, <c>201X</c>, <c>2020-07-07/2020-07-14</c>, <c>2020-07-07/..</c>,
/// <c>../2020-07-14</c>, <c>2020-07-07/</c>.
/// </summary>
/// <remarks>
/// <para>
/// A year, month or day is a span of local time: it becomes a span of instants only in a time zone
/// (<see cref="ToInterval"/>): 7 July 2020 in Hong Kong is
/// <c>[2020-07-06T16:00:00Z, 2020-07-07T16:00:00Z)</c>, not the same span as 7 July in California.
/// An instant-precision value is already absolute and ignores the zone. A date with unspecified digits covers every
/// day its digits allow (<c>2020-07-1X</c> is 10 to 19 July 2020); an interval runs from the start of its first date to
/// the end of its last, and an open or unknown end leaves the span unbounded on that side.
/// </para>
/// <para>
/// Supported text (<c>docs/format.md</c>, "Dates"): a four-digit year (0000 to 9999), optionally <c>-MM</c>, optionally
/// <c>-DD</c>; the rightmost digits may be written <c>X</c> (unspecified), at most the last two of the year
/// (<c>201X</c>, <c>20XX</c>, <c>2020-XX</c>, <c>2020-1X</c>, <c>2020-07-XX</c>, <c>2020-07-1X</c>, <c>2020-XX-XX</c>);
/// then optionally one qualifier: <c>~</c> approximate, <c>?</c> uncertain, <c>%</c> both. Or a date-time
/// <c>YYYY-MM-DDThh:mm:ss</c> with an optional fraction of up to nine digits and a required <c>Z</c> or
/// <c>±hh:mm</c> offset (a local time without an offset is not an instant), which takes no qualifier and no <c>X</c>.
/// Or an interval <c>START/END</c>, each end one of those dates, <c>..</c> (open) or nothing (unknown), at least one of
/// them a date, and the end not before the start. Other EDTF features (seasons, years beyond 9999 or before 0000,
/// qualifiers inside a date, level 2) are not supported. <see cref="ToString()"/> writes the same forms, so text
/// round-trips; an instant's fraction is written without trailing zeros and a zero offset as <c>Z</c>.
/// </para>
/// <para>
/// Equality compares the form (a single date or an interval, and each end's kind), precision, qualifier, unspecified
/// digits, the local value and, for instants, the offset: the same instant written with two offsets gives two unequal
/// values, as in NodaTime's <see cref="NodaTime.OffsetDateTime"/>; <c>2020-07-1X</c> and <c>2020-07-10</c> are unequal.
/// Ordering is total and consistent with equality, but not time-zone aware. A single date sorts by its start read as
/// UTC (a date at midnight UTC, its earliest day for unspecified digits, an instant as itself), then by precision
/// (coarser first), qualifier, unspecified digits (fewer first) and offset. An interval sorts by its start: an open
/// start first, then an unknown one, then by its first date as above, after the single date equal to that first date;
/// intervals with the same start sort by their end: a known end by its date, then an open end, then an unknown one.
/// For a chronological order in a time zone, compare <see cref="ToInterval"/> starts.
/// </para>
/// <para>
/// The default value is the year 0001 with no qualifier (a valid value, like NodaTime's defaults).
/// This type is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly partial struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    private const int MaxYear = 9999;

    // A single date: its first local date-time (for unspecified digits, the earliest the digits allow), its offset (an
    // instant's), precision, qualifier and the number of its rightmost digits written X. An interval: its ends, and
    // every other field the default.
    private readonly LocalDateTime _local;
    private readonly Offset _offset;
    private readonly byte _precision;
    private readonly byte _qualifier;
    private readonly byte _unspecified;
    private readonly Ends? _ends;

    private PartialDate(LocalDateTime local, Offset offset, DatePrecision precision, DateQualifier qualifier, int unspecified = 0)
    {
        _local = local;
        _offset = offset;
        _precision = (byte)precision;
        _qualifier = (byte)qualifier;
        _unspecified = (byte)unspecified;
        _ends = null;
    }

    private PartialDate(Ends ends)
    {
        this = default;
        _ends = ends;
    }

    /// <summary>
    /// A 64-bit key equal for equal dates, for the usual ones: a single date or instant in the ISO calendar, without a
    /// qualifier or unspecified digits, to the second. False for any other (an interval, a qualified date, a fraction of a
    /// second...), which a table then keys by value. Bits: year + 10,000 (15), month (4), day (5), hour (5), minute (6),
    /// second (6), offset in seconds + 65,536 (17), precision (2).
    /// </summary>
    internal bool TryPack(out long key)
    {
        key = 0;
        if (_ends is not null || _qualifier != 0 || _unspecified != 0 || _local.NanosecondOfSecond != 0 || _precision > 3
            || _local.Calendar != CalendarSystem.Iso || _local.Year is < -9999 or > MaxYear)
        {
            return false;
        }
        key = (_local.Year + 10_000L) << 45 | (long)_local.Month << 41 | (long)_local.Day << 36 | (long)_local.Hour << 31
            | (long)_local.Minute << 25 | (long)_local.Second << 19 | (long)(_offset.Seconds + 65_536) << 2 | _precision;
        return true;
    }

    /// <summary>The date whose key <see cref="TryPack"/> gave: equal to the date packed, in every field.</summary>
    internal static PartialDate Unpack(long key) => new(
        new LocalDateTime((int)(key >> 45) - 10_000, (int)(key >> 41) & 0xF, (int)(key >> 36) & 0x1F, (int)(key >> 31) & 0x1F,
            (int)(key >> 25) & 0x3F, (int)(key >> 19) & 0x3F),
        Offset.FromSeconds((int)((key >> 2) & 0x1_FFFF) - 65_536), (DatePrecision)(key & 3), DateQualifier.None);

    /// <summary>The ends of an interval; an open or unknown end holds the default value as its date.</summary>
    private sealed record Ends(PartialDate From, IntervalEnd FromKind, PartialDate To, IntervalEnd ToKind);

    /// <summary>
    /// How precisely the date is known. For an interval, the coarsest precision of its known ends (how precisely its
    /// least-known date is known); read <see cref="From"/> and <see cref="To"/> for each end's own.
    /// </summary>
    public DatePrecision Precision
    {
        get
        {
            if (_ends is not { } ends)
            {
                return (DatePrecision)_precision;
            }
            return ends.FromKind != IntervalEnd.Known ? ends.To.Precision
                : ends.ToKind != IntervalEnd.Known ? ends.From.Precision
                : (DatePrecision)Math.Min((int)ends.From.Precision, (int)ends.To.Precision);
        }
    }

    /// <summary>The EDTF qualifier; always <see cref="DateQualifier.None"/> for an instant, and for an interval, whose ends
    /// carry their own (<c>2020-07-07~/2020-07-14</c>).</summary>
    public DateQualifier Qualifier => (DateQualifier)_qualifier;

    /// <summary>True when the qualifier is <c>~</c> or <c>%</c>; for an interval, when either end's is.</summary>
    public bool IsApproximate => _ends is { } ends
        ? ends.From.IsApproximate || ends.To.IsApproximate
        : Qualifier is DateQualifier.Approximate or DateQualifier.ApproximateAndUncertain;

    /// <summary>True when the qualifier is <c>?</c> or <c>%</c>; for an interval, when either end's is.</summary>
    public bool IsUncertain => _ends is { } ends
        ? ends.From.IsUncertain || ends.To.IsUncertain
        : Qualifier is DateQualifier.Uncertain or DateQualifier.ApproximateAndUncertain;

    /// <summary>
    /// How many of the rightmost digits are unspecified, written <c>X</c>: 1 in <c>2020-07-1X</c> and <c>201X</c>, 2 in
    /// <c>2020-XX</c>, 4 in <c>2020-XX-XX</c>; 0 for a date written in full, an instant and an interval (whose ends carry
    /// their own).
    /// </summary>
    public int UnspecifiedDigits => _unspecified;

    /// <summary>True for an interval (<c>2020-07-07/2020-07-14</c>, <c>2020-07-07/..</c>, <c>../2020-07-14</c>,
    /// <c>2020-07-07/</c>); false for a single date.</summary>
    public bool IsInterval => _ends is not null;

    /// <summary>The first date of an interval, or null when its start is open or unknown (see <see cref="FromKind"/>);
    /// for a single date, the date itself.</summary>
    public PartialDate? From => _ends is not { } ends ? this : ends.FromKind == IntervalEnd.Known ? ends.From : null;

    /// <summary>The last date of an interval, or null when its end is open or unknown (see <see cref="ToKind"/>); for a
    /// single date, the date itself.</summary>
    public PartialDate? To => _ends is not { } ends ? this : ends.ToKind == IntervalEnd.Known ? ends.To : null;

    /// <summary>How an interval's start is given; <see cref="IntervalEnd.Known"/> for a single date.</summary>
    public IntervalEnd FromKind => _ends?.FromKind ?? IntervalEnd.Known;

    /// <summary>How an interval's end is given; <see cref="IntervalEnd.Known"/> for a single date.</summary>
    public IntervalEnd ToKind => _ends?.ToKind ?? IntervalEnd.Known;

    /// <summary>The date that <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/> describe: a single date itself,
    /// an interval's first date, or its last when the start is open or unknown.</summary>
    private PartialDate Described => _ends is not { } ends ? this : ends.FromKind == IntervalEnd.Known ? ends.From : ends.To;

    /// <summary>The year (for an instant, the year at its own offset; with unspecified digits in the year, <c>201X</c>, the
    /// earliest year they allow). For an interval, the year of its first date, or of its last when the start is open or
    /// unknown.</summary>
    public int Year => Described._local.Year;

    /// <summary>The month (1 to 12), or null when only the year is known or a digit of the month is unspecified
    /// (<c>2020-1X</c>). For an interval, as for <see cref="Year"/>.</summary>
    public int? Month
    {
        get
        {
            var date = Described;
            return date.Precision switch
            {
                DatePrecision.Year => null,
                DatePrecision.Month => date._unspecified == 0 ? date._local.Month : null,
                _ => date._unspecified <= 2 ? date._local.Month : null,
            };
        }
    }

    /// <summary>The day of the month, or null when the date is known only to the month or year or a digit of the day is
    /// unspecified (<c>2020-07-1X</c>). For an interval, as for <see cref="Year"/>.</summary>
    public int? Day
    {
        get
        {
            var date = Described;
            return date.Precision >= DatePrecision.Day && date._unspecified == 0 ? date._local.Day : null;
        }
    }

    /// <summary>The first local date the value covers: the year's or month's first day, the day itself, the earliest day
    /// that unspecified digits allow (2020-07-10 for <c>2020-07-1X</c>), an instant's date at its own offset, or an
    /// interval's first date's. <see cref="LocalDate.MinIsoValue"/> when an interval's start is open or unknown.</summary>
    public LocalDate StartDate => _ends is not { } ends ? _local.Date
        : ends.FromKind == IntervalEnd.Known ? ends.From.StartDate : LocalDate.MinIsoValue;

    /// <summary>The last local date the value covers (inclusive): the year's or month's last day, the day itself, the
    /// latest day that unspecified digits allow (2020-07-19 for <c>2020-07-1X</c>), an instant's date at its own offset,
    /// or an interval's last date's. <see cref="LocalDate.MaxIsoValue"/> when an interval's end is open or unknown.</summary>
    public LocalDate EndDate => _ends is not { } ends ? LastDate()
        : ends.ToKind == IntervalEnd.Known ? ends.To.EndDate : LocalDate.MaxIsoValue;

    /// <summary>The date-time and offset of an instant-precision single date; null for coarser values and intervals.</summary>
    public OffsetDateTime? OffsetDateTime => IsSingleInstant ? _local.WithOffset(_offset) : null;

    /// <summary>The instant of an instant-precision single date; null for coarser values and intervals.</summary>
    public Instant? Instant => IsSingleInstant ? _local.WithOffset(_offset).ToInstant() : null;

    private bool IsSingleInstant => _ends is null && (DatePrecision)_precision == DatePrecision.Instant;

    /// <summary>The last day a single date covers, from its first and its unspecified digits (see the parser).</summary>
    private LocalDate LastDate()
    {
        var first = _local.Date;
        return ((DatePrecision)_precision, _unspecified) switch
        {
            (DatePrecision.Year, var x) => EndOfYear(first.Year + Spread(x)),
            (DatePrecision.Month, 0) => first.With(DateAdjusters.EndOfMonth),
            (DatePrecision.Month, 1) => EndOfMonth(first.Year, LastMonth(first.Month)),
            (DatePrecision.Month, var x) => EndOfYear(first.Year + Spread(x - 2)),
            (DatePrecision.Day, 1) => new LocalDate(first.Year, first.Month,
                Math.Min((first.Day / 10 * 10) + 9, CalendarSystem.Iso.GetDaysInMonth(first.Year, first.Month))),
            (DatePrecision.Day, 2) => first.With(DateAdjusters.EndOfMonth),
            (DatePrecision.Day, 3) => EndOfMonth(first.Year, LastMonth(first.Month)),
            (DatePrecision.Day, > 3 and var x) => EndOfYear(first.Year + Spread(x - 4)),
            _ => first, // a day in full, or an instant's day
        };

        static int Spread(int yearDigits) => yearDigits switch { 0 => 0, 1 => 9, _ => 99 };
        static int LastMonth(int firstMonth) => Math.Min((firstMonth / 10 * 10) + 9, 12);
        static LocalDate EndOfYear(int year) => new(year, 12, 31);
        static LocalDate EndOfMonth(int year, int month) => new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }

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

    /// <summary>Creates the interval between two dates, <c>2020-07-07/2020-07-14</c>: from the start of
    /// <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    /// <param name="from">The first date: a single date of any precision.</param>
    /// <param name="to">The last date: a single date of any precision, not before <paramref name="from"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">An end is itself an interval, or <paramref name="to"/> ends before
    /// <paramref name="from"/> starts (their local dates compared, an instant's at its own offset; two instants
    /// compared exactly).</exception>
    public static PartialDate Interval(PartialDate from, PartialDate to)
    {
        CheckEnd(from, nameof(from));
        CheckEnd(to, nameof(to));
        if (OrderProblem(from, to) is { } problem)
        {
            throw new ArgumentException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".", nameof(to));
        }
        return new(new Ends(from, IntervalEnd.Known, to, IntervalEnd.Known));
    }

    /// <summary>Creates an interval from a date to an open end (<c>2020-07-07/..</c>) or an unknown one
    /// (<c>2020-07-07/</c>).</summary>
    /// <param name="from">The first date: a single date of any precision.</param>
    /// <param name="to"><see cref="IntervalEnd.Open"/> or <see cref="IntervalEnd.Unknown"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> is an interval, or <paramref name="to"/> is
    /// <see cref="IntervalEnd.Known"/> (pass the date instead).</exception>
    public static PartialDate Interval(PartialDate from, IntervalEnd to)
    {
        CheckMissingEnd(to, nameof(to));
        CheckEnd(from, nameof(from));
        return new(new Ends(from, IntervalEnd.Known, default, to));
    }

    /// <summary>Creates an interval from an open start (<c>../2020-07-14</c>) or an unknown one (<c>/2020-07-14</c>) to a
    /// date.</summary>
    /// <param name="from"><see cref="IntervalEnd.Open"/> or <see cref="IntervalEnd.Unknown"/>.</param>
    /// <param name="to">The last date: a single date of any precision.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is an interval, or <paramref name="from"/> is
    /// <see cref="IntervalEnd.Known"/> (pass the date instead).</exception>
    public static PartialDate Interval(IntervalEnd from, PartialDate to)
    {
        CheckMissingEnd(from, nameof(from));
        CheckEnd(to, nameof(to));
        return new(new Ends(default, from, to, IntervalEnd.Known));
    }

    private static void CheckEnd(PartialDate date, string paramName)
    {
        if (date.IsInterval)
        {
            throw new ArgumentException($"An end of an interval is a single date, not the interval '{date}'.", paramName);
        }
    }

    private static void CheckMissingEnd(IntervalEnd kind, string paramName)
    {
        if (Guard.Defined(kind, paramName) == IntervalEnd.Known)
        {
            throw new ArgumentException("IntervalEnd.Known is not an end without a date: pass the date itself, or IntervalEnd.Open or IntervalEnd.Unknown.", paramName);
        }
    }

    /// <summary>Why <paramref name="to"/> cannot end an interval that starts at <paramref name="from"/>, or null: it ends
    /// before the start, by their local dates (an instant's date at its own offset), or exactly for two instants. The
    /// check needs no time zone, so a zone can still put an instant end a few hours before a date start of the same
    /// day; <see cref="ToInterval"/> then gives an empty span.</summary>
    private static string? OrderProblem(PartialDate from, PartialDate to)
    {
        var before = from.Instant is { } first && to.Instant is { } last ? last < first : to.EndDate < from.StartDate;
        return before ? $"the interval ends ({to}) before it starts ({from})" : null;
    }

    /// <summary>Returns the same date with another qualifier.</summary>
    /// <param name="qualifier">The new qualifier.</param>
    /// <returns>The qualified value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The qualifier is not defined.</exception>
    /// <exception cref="InvalidOperationException">The value is an instant, which takes no qualifier, or an interval,
    /// whose ends carry their own.</exception>
    public PartialDate WithQualifier(DateQualifier qualifier)
    {
        Guard.Defined(qualifier, nameof(qualifier));
        if (_ends is not null)
        {
            throw new InvalidOperationException($"An interval takes no qualifier of its own: qualify its ends instead ('{this}').");
        }
        if ((DatePrecision)_precision == DatePrecision.Instant && qualifier != DateQualifier.None)
        {
            throw new InvalidOperationException("An instant-precision date takes no EDTF qualifier.");
        }
        return new(_local, _offset, (DatePrecision)_precision, qualifier, _unspecified);
    }

    /// <summary>
    /// Returns the same date with its rightmost <paramref name="count"/> digits unspecified (written <c>X</c>): 2020-07-17
    /// with one gives <c>2020-07-1X</c> (10 to 19 July), with four <c>2020-XX-XX</c>. With 0, the digits of
    /// <see cref="StartDate"/> in full. The qualifier is kept.
    /// </summary>
    /// <param name="count">How many digits: 0 to 2 for a year, 0 to 4 for a month, 0 to 6 for a day (at most the last
    /// two digits of the year).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range for the precision.</exception>
    /// <exception cref="InvalidOperationException">The value is an instant or an interval.</exception>
    public PartialDate WithUnspecifiedDigits(int count)
    {
        if (_ends is not null || (DatePrecision)_precision == DatePrecision.Instant)
        {
            throw new InvalidOperationException($"Only a year, a month or a day can have unspecified digits, not '{this}'.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 2 + (2 * (int)_precision));
        Span<char> text = stackalloc char[10];
        var length = WriteDate(text, _local.Date, (DatePrecision)_precision, count);
        var problem = TryParseDate(text[..length], out var result);
        return problem is null
            ? new(result._local, Offset.Zero, (DatePrecision)_precision, (DateQualifier)_qualifier, count)
            : throw new InvalidOperationException($"Unreachable: '{text[..length]}' {problem}."); // every date's digits allow a range
    }

    /// <summary>
    /// The half-open span of instants <c>[start, end)</c> that this value covers in a time zone: a day from
    /// its start of day to the next day's start (so 23 or 25 hours across a DST change), a month or year likewise, and
    /// a date with unspecified digits from the start of the earliest day they allow to the end of the latest
    /// (<c>2020-07-1X</c>: 10 to 19 July). An instant covers <c>[instant, instant + 1 ns)</c> whatever the zone. An
    /// interval covers the start of its first date's span to the end of its last date's; an open or unknown start leaves
    /// the span without a start (<see cref="NodaTime.Interval.HasStart"/> false), an open or unknown end without an end.
    /// The span's end is also open for a date that reaches the year 9999, where the calendar ends. A day starts at its first
    /// instant; a day the zone skipped whole (Pacific/Apia skipped 2011-12-30) covers an empty span at the start of the next
    /// day. An interval whose instant end falls, in this zone, before the start of its first day (the end is checked
    /// against the start by local dates, without a zone) covers an empty span at its start.
    /// </summary>
    /// <param name="zone">The zone in which a local date is read; for a jurisdiction, its own zone.</param>
    /// <returns>The interval covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Interval ToInterval(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (_ends is { } ends)
        {
            Instant? start = ends.FromKind == IntervalEnd.Known ? ends.From.ToInterval(zone).Start : null;
            Instant? end = null;
            if (ends.ToKind == IntervalEnd.Known && ends.To.ToInterval(zone) is { HasEnd: true } last)
            {
                end = start is { } first && last.End < first ? first : last.End;
            }
            return new Interval(start, end);
        }
        if ((DatePrecision)_precision == DatePrecision.Instant)
        {
            var instant = _local.WithOffset(_offset).ToInstant();
            return new Interval(instant, instant + Duration.Epsilon);
        }
        var spanStart = StartOfDay(zone, _local.Date);
        var lastDay = LastDate();
        Instant? spanEnd = lastDay.Year == MaxYear && lastDay.Month == 12 && lastDay.Day == 31 ? null : StartOfDay(zone, lastDay.PlusDays(1));
        return new Interval(spanStart, spanEnd);
    }

    // Like DateTimeZone.AtStartOfDay (earliest of an ambiguous midnight, first instant after a skipped one), except that
    // a day skipped whole starts where the next existing local time starts, instead of throwing SkippedTimeException.
    private static readonly ZoneLocalMappingResolver StartOfDayResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The first instant of a day in a zone; a day the zone skipped whole starts where the next day starts.
    /// The queries use it too, so that every part of the library reads a day the same way.</summary>
    internal static Instant StartOfDay(DateTimeZone zone, LocalDate date)
    {
        // Most midnights lie far from any transition of the zone: there, midnight less the offset of the interval it falls
        // in is the one instant it maps to, found without the mapping object ResolveLocal makes. Offsets are within 18
        // hours, so another interval could map that midnight only to an instant within 36 hours of the candidate: two days
        // away from both ends of the interval rules out a gap or an overlap.
        var local = date.AtMidnight();
        if (date.Year is > 1 and < MaxYear)
        {
            var guess = local.InUtc().ToInstant();
            var interval = zone.GetZoneInterval(guess);
            var candidate = guess - Duration.FromSeconds(interval.WallOffset.Seconds);
            if ((!interval.HasStart || candidate - interval.Start > Duration.FromDays(2))
                && (!interval.HasEnd || interval.End - candidate > Duration.FromDays(2)))
            {
                return candidate;
            }
        }
        return zone.ResolveLocal(local, StartOfDayResolver).ToInstant();
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

    /// <summary>The NodaTime patterns of a time of day and an offset, made when first used: making them sets up NodaTime's
    /// text handling, which a program that only reads and queries dates in their usual forms never needs (it would be
    /// made with the first date's static fields, on every load).</summary>
    private static class Patterns
    {
        internal static readonly LocalTimePattern TimeOfDay = LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss;FFFFFFFFF");
        internal static readonly OffsetPattern UtcOffset = OffsetPattern.CreateWithInvariantCulture("+HH':'mm");
    }

    /// <summary>Formats the value as EDTF text, which <see cref="Parse(string)"/> reads back to an equal value.</summary>
    /// <returns>The EDTF text.</returns>
    public override string ToString()
    {
        if (_ends is { } ends)
        {
            return EndText(ends.From, ends.FromKind) + "/" + EndText(ends.To, ends.ToKind);
        }
        var precision = (DatePrecision)_precision;
        string text;
        if (precision == DatePrecision.Instant)
        {
            text = string.Create(CultureInfo.InvariantCulture, $"{_local.Year:D4}-{_local.Month:D2}-{_local.Day:D2}T{Patterns.TimeOfDay.Format(_local.TimeOfDay)}")
                + (_offset == Offset.Zero ? "Z" : Patterns.UtcOffset.Format(_offset));
        }
        else
        {
            Span<char> date = stackalloc char[10];
            text = new string(date[..WriteDate(date, _local.Date, precision, _unspecified)]);
        }
        return (DateQualifier)_qualifier switch
        {
            DateQualifier.Approximate => text + "~",
            DateQualifier.Uncertain => text + "?",
            DateQualifier.ApproximateAndUncertain => text + "%",
            _ => text,
        };

        static string EndText(PartialDate date, IntervalEnd kind) => kind switch
        {
            IntervalEnd.Open => "..",
            IntervalEnd.Unknown => "",
            _ => date.ToString(),
        };
    }

    /// <summary>Writes <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> with its rightmost <paramref name="unspecified"/>
    /// digits as <c>X</c>; returns the length written (at most 10).</summary>
    private static int WriteDate(Span<char> destination, LocalDate date, DatePrecision precision, int unspecified)
    {
        Digits(destination[..4], date.Year);
        var length = 4;
        if (precision >= DatePrecision.Month)
        {
            destination[4] = '-';
            Digits(destination.Slice(5, 2), date.Month);
            length = 7;
        }
        if (precision >= DatePrecision.Day)
        {
            destination[7] = '-';
            Digits(destination.Slice(8, 2), date.Day);
            length = 10;
        }
        for (var i = length - 1; unspecified > 0; i--)
        {
            if (destination[i] != '-')
            {
                destination[i] = 'X';
                unspecified--;
            }
        }
        return length;

        static void Digits(Span<char> destination, int value)
        {
            for (var i = destination.Length - 1; i >= 0; i--)
            {
                destination[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) =>
        _local == other._local && _offset == other._offset && _precision == other._precision && _qualifier == other._qualifier
        && _unspecified == other._unspecified && Equals(_ends, other._ends);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_local, _offset, _precision, _qualifier, _unspecified, _ends);

    /// <summary>Compares by start, then form and end (see the type's remarks).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Negative, zero or positive as this value sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        if (_ends is null && other._ends is null)
        {
            return CompareSingle(this, other);
        }
        var (startRank, start) = StartKey();
        var (otherStartRank, otherStart) = other.StartKey();
        var byStart = startRank != otherStartRank ? startRank.CompareTo(otherStartRank) : CompareSingle(start, otherStart);
        if (byStart != 0)
        {
            return byStart;
        }
        var (endRank, end) = EndKey();
        var (otherEndRank, otherEnd) = other.EndKey();
        return endRank != otherEndRank ? endRank.CompareTo(otherEndRank) : CompareSingle(end, otherEnd);
    }

    /// <summary>An open start, then an unknown one, then a date (a single date is its own start).</summary>
    private (int Rank, PartialDate Date) StartKey() => _ends is not { } ends ? (2, this) : ends.FromKind switch
    {
        IntervalEnd.Open => (0, default),
        IntervalEnd.Unknown => (1, default),
        _ => (2, ends.From),
    };

    /// <summary>A single date (no end) first, then a known end, then an open one, then an unknown one.</summary>
    private (int Rank, PartialDate Date) EndKey() => _ends is not { } ends ? (0, default) : ends.ToKind switch
    {
        IntervalEnd.Known => (1, ends.To),
        IntervalEnd.Open => (2, default),
        _ => (3, default),
    };

    /// <summary>The order of two single dates: start read as UTC, precision, qualifier, unspecified digits, offset.</summary>
    private static int CompareSingle(PartialDate a, PartialDate b)
    {
        var byStart = a.NotionalUtcStart().CompareTo(b.NotionalUtcStart());
        if (byStart != 0)
        {
            return byStart;
        }
        var byPrecision = a._precision.CompareTo(b._precision);
        if (byPrecision != 0)
        {
            return byPrecision;
        }
        var byQualifier = a._qualifier.CompareTo(b._qualifier);
        if (byQualifier != 0)
        {
            return byQualifier;
        }
        var byUnspecified = a._unspecified.CompareTo(b._unspecified);
        return byUnspecified != 0 ? byUnspecified : a._offset.CompareTo(b._offset);
    }

    private LocalDateTime NotionalUtcStart() =>
        (DatePrecision)_precision == DatePrecision.Instant ? _local.WithOffset(_offset).ToInstant().InUtc().LocalDateTime : _local;

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
