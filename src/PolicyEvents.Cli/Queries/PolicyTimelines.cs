using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Cli.Data;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The periods of every (company, jurisdiction) pair of a dataset: events that a later correction supersedes are left
/// out, the rest ordered by when they took effect, each period ending where the next begins.
/// </summary>
internal sealed class PolicyTimelines
{
    private readonly CliDataset _dataset;

    /// <summary>Builds the periods of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    public PolicyTimelines(CliDataset dataset)
    {
        _dataset = dataset;
        var superseded = dataset.Events.Where(e => e.Supersedes is not null).Select(e => e.Supersedes!.Value).ToHashSet();
        Periods = [.. dataset.Events
            .Where(e => !superseded.Contains(e.Id))
            .GroupBy(e => (e.Company, e.Jurisdiction))
            .OrderBy(g => g.Key.Company).ThenBy(g => g.Key.Jurisdiction)
            .SelectMany(g => ToPeriods(g))];
    }

    /// <summary>Every period, by company, then jurisdiction, then start.</summary>
    public ImmutableArray<PolicySpan> Periods { get; }

    /// <summary>The instant at which an event took effect: the start of its effective date (or announcement date) in the jurisdiction's zone.</summary>
    /// <param name="dataset">The dataset (for the zone).</param>
    /// <param name="policyEvent">The event.</param>
    /// <returns>The instant.</returns>
    public static Instant StartOf(CliDataset dataset, PolicyEvent policyEvent)
    {
        var date = policyEvent.Effective ?? policyEvent.Announced!.Value;
        return date.ToInterval(dataset.ZoneOf(policyEvent.Jurisdiction)).Start;
    }

    /// <summary>The periods selected.</summary>
    /// <param name="selection">The filters.</param>
    /// <returns>The periods.</returns>
    public IEnumerable<PolicySpan> Timeline(Selection selection) => Periods.Where(p => selection.Matches(p.Event));

    /// <summary>
    /// The period in force for each selected pair at a date: a local date is read in each jurisdiction's own zone and
    /// taken at its start; an instant is taken as is.
    /// </summary>
    /// <param name="time">The date or instant.</param>
    /// <param name="selection">The filters.</param>
    /// <returns>The periods in force, by company then jurisdiction.</returns>
    public IEnumerable<PolicySpan> At(QueryTime time, Selection selection) =>
        Timeline(selection).Where(p => p.Contains(time.In(_dataset.ZoneOf(p.Jurisdiction))));

    private IEnumerable<PolicySpan> ToPeriods(IEnumerable<PolicyEvent> events)
    {
        var ordered = events.Select(e => (Event: e, Start: StartOf(_dataset, e)))
            .OrderBy(x => x.Start).ThenBy(x => x.Event.Id.Value, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            yield return new PolicySpan(ordered[i].Event, ordered[i].Start, i + 1 < ordered.Length ? ordered[i + 1].Start : null);
        }
    }
}
