using System.Collections.Immutable;
using System.Globalization;

namespace PolicyEvents.Figures;

/// <summary>
/// Checks published figures for what cannot be right: negative counts, percentages outside 0 to 100, more
/// requests with data produced than requests received, and two figure sets with the same key whose periods overlap.
/// </summary>
/// <remarks>
/// <para>Issue codes: <c>negative-count</c>, <c>percentage-out-of-range</c>, <c>produced-exceeds-received</c>
/// (all on one figure set), <c>duplicate-period</c> (same key, same dates, same version: two versions published on
/// different days are a restatement or a repeat, not a duplicate, see <see cref="FigureVersions"/>) and
/// <c>overlapping-periods</c> (same key, different dates sharing a day). All are warnings: the figures are what the report says. A range takes part in
/// a comparison only where it is certain: produced exceeds received when the smallest produced count exceeds the
/// largest received count.</para>
/// <para>The key is the company, the jurisdiction code (or, without one, the published name) and the category
/// label. Issues come in the order of the figure sets, then the overlap issues in key order. The methods do not
/// stream: they read the whole sequence and return a list. This class is stateless and thread-safe.</para>
/// </remarks>
public static class FigureValidator
{
    /// <summary>Checks figure sets and returns every issue found (empty when there is none).</summary>
    /// <param name="figures">The figure sets.</param>
    /// <returns>The issues; the column of an issue on one figure set is the <see cref="RequestFigures"/> property name (<c>Requests</c>...).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence holds null.</exception>
    public static ImmutableArray<FigureIssue> Validate(IEnumerable<ReportedFigures> figures) => Validate(figures, static (_, field) => field.ToString());

    /// <summary>Checks figure sets, naming columns with <paramref name="columnName"/> (an importer gives its CSV headers).</summary>
    internal static ImmutableArray<FigureIssue> Validate(IEnumerable<ReportedFigures> figures, Func<ReportedFigures, FigureField, string?> columnName)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var list = figures.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("The sequence must not contain null.", nameof(figures));
        }
        var issues = ImmutableArray.CreateBuilder<FigureIssue>();
        foreach (var set in list)
        {
            CheckOne(set, columnName, issues);
        }
        CheckOverlaps(list, issues);
        return issues.ToImmutable();
    }

    /// <summary>The checks on one figure set (also run by <c>PolicyDataset.Validate</c>).</summary>
    internal static void CheckOne(ReportedFigures set, Func<ReportedFigures, FigureField, string?> columnName, ImmutableArray<FigureIssue>.Builder issues)
    {
        var f = set.Figures;
        foreach (var (field, value) in f.Fields)
        {
            if (value.Kind != PublishedNumberKind.Percentage)
            {
                CheckCount(set, value, field, columnName, issues);
            }
            else if (value.Percent is { } percent && (percent < 0 || percent > 100))
            {
                var what = field == FigureField.PercentWithDataProduced ? "the percentage of requests with data produced" : field.ToString();
                issues.Add(new FigureIssue(
                    FigureIssueSeverity.Warning,
                    "percentage-out-of-range",
                    $"{Describe(set)}: {what} is '{value.Text}', outside 0 to 100.",
                    set.Provenance,
                    columnName(set, field)));
            }
        }
        if (f.RequestsWithDataProduced.Minimum is { } produced && f.Requests.Maximum is { } received && produced > received)
        {
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Warning,
                "produced-exceeds-received",
                $"{Describe(set)}: {f.RequestsWithDataProduced.Text} requests with data produced, more than the {f.Requests.Text} requests received.",
                set.Provenance,
                columnName(set, FigureField.RequestsWithDataProduced)));
        }
    }

    private static void CheckCount(ReportedFigures set, PublishedNumber value, FigureField field, Func<ReportedFigures, FigureField, string?> columnName, ImmutableArray<FigureIssue>.Builder issues)
    {
        if (value.Minimum is < 0)
        {
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Warning,
                "negative-count",
                $"{Describe(set)}: {field} is '{value.Text}'; a count cannot be negative.",
                set.Provenance,
                columnName(set, field)));
        }
    }

    private static void CheckOverlaps(List<ReportedFigures> list, ImmutableArray<FigureIssue>.Builder issues)
    {
        foreach (var (earlierIndex, laterIndex) in OverlappingPairs(list))
        {
            var earlier = list[earlierIndex];
            var later = list[laterIndex];
            var same = earlier.Period.HasSameDates(later.Period);
            if (same && earlier.Published != later.Published)
            {
                // Two versions of one set (published on different days): not a duplicate; a restatement when the
                // figures differ (FigureVersions.Restatements, PE0118 in a dataset).
                continue;
            }
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Warning,
                same ? "duplicate-period" : "overlapping-periods",
                same
                    ? $"{Describe(later)}: the same period also has figures at {Where(earlier)}."
                    : $"{Describe(later)}: the period overlaps {earlier.Period} at {Where(earlier)}.",
                later.Provenance));
        }
    }

    /// <summary>Every pair of sets with the same key (company, jurisdiction code or else published name, category label)
    /// whose periods share a day, as indexes into <paramref name="list"/>: in key order, then by the later set's period;
    /// <c>Earlier</c> is the set whose period starts first (ends first on a tie).</summary>
    internal static IEnumerable<(int Earlier, int Later)> OverlappingPairs(IReadOnlyList<ReportedFigures> list)
    {
        var groups = Enumerable.Range(0, list.Count)
            .GroupBy(i => (list[i].Company, Jurisdiction: list[i].Jurisdiction?.Value ?? "\"" + list[i].JurisdictionName + "\"", list[i].Category.Label))
            .OrderBy(g => g.Key.Company)
            .ThenBy(g => g.Key.Jurisdiction, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Label, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // Pairwise within one key: a key holds a few dozen periods at most.
            var sorted = group.OrderBy(i => list[i].Period.Start).ThenBy(i => list[i].Period.End).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                for (var j = i - 1; j >= 0; j--)
                {
                    if (list[sorted[j]].Period.Overlaps(list[sorted[i]].Period))
                    {
                        yield return (sorted[j], sorted[i]);
                    }
                }
            }
        }
    }

    private static string Describe(ReportedFigures set) =>
        string.Create(CultureInfo.InvariantCulture, $"{set.Company} {set.Jurisdiction?.Value ?? "\"" + set.JurisdictionName + "\""} {set.Period} \"{set.Category.Label}\"");

    private static string Where(ReportedFigures set) => set.Provenance?.ToString() ?? "(no provenance)";
}
