using System.Collections.Immutable;
using PolicyEvents.Figures;
using PolicyEvents.Internal;

namespace PolicyEvents.Import;

/// <summary>What an importer read from one file: the figure sets, in file order, and the issues found.</summary>
/// <remarks>
/// <para>An importer never throws on bad content: a row it cannot read becomes an error issue and is skipped, a
/// file it cannot read gives no figures and one error issue. The issues include those of <see cref="FigureValidator"/>.</para>
/// <para>Equality compares the figures and the issues in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureImportResult : IEquatable<FigureImportResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="figures">The figure sets; null for none.</param>
    /// <param name="issues">The issues; null for none.</param>
    /// <exception cref="ArgumentException">A sequence holds null.</exception>
    public FigureImportResult(IEnumerable<ReportedFigures>? figures, IEnumerable<FigureIssue>? issues)
    {
        Figures = Guard.Items(figures, nameof(figures));
        Issues = Guard.Items(issues, nameof(issues));
    }

    /// <summary>The figure sets, in the order of the file.</summary>
    public ImmutableArray<ReportedFigures> Figures { get; }

    /// <summary>The issues, in the order found.</summary>
    public ImmutableArray<FigureIssue> Issues { get; }

    /// <summary>True when an issue is an <see cref="FigureIssueSeverity.Error"/> (something was skipped).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == FigureIssueSeverity.Error);

    /// <inheritdoc />
    public bool Equals(FigureImportResult? other) =>
        other is not null && (ReferenceEquals(this, other) || (Equality.Sequence(Figures, other.Figures) && Equality.Sequence(Issues, other.Issues)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureImportResult);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        Equality.AddSequence(ref hash, Figures);
        Equality.AddSequence(ref hash, Issues);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>3033 figure sets, 2 issues (0 errors)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Figures.Length} figure sets, {Issues.Length} issues ({Issues.Count(i => i.Severity == FigureIssueSeverity.Error)} errors)";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FigureImportResult? left, FigureImportResult? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FigureImportResult? left, FigureImportResult? right) => !Equals(left, right);
}
