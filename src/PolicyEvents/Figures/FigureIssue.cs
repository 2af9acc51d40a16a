using PolicyEvents.Internal;

namespace PolicyEvents.Figures;

/// <summary>
/// Something an importer or <see cref="FigureValidator"/> found in published figures: a severity, a stable code
/// (<c>unmapped-jurisdiction</c>, <c>negative-count</c>...), a message, and where (file, one-based line, column).
/// </summary>
/// <remarks>
/// <para><see cref="Column"/> is the CSV header of the cell for an importer's issue, and the
/// <see cref="RequestFigures"/> property name (<c>Requests</c>...) for a validation issue on figures made in code.
/// The codes are listed in docs/figures.md.</para>
/// <para>Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureIssue : IEquatable<FigureIssue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">A stable lowercase code such as <c>negative-count</c>.</param>
    /// <param name="message">What was found and what was expected, trimmed and non-empty.</param>
    /// <param name="provenance">The file and line, when known.</param>
    /// <param name="column">The column (or figure) concerned, when there is one.</param>
    /// <exception cref="ArgumentException">A text is empty or not trimmed, the code is not a slug, or the severity is undefined.</exception>
    public FigureIssue(FigureIssueSeverity severity, string code, string message, FigureProvenance? provenance = null, string? column = null)
    {
        Severity = Guard.Defined(severity, nameof(severity));
        Code = Slug.Validate(code, nameof(code), "issue code");
        Message = Guard.Trimmed(message, nameof(message));
        Provenance = provenance;
        Column = Guard.OptionalTrimmed(column, nameof(column));
    }

    /// <summary>How serious the issue is.</summary>
    public FigureIssueSeverity Severity { get; }

    /// <summary>A stable lowercase code.</summary>
    public string Code { get; }

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; }

    /// <summary>The file and one-based line, when known.</summary>
    public FigureProvenance? Provenance { get; }

    /// <summary>The file's name, or null.</summary>
    public string? FileName => Provenance?.FileName;

    /// <summary>The one-based line, or null.</summary>
    public int? Line => Provenance?.Line;

    /// <summary>The column (or figure) concerned, or null.</summary>
    public string? Column { get; }

    /// <inheritdoc />
    public bool Equals(FigureIssue? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Severity == other.Severity && string.Equals(Code, other.Code, StringComparison.Ordinal)
             && string.Equals(Message, other.Message, StringComparison.Ordinal) && Equals(Provenance, other.Provenance)
             && string.Equals(Column, other.Column, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureIssue);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Severity, StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message), Provenance, Column is null ? 0 : StringComparer.Ordinal.GetHashCode(Column));

    /// <summary>Returns e.g. <c>meta-2020_H1.csv:98 [Country]: warning unmapped-jurisdiction: ...</c>.</summary>
    /// <returns>A readable, compiler-style line.</returns>
    public override string ToString()
    {
        var where = Provenance is null ? string.Empty : Provenance.ToString();
        if (Column is not null)
        {
            where = where.Length == 0 ? $"[{Column}]" : $"{where} [{Column}]";
        }
        var severity = Severity == FigureIssueSeverity.Error ? "error" : "warning";
        return where.Length == 0 ? $"{severity} {Code}: {Message}" : $"{where}: {severity} {Code}: {Message}";
    }

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FigureIssue? left, FigureIssue? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FigureIssue? left, FigureIssue? right) => !Equals(left, right);
}
