using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Internal;

namespace PolicyEvents.Queries;

/// <summary>
/// One reporting period of a company's published figures for a jurisdiction, beside the policies in force during it:
/// a row of <see cref="PolicyHistory.FiguresBesidePolicy"/>.
/// </summary>
/// <remarks>
/// <para>The reporting period's dates are read in the jurisdiction's time zone: the first half of 2020 in Hong Kong is
/// <c>[2020-01-01T00:00+08:00, 2020-07-01T00:00+08:00)</c> (<see cref="Interval"/>). A period can span a change of policy:
/// <see cref="Policies"/> lists every policy period that overlaps it, in order, each with its overlap. An empty list means
/// that the history records no policy in force at any time during the period (before a company's first event).</para>
/// <para>Equality compares every property, collections by content and order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FiguresBesidePolicy : IEquatable<FiguresBesidePolicy>
{
    internal FiguresBesidePolicy(CompanyId company, JurisdictionCode jurisdiction, ReportingPeriod period, Interval interval,
        ImmutableArray<ReportedFigures> figures, ImmutableArray<PolicyOverlap> policies, ImmutableArray<FigureRestatement> restatements)
    {
        Company = company;
        Jurisdiction = jurisdiction;
        Period = period;
        Interval = interval;
        Figures = figures;
        Policies = policies;
        Restatements = restatements;
    }

    /// <summary>The company.</summary>
    public CompanyId Company { get; }

    /// <summary>The jurisdiction.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>The reporting period (closed dates), as the first of <see cref="Figures"/> gives it.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The reporting period as instants: from the start of its first day to the start of the day after its last
    /// day, both in the jurisdiction's time zone (half-open).</summary>
    public Interval Interval { get; }

    /// <summary>The figure sets published for the period, one per category (its latest version, or the version as published
    /// at the day the query asked for), ordered by category label (ordinal).</summary>
    public ImmutableArray<ReportedFigures> Figures { get; }

    /// <summary>The policy periods in force during the reporting period, in order of start, each with its overlap; empty
    /// when no policy is recorded during the period.</summary>
    public ImmutableArray<PolicyOverlap> Policies { get; }

    /// <summary>The restatements of the period's figure sets (up to the day the query asked for), by category label, then by
    /// day: when the company published other figures for the period than it had before. Empty when never restated.</summary>
    public ImmutableArray<FigureRestatement> Restatements { get; }

    /// <summary>True when some of the period's figures were restated (<see cref="Restatements"/> is not empty).</summary>
    public bool IsRestated => !Restatements.IsEmpty;

    /// <summary>True when no policy is recorded at any time during the reporting period.</summary>
    public bool HasNoRecordedPolicy => Policies.IsEmpty;

    /// <summary>True when a policy recorded for the company starts within the period (the period spans a change, or the first policy).</summary>
    public bool SpansChange => Policies.Any(p => p.Period.Start > Interval.Start);

    /// <summary>The figure set of a category, by its published label.</summary>
    /// <param name="label">The category label as published ("Total Requests", "Other Legal Requests").</param>
    /// <returns>The figure set, or null when the period has none for that label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public ReportedFigures? Category(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var figures in Figures)
        {
            if (string.Equals(figures.Category.Label, label, StringComparison.Ordinal))
            {
                return figures;
            }
        }
        return null;
    }

    /// <inheritdoc />
    public bool Equals(FiguresBesidePolicy? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Company == other.Company && Jurisdiction == other.Jurisdiction && Period.Equals(other.Period) && Interval == other.Interval
             && Equality.Sequence(Figures, other.Figures) && Equality.Sequence(Policies, other.Policies)
             && Equality.Sequence(Restatements, other.Restatements)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FiguresBesidePolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Company, Jurisdiction, Period, Figures.Length, Policies.Length);

    /// <summary>Returns e.g. <c>google HK 2020-01-01/2020-06-30 (start derived): 1 figure set; Paused (google-hk-2020-07-06) [...]</c>,
    /// with <c>; restated on 2021-03-01</c> when the period's figures were restated.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Company} {Jurisdiction} {Period}: {Figures.Length} figure set{(Figures.Length == 1 ? string.Empty : "s")}; {(Policies.IsEmpty ? "no recorded policy" : string.Join(", ", Policies))}"
        + (IsRestated ? "; restated on " + string.Join(", ", Restatements.Select(r => LocalDatePattern.Iso.Format(r.Published)).Distinct(StringComparer.Ordinal)) : string.Empty);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FiguresBesidePolicy? left, FiguresBesidePolicy? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FiguresBesidePolicy? left, FiguresBesidePolicy? right) => !Equals(left, right);
}
