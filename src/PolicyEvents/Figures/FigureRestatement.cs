using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PolicyEvents.Figures;

/// <summary>
/// A restatement: a later version of a figure set (the same company, jurisdiction, period and category) whose published
/// value differs from the version before it. Companies restate old figures in later exports; <see cref="FigureVersions.Restatements"/>
/// lists them.
/// </summary>
/// <remarks>
/// <para><see cref="Changes"/> names what changed, in the order of <see cref="RequestFigures"/>'s constructor: the
/// property names of the figures (<c>Requests</c>, <c>PercentWithDataProduced</c>...), then <c>JurisdictionName</c>,
/// <c>Period</c> (a derived start became stated, or the reverse) and <c>Category</c> (its mapping) when those changed.</para>
/// <para>Equality compares both versions. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureRestatement : IEquatable<FigureRestatement>
{
    /// <summary>Creates a restatement.</summary>
    /// <param name="previous">The version before, undated or dated before <paramref name="current"/>.</param>
    /// <param name="current">The restated version: the same key, a different value, a later day of publication.</param>
    /// <exception cref="ArgumentNullException">A version is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="current"/> has another key, the same value, or is not dated after
    /// <paramref name="previous"/>.</exception>
    public FigureRestatement(ReportedFigures previous, ReportedFigures current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (!previous.HasSameKey(current))
        {
            throw new ArgumentException($"A restatement keeps the key of the set it restates: '{new FigureKey(current)}' is not '{new FigureKey(previous)}'.", nameof(current));
        }
        if (current.Published is not { } published || (previous.Published is { } before && before >= published))
        {
            throw new ArgumentException("A restatement is dated after the version it restates.", nameof(current));
        }
        if (previous.HasSameValue(current))
        {
            throw new ArgumentException("A restatement changes the published value; this version repeats the one before.", nameof(current));
        }
        Previous = previous;
        Current = current;
        Published = published;
        Changes = ChangesBetween(previous, current);
    }

    /// <summary>The version before the restatement.</summary>
    public ReportedFigures Previous { get; }

    /// <summary>The restated version.</summary>
    public ReportedFigures Current { get; }

    /// <summary>The day the restated version was published or retrieved.</summary>
    public LocalDate Published { get; }

    /// <summary>What changed: property names of <see cref="RequestFigures"/>, then <c>JurisdictionName</c>, <c>Period</c>,
    /// <c>Category</c>; never empty.</summary>
    public ImmutableArray<string> Changes { get; }

    private static ImmutableArray<string> ChangesBetween(ReportedFigures previous, ReportedFigures current)
    {
        var changes = ImmutableArray.CreateBuilder<string>();
        foreach (var ((field, before), (_, after)) in previous.Figures.Fields.Zip(current.Figures.Fields))
        {
            if (!before.Equals(after))
            {
                changes.Add(field.ToString());
            }
        }
        if (!string.Equals(previous.JurisdictionName, current.JurisdictionName, StringComparison.Ordinal))
        {
            changes.Add(nameof(ReportedFigures.JurisdictionName));
        }
        if (!previous.Period.Equals(current.Period))
        {
            changes.Add(nameof(ReportedFigures.Period));
        }
        if (!previous.Category.Equals(current.Category))
        {
            changes.Add(nameof(ReportedFigures.Category));
        }
        return changes.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(FigureRestatement? other) =>
        other is not null && (ReferenceEquals(this, other) || (Previous.Equals(other.Previous) && Current.Equals(other.Current)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureRestatement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Previous, Current);

    /// <summary>Returns e.g. <c>google US 2019-07-01/2019-12-31 "Wiretap Orders" restated on 2021-03-01: Requests 59 → 60 (was
    /// file.csv:12, now file.csv:14 (published 2021-03-01))</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var figures = Previous.Figures.Fields.Zip(Current.Figures.Fields)
            .Where(p => !p.First.Value.Equals(p.Second.Value))
            .Select(p => $"{p.First.Field} {Show(p.First.Value)} → {Show(p.Second.Value)}");
        var others = Changes.Where(c => c is nameof(ReportedFigures.JurisdictionName) or nameof(ReportedFigures.Period) or nameof(ReportedFigures.Category));
        return string.Create(CultureInfo.InvariantCulture,
            $"{new FigureKey(Current)} restated on {LocalDatePattern.Iso.Format(Published)}: {string.Join(", ", figures.Concat(others))} "
            + $"(was {Previous.Provenance?.ToString() ?? "(no provenance)"}, now {Current.Provenance?.ToString() ?? "(no provenance)"})");
    }

    private static string Show(PublishedNumber value) => value.IsUnknown ? "?" : value.Text;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FigureRestatement? left, FigureRestatement? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FigureRestatement? left, FigureRestatement? right) => !Equals(left, right);
}
