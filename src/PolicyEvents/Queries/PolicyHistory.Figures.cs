using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>
    /// A company's published figures for a jurisdiction, per reporting period, beside the policies in force during each
    /// period (product question 7: did the pause show in the numbers?). Figure sets of the company and jurisdiction whose
    /// period shares a day with <c>[from, to]</c> are grouped by period (the same days; a derived start and a stated one
    /// with the same days are one period); each row lists every policy period of <see cref="Timeline(CompanyId, JurisdictionCode, CompanyScope, DateReading)"/> that overlaps the
    /// reporting period, with the overlap.
    /// <para>Figure sets are versions (<see cref="FigureVersions"/>): each row shows the latest version of each category, or,
    /// with <paramref name="publishedAt"/>, the figures as published at that day; <see cref="Queries.FiguresBesidePolicy.Restatements"/>
    /// says when the period's figures were restated (up to that day).</para>
    /// </summary>
    /// <param name="figures">Published figure sets (an importer's result, <see cref="PolicyDataset.Figures"/>...); others are ignored.</param>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction, which must be in <see cref="Registry"/>: its time zone reads the reporting periods' dates.</param>
    /// <param name="from">The first day of interest (inclusive).</param>
    /// <param name="to">The last day of interest (inclusive), not before <paramref name="from"/>.</param>
    /// <param name="reading">How imprecise effective dates of the policies are read.</param>
    /// <param name="publishedAt">The figures as published at this day (versions published later are left out), or null for
    /// the latest version of each set.</param>
    /// <returns>The rows, ordered by period start, then end; not streamed (computed at once).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value, the jurisdiction is not in the
    /// registry, or <paramref name="figures"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<FiguresBesidePolicy> FiguresBesidePolicy(IEnumerable<ReportedFigures> figures, CompanyId company, JurisdictionCode jurisdiction,
        LocalDate from, LocalDate to, DateReading reading = DateReading.Earliest, LocalDate? publishedAt = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The last day must not be before the first ({LocalDatePattern.Iso.Format(from)}).");
        }
        EventTime.Check(reading, nameof(reading));
        if (!Registry.TryGet(jurisdiction, out var place))
        {
            throw new ArgumentException($"The jurisdiction '{jurisdiction}' is not in the history's registry, so its time zone is unknown.", nameof(jurisdiction));
        }
        var wanted = new ReportingPeriod(from, to);
        var selected = new List<ReportedFigures>();
        foreach (var set in figures)
        {
            if (set is null)
            {
                throw new ArgumentException("The sequence must not contain null.", nameof(figures));
            }
            if (set.Company == company && set.Jurisdiction == jurisdiction && set.Period.Overlaps(wanted))
            {
                selected.Add(set);
            }
        }
        if (publishedAt is { } day)
        {
            selected.RemoveAll(s => s.Published is { } published && published > day);
        }
        var restatements = FigureVersions.Restatements(selected).ToLookup(r => (r.Current.Period.Start, r.Current.Period.End));
        selected = [.. FigureVersions.Latest(selected)];
        var zone = place.TimeZone;
        var timeline = Timeline(company, jurisdiction, CompanyScope.CompanyOnly, reading);
        var rows = new List<FiguresBesidePolicy>();
        foreach (var group in selected.GroupBy(s => (s.Period.Start, s.Period.End)).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End))
        {
            var sets = group.OrderBy(s => s.Category.Label, StringComparer.Ordinal).ThenBy(s => s.JurisdictionName, StringComparer.Ordinal).ToImmutableArray();
            var period = sets[0].Period;
            var interval = new Interval(PartialDate.StartOfDay(zone, period.Start), PartialDate.StartOfDay(zone, period.End.PlusDays(1)));
            var overlaps = ImmutableArray.CreateBuilder<PolicyOverlap>();
            foreach (var policy in timeline)
            {
                var end = policy.End ?? Instant.MaxValue;
                if (policy.Start < interval.End && end > interval.Start)
                {
                    var start = policy.Start > interval.Start ? policy.Start : interval.Start;
                    var stop = end < interval.End ? end : interval.End;
                    overlaps.Add(new PolicyOverlap(policy, new Interval(start, stop), start == interval.Start && stop == interval.End));
                }
            }
            rows.Add(new FiguresBesidePolicy(company, jurisdiction, period, interval, sets, overlaps.ToImmutable(), [.. restatements[group.Key]]));
        }
        return [.. rows];
    }
}
