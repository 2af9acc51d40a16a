using System.Collections.Immutable;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// What the site shows, computed once from the dataset with the library's queries (<see cref="PolicyHistory"/>, its
/// default view: corrections applied, superseded events left out), in a fixed order so that the pages come out the same
/// every time.
/// </summary>
internal sealed class SiteContent
{
    /// <summary>Computes the content.</summary>
    /// <param name="dataset">The dataset.</param>
    public SiteContent(PolicyDataset dataset)
    {
        Dataset = dataset;
        History = PolicyHistory.From(dataset);
        Timelines = new PolicyTimelines(dataset);
        Events = [.. History.Events
            .OrderBy(e => PolicyTimelines.StartOf(dataset, e))
            .ThenBy(e => e.Company)
            .ThenBy(e => e.Id)];
        Jurisdictions = [.. Events.Select(e => e.Jurisdiction)
            .Concat(dataset.Triggers.Select(t => t.Jurisdiction))
            .Concat(dataset.Figures.Select(f => f.Jurisdiction).OfType<JurisdictionCode>())
            .Distinct()
            .Order()];
        Companies = [.. dataset.Companies.OrderBy(c => c.Id)];
        Statements = [.. dataset.Statements
            .OrderBy(s => s.Date is null ? 1 : 0)
            .ThenBy(s => s.Date is { } d ? d.StartDate : default)
            .ThenBy(s => s.Id)];
        CitedBy = Events.SelectMany(e => e.Statements.Select(s => (Statement: s, Event: e)))
            .ToLookup(p => p.Statement, p => p.Event);
    }

    /// <summary>The dataset.</summary>
    public PolicyDataset Dataset { get; }

    /// <summary>The dataset's history (the library's queries).</summary>
    public PolicyHistory History { get; }

    /// <summary>The tool's timelines over the history.</summary>
    public PolicyTimelines Timelines { get; }

    /// <summary>The events of the history's default view, by the instant they took effect, then company, then id.</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <summary>Every jurisdiction with an event, a trigger or figures, by code.</summary>
    public ImmutableArray<JurisdictionCode> Jurisdictions { get; }

    /// <summary>Every company of the dataset, by id.</summary>
    public ImmutableArray<Company> Companies { get; }

    /// <summary>Every statement of the dataset, by date (undated last), then id.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>The events that cite each statement, in <see cref="Events"/> order.</summary>
    public ILookup<StatementId, PolicyEvent> CitedBy { get; }
}
