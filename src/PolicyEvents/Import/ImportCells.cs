using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>Reading of single cells shared by the importers: counts, percentages and jurisdictions, with issues.</summary>
internal static class ImportCells
{
    /// <summary>Reads a count or range; a percentage or other text is an error issue.</summary>
    internal static bool TryCount(string cell, string column, FigureProvenance where, ICollection<FigureIssue> issues, out PublishedNumber value)
    {
        if (PublishedNumber.TryRead(cell, percentColumn: false, out value, out var problem) && value.Kind != PublishedNumberKind.Percentage)
        {
            return true;
        }
        if (value.Kind == PublishedNumberKind.Percentage)
        {
            problem = $"expected a count such as '262' or a range such as '0-249', found the percentage '{value.Text}'";
            value = default;
        }
        issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-number", Capitalize(problem) + "; the figures of this row were skipped.", where, column));
        return false;
    }

    /// <summary>Reads a percentage (a bare number is one); other text is an error issue.</summary>
    internal static bool TryPercent(string cell, string column, FigureProvenance where, ICollection<FigureIssue> issues, out PublishedNumber value)
    {
        if (PublishedNumber.TryRead(cell, percentColumn: true, out value, out var problem))
        {
            return true;
        }
        issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-number", Capitalize(problem) + "; the figures of this row were skipped.", where, column));
        return false;
    }

    /// <summary>Maps a published name (and code, when the file has one) to a code; null with a warning when nothing matches.</summary>
    internal static JurisdictionCode? Jurisdiction(
        string name, string nameColumn, string? codeText, string? codeColumn, JurisdictionRegistry registry, FigureProvenance where, ICollection<FigureIssue> issues)
    {
        if (!string.IsNullOrWhiteSpace(codeText))
        {
            var trimmed = codeText.Trim();
            if (JurisdictionCode.TryParse(trimmed, out var code) && registry.Contains(code))
            {
                return code;
            }
            if (JurisdictionNames.TryResolve(name, registry, out var byName))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-jurisdiction-code", $"'{trimmed}' is not a code in the jurisdiction registry; the name '{name}' gave {byName} instead.", where, codeColumn));
                return byName;
            }
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-jurisdiction-code", $"'{trimmed}' is not a code in the jurisdiction registry, and the name '{name}' maps to none; the figures are kept without a jurisdiction code.", where, codeColumn));
            return null;
        }
        if (JurisdictionNames.TryResolve(name, registry, out var resolved))
        {
            return resolved;
        }
        var why = codeColumn is null ? string.Empty : $" and the row has no {codeColumn}";
        issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unmapped-jurisdiction", $"The name '{name}' maps to no jurisdiction{why}; the figures are kept without a jurisdiction code.", where, nameColumn));
        return null;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
