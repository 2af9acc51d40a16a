using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Figures;

/// <summary>
/// One figure set of a transparency report: what a company published for one jurisdiction, one reporting period
/// and one category of requests, with where it was read.
/// </summary>
/// <remarks>
/// <para><see cref="JurisdictionName"/> is the name as published ("Hong Kong", "Côte d’Ivoire", "United Nations");
/// <see cref="Jurisdiction"/> is its code, or null when the name maps to no jurisdiction (Google's "United Nations"
/// row has no territory code): such figures are kept, and the importer reports them.</para>
/// <para>The key of a figure set is (<see cref="Company"/>, <see cref="Jurisdiction"/> or, without a code,
/// <see cref="JurisdictionName"/>, <see cref="Period"/>, <see cref="RequestCategory.Label"/>);
/// <see cref="FigureValidator"/> reports two sets with the same key but overlapping periods.</para>
/// <para>A figure set's identity is its key and its value is what was published for it (the published name, the period,
/// the category and the <see cref="Figures"/>); <see cref="Provenance"/> says where and when that value was published.
/// Companies restate old figures in later exports: each restatement is a new version of the same key, dated by
/// <see cref="Published"/> (<see cref="FigureVersions"/> picks the latest version, or the version as published at a day,
/// and lists the restatements).</para>
/// <para>Equality compares every property, provenance included. Instances are immutable and thread-safe; every
/// constructor and <c>With…</c> method validates its arguments.</para>
/// </remarks>
public sealed class ReportedFigures : IEquatable<ReportedFigures>
{
    /// <summary>Creates a figure set.</summary>
    /// <param name="company">The reporting company.</param>
    /// <param name="jurisdiction">The jurisdiction whose authorities sent the requests, or null when the published name maps to none.</param>
    /// <param name="jurisdictionName">The jurisdiction's name as published, trimmed and non-empty.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="category">The category of requests.</param>
    /// <param name="figures">The figures.</param>
    /// <param name="provenance">Where the figures were read; null for figures made in code.</param>
    /// <exception cref="ArgumentException">An identifier is default, or the name is empty or not trimmed.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ReportedFigures(
        CompanyId company,
        JurisdictionCode? jurisdiction,
        string jurisdictionName,
        ReportingPeriod period,
        RequestCategory category,
        RequestFigures figures,
        FigureProvenance? provenance = null)
    {
        Company = Guard.NotDefault(company, nameof(company));
        Jurisdiction = Guard.NotDefault(jurisdiction, nameof(jurisdiction));
        JurisdictionName = Guard.Trimmed(jurisdictionName, nameof(jurisdictionName));
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(figures);
        Period = period;
        Category = category;
        Figures = figures;
        Provenance = provenance;
    }

    /// <summary>The reporting company.</summary>
    public CompanyId Company { get; }

    /// <summary>The jurisdiction's code, or null when the published name maps to none.</summary>
    public JurisdictionCode? Jurisdiction { get; }

    /// <summary>The jurisdiction's name as published.</summary>
    public string JurisdictionName { get; }

    /// <summary>The reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The category of requests.</summary>
    public RequestCategory Category { get; }

    /// <summary>The figures.</summary>
    public RequestFigures Figures { get; }

    /// <summary>Where the figures were read, or null for figures made in code.</summary>
    public FigureProvenance? Provenance { get; }

    /// <summary>The day this version was published or retrieved (<see cref="FigureProvenance.Published"/>), or null when
    /// undated.</summary>
    public LocalDate? Published => Provenance?.Published;

    /// <summary>Returns a copy for another company.</summary>
    /// <param name="company">The new company.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithCompany(CompanyId company) => new(company, Jurisdiction, JurisdictionName, Period, Category, Figures, Provenance);

    /// <summary>Returns a copy for another jurisdiction.</summary>
    /// <param name="jurisdiction">The new code, or null.</param>
    /// <param name="jurisdictionName">The new published name.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithJurisdiction(JurisdictionCode? jurisdiction, string jurisdictionName) => new(Company, jurisdiction, jurisdictionName, Period, Category, Figures, Provenance);

    /// <summary>Returns a copy for another period.</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithPeriod(ReportingPeriod period) => new(Company, Jurisdiction, JurisdictionName, period, Category, Figures, Provenance);

    /// <summary>Returns a copy for another category.</summary>
    /// <param name="category">The new category.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithCategory(RequestCategory category) => new(Company, Jurisdiction, JurisdictionName, Period, category, Figures, Provenance);

    /// <summary>Returns a copy with other figures.</summary>
    /// <param name="figures">The new figures.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithFigures(RequestFigures figures) => new(Company, Jurisdiction, JurisdictionName, Period, Category, figures, Provenance);

    /// <summary>Returns a copy with another provenance.</summary>
    /// <param name="provenance">The new provenance, or null.</param>
    /// <returns>The copy.</returns>
    public ReportedFigures WithProvenance(FigureProvenance? provenance) => new(Company, Jurisdiction, JurisdictionName, Period, Category, Figures, provenance);

    /// <summary>True when <paramref name="other"/> is a set of the same key (company, jurisdiction, period, category label).</summary>
    internal bool HasSameKey(ReportedFigures other) => new FigureKey(this).Equals(new FigureKey(other));

    /// <summary>True when <paramref name="other"/> has the same value: everything but the provenance.</summary>
    internal bool HasSameValue(ReportedFigures other) =>
        Company == other.Company && Jurisdiction == other.Jurisdiction
        && string.Equals(JurisdictionName, other.JurisdictionName, StringComparison.Ordinal)
        && Period.Equals(other.Period) && Category.Equals(other.Category) && Figures.Equals(other.Figures);

    /// <inheritdoc />
    public bool Equals(ReportedFigures? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (HasSameValue(other) && Equals(Provenance, other.Provenance)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportedFigures);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Company, Jurisdiction, StringComparer.Ordinal.GetHashCode(JurisdictionName), Period, Category, Figures, Provenance);

    /// <summary>Returns e.g. <c>facebook HK 2020-01-01/2020-06-30 "Total Requests": requests 262, ...</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Company} {(Jurisdiction is { } code ? code.Value : "\"" + JurisdictionName + "\"")} {Period} \"{Category.Label}\": {Figures}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(ReportedFigures? left, ReportedFigures? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportedFigures? left, ReportedFigures? right) => !Equals(left, right);
}
