using System.Collections.Immutable;
using NodaTime;

namespace PolicyEvents.Figures;

/// <summary>
/// The versions of published figure sets: companies restate old figures in later exports, so one key (company,
/// jurisdiction, period, category label) can have several versions, each dated by the day its file was published or
/// retrieved (<see cref="ReportedFigures.Published"/>). These methods pick the latest version of each key, the version as
/// published at a day, and list the restatements; <see cref="Datasets.PolicyDataset.Figures"/> holds every version.
/// </summary>
/// <remarks>
/// <para>Versions of one key are ordered by their day of publication, an undated version first: an undated version is
/// taken as known at every day (it was published before the dated ones were recorded). Every method accepts the sets in
/// any order and returns them in the canonical order (key, then day).</para>
/// </remarks>
public static class FigureVersions
{
    /// <summary>The latest version of each key.</summary>
    /// <param name="figures">Figure sets, any versions, in any order.</param>
    /// <returns>One set per key, the most recently published, in key order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds null.</exception>
    public static ImmutableArray<ReportedFigures> Latest(IEnumerable<ReportedFigures> figures) => Select(figures, null, nameof(figures));

    /// <summary>The figures as published at a day: for each key, the latest version published on or before
    /// <paramref name="day"/> (an undated version counts as published at every day); keys with no such version are left out.
    /// The same bitemporal idea as <c>PolicyHistory.AsKnownAt</c> for events.</summary>
    /// <param name="figures">Figure sets, any versions, in any order.</param>
    /// <param name="day">The day, inclusive.</param>
    /// <returns>At most one set per key, in key order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds null.</exception>
    public static ImmutableArray<ReportedFigures> AsPublishedAt(IEnumerable<ReportedFigures> figures, LocalDate day) => Select(figures, day, nameof(figures));

    /// <summary>Every restatement: each version whose value (published name, period, category, figures) differs from the
    /// version of the same key before it, dated later. Two versions of one key with the same day are not a restatement
    /// (a dataset rejects them, PE0108).</summary>
    /// <param name="figures">Figure sets, any versions, in any order.</param>
    /// <returns>The restatements, by key, then by day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds null.</exception>
    public static ImmutableArray<FigureRestatement> Restatements(IEnumerable<ReportedFigures> figures)
    {
        var sorted = Sorted(figures, nameof(figures));
        var result = ImmutableArray.CreateBuilder<FigureRestatement>();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (previous, current) = (sorted[i - 1], sorted[i]);
            if (previous.HasSameKey(current) && IsLater(previous.Published, current.Published) && !previous.HasSameValue(current))
            {
                result.Add(new FigureRestatement(previous, current));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Drops, from sets in canonical order, each version whose value repeats the version of the same key before it
    /// (the earliest publication of a value is kept).</summary>
    internal static List<ReportedFigures> WithoutRepeats(IReadOnlyList<ReportedFigures> sorted)
    {
        var kept = new List<ReportedFigures>(sorted.Count);
        foreach (var set in sorted)
        {
            if (kept.Count > 0 && kept[^1].HasSameKey(set) && kept[^1].HasSameValue(set))
            {
                continue;
            }
            kept.Add(set);
        }
        return kept;
    }

    private static bool IsLater(LocalDate? before, LocalDate? after) => after is { } a && (before is not { } b || b < a);

    private static ImmutableArray<ReportedFigures> Select(IEnumerable<ReportedFigures> figures, LocalDate? day, string paramName)
    {
        var sorted = Sorted(figures, paramName);
        var result = ImmutableArray.CreateBuilder<ReportedFigures>();
        ReportedFigures? candidate = null;
        foreach (var set in sorted)
        {
            if (candidate is not null && !candidate.HasSameKey(set))
            {
                result.Add(candidate);
                candidate = null;
            }
            if (day is not { } at || set.Published is not { } published || published <= at)
            {
                candidate = set;
            }
        }
        if (candidate is not null)
        {
            result.Add(candidate);
        }
        return result.ToImmutable();
    }

    private static List<ReportedFigures> Sorted(IEnumerable<ReportedFigures> figures, string paramName)
    {
        ArgumentNullException.ThrowIfNull(figures, paramName);
        var list = new List<ReportedFigures>();
        foreach (var set in figures)
        {
            list.Add(set ?? throw new ArgumentException("The sequence must not contain null.", paramName));
        }
        return [.. list.OrderBy(static s => new FigureVersionKey(s))];
    }
}
