using NodaTime;
using NodaTime.Text;

namespace PolicyEvents.Figures;

/// <summary>
/// The period a set of published figures covers: a <em>closed</em> range of local dates, both ends included
/// (<c>2020-01-01</c> to <c>2020-06-30</c> is the first half of 2020), as the report states it.
/// </summary>
/// <remarks>
/// <para>When a report gives only the end of a period (Google's exports give "Period Ending"), the start is
/// derived by <see cref="EndingOn(LocalDate, Period)"/>: the day after the end, moved back by the period's length
/// (six months for Google: the half-year ending 2020-06-30 starts 2020-01-01, the one ending 2020-12-31 starts
/// 2020-07-01). Such a period has <see cref="IsStartDerived"/> set, so the derivation is never mistaken for a
/// published date.</para>
/// <para>Dates are in the ISO calendar. Equality compares <see cref="Start"/>, <see cref="End"/> and
/// <see cref="IsStartDerived"/>; ordering is by start, then end (then derived after published). Instances are
/// immutable and thread-safe; there is no default value (this is a class, like NodaTime's <see cref="DateInterval"/>).</para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>Creates a period whose both ends the report states.</summary>
    /// <param name="start">The first day covered.</param>
    /// <param name="end">The last day covered, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ReportingPeriod(LocalDate start, LocalDate end)
        : this(start, end, isStartDerived: false)
    {
    }

    /// <summary>Creates a period, saying whether its start was derived rather than published.</summary>
    /// <param name="start">The first day covered.</param>
    /// <param name="end">The last day covered, not before <paramref name="start"/>.</param>
    /// <param name="isStartDerived">True when the report gives only the end and <paramref name="start"/> was derived from it.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ReportingPeriod(LocalDate start, LocalDate end, bool isStartDerived)
    {
        if (start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The start must be in the ISO calendar.", nameof(start));
        }
        if (end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The end must be in the ISO calendar.", nameof(end));
        }
        if (end < start)
        {
            throw new ArgumentException($"The end ({Format(end)}) must not be before the start ({Format(start)}).", nameof(end));
        }
        Start = start;
        End = end;
        IsStartDerived = isStartDerived;
    }

    /// <summary>The first day covered (included).</summary>
    public LocalDate Start { get; }

    /// <summary>The last day covered (included).</summary>
    public LocalDate End { get; }

    /// <summary>True when the report gives only the end and <see cref="Start"/> was derived by <see cref="EndingOn(LocalDate, Period)"/>.</summary>
    public bool IsStartDerived { get; }

    /// <summary>The number of days covered, both ends included.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>A period of which the report gives only the end: the start is the day after <paramref name="end"/>
    /// moved back by <paramref name="length"/>, and <see cref="IsStartDerived"/> is true.</summary>
    /// <param name="end">The last day covered, as published.</param>
    /// <param name="length">The period's length (six months for a half-year); positive, in date units only.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> is not a positive date-only period, or the dates are not in the ISO calendar.</exception>
    public static ReportingPeriod EndingOn(LocalDate end, Period length)
    {
        ArgumentNullException.ThrowIfNull(length);
        if (length.HasTimeComponent || length.Years < 0 || length.Months < 0 || length.Weeks < 0 || length.Days < 0 || length.Normalize() == Period.Zero)
        {
            throw new ArgumentException($"The length must be a positive period of years, months, weeks or days, not '{length}'.", nameof(length));
        }
        return new ReportingPeriod(end.PlusDays(1).Minus(length), end, isStartDerived: true);
    }

    /// <summary>The six months ending on <paramref name="end"/>, start derived (Google's rule: 2020-06-30 gives 2020-01-01 to 2020-06-30).</summary>
    /// <param name="end">The last day covered, as published.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod HalfYearEndingOn(LocalDate end) => EndingOn(end, Period.FromMonths(6));

    /// <summary>A calendar half-year as a report names it ("2020 H1"): both ends are stated, nothing is derived.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 for January to June, 2 for July to December.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2, or the year is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return half == 1
            ? new ReportingPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 6, 30))
            : new ReportingPeriod(new LocalDate(year, 7, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A calendar year: 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Year(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new ReportingPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>True when <paramref name="date"/> is within the period, ends included.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when covered.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>True when the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>True when both periods cover the same days, whether or not a start was derived.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when the dates are the same.</returns>
    public bool HasSameDates(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start == other.Start && End == other.End;
    }

    /// <summary>The same days as NodaTime's closed <see cref="DateInterval"/>.</summary>
    /// <returns>The interval.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Returns a copy with another end; a derived start stays as it is (derive again with <see cref="EndingOn(LocalDate, Period)"/>).</summary>
    /// <param name="end">The new end.</param>
    /// <returns>The copy.</returns>
    public ReportingPeriod WithEnd(LocalDate end) => new(Start, end, IsStartDerived);

    /// <summary>Returns a copy with a published start (<see cref="IsStartDerived"/> false).</summary>
    /// <param name="start">The new start.</param>
    /// <returns>The copy.</returns>
    public ReportingPeriod WithStart(LocalDate start) => new(start, End, isStartDerived: false);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) =>
        other is not null && (ReferenceEquals(this, other) || (Start == other.Start && End == other.End && IsStartDerived == other.IsStartDerived));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, IsStartDerived);

    /// <summary>Compares by start, then end, then published before derived; null sorts first.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : IsStartDerived.CompareTo(other.IsStartDerived);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type ReportingPeriod.", nameof(obj)),
    };

    /// <summary>Returns <c>2020-01-01/2020-06-30</c>, with <c> (start derived)</c> appended when the start was derived.</summary>
    /// <returns>A readable, invariant form.</returns>
    public override string ToString() => $"{Format(Start)}/{Format(End)}{(IsStartDerived ? " (start derived)" : string.Empty)}";

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !Equals(left, right);

    /// <summary>Less-than by <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Less-than-or-equal by <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => left is null || left.CompareTo(right) <= 0;

    /// <summary>Greater-than by <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Greater-than-or-equal by <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => left is null ? right is null : left.CompareTo(right) >= 0;
}
