using NodaTime.Text;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Commands;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// A jurisdiction's page: the timeline chart of <c>policyevents chart</c> (a lane per company), the same periods as a
/// table, then each change in order with its stance, scope, dates and their precision, the statements verbatim with their
/// variants, and the sources.
/// </summary>
internal static class JurisdictionPage
{
    /// <summary>Writes the page.</summary>
    /// <param name="content">The site's content.</param>
    /// <param name="code">The jurisdiction.</param>
    /// <returns>The HTML.</returns>
    public static string Write(SiteContent content, JurisdictionCode code)
    {
        var page = SitePaths.Jurisdiction(code);
        var dataset = content.Dataset;
        var name = ReportText.JurisdictionName(dataset, code);
        var events = content.Events.Where(e => e.Jurisdiction == code).ToList();
        var html = new HtmlBuilder();
        PageParts.Begin(html, content, page, ReportText.Jurisdiction(dataset, code));
        var companies = events.Select(e => e.Company).Distinct().Count();
        html.Element("p", $"{events.Count} policy event{(events.Count == 1 ? string.Empty : "s")} from {companies} compan{(companies == 1 ? "y" : "ies")}, "
            + $"toward requests from {name}'s authorities. Dates are read in the time zone {dataset.ZoneOf(code).Id}.", ("class", "lead"));

        var triggers = dataset.Triggers.Where(t => t.Jurisdiction == code).OrderBy(t => t.Id).ToList();
        if (triggers.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "triggers")).Element("h2", "Triggers", ("id", "triggers")).Open("ul");
            foreach (var trigger in triggers)
            {
                IndexPage.Trigger(html, content, page, trigger);
            }
            html.Close("ul").Close("section");
        }

        var periods = content.Timelines.Timeline(new Selection(code, null)).ToList();
        if (periods.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "timeline")).Element("h2", "Timeline", ("id", "timeline"));
            var scene = ChartLayout.Layout(ChartCommand.Model(dataset, new Selection(code, null)));
            var lanes = periods.Select(p => p.Company).Distinct().Count();
            html.Open("figure", ("class", "chart"))
                .Svg(InlineSvg.From(scene, "timeline-chart",
                    $"Each company's policy toward {name} over time, one lane per company ({lanes} in all), coloured by stance, with the trigger marked. The table below lists the same periods."))
                .Element("figcaption", "Policy by company over time. Each bar is one period, from the change that began it to the next change.")
                .Close("figure");
            PageParts.Periods(html, content, page, $"Policy periods toward {name}, by company", periods, byJurisdiction: false);
            html.Close("section");
        }

        html.Open("section", ("aria-labelledby", "changes")).Element("h2", "Changes in order", ("id", "changes"));
        if (events.Count == 0)
        {
            html.Element("p", "The dataset records no policy event toward this jurisdiction.");
        }
        var shown = new HashSet<StatementId>();
        foreach (var policyEvent in events)
        {
            Change(html, content, page, policyEvent, shown);
        }
        html.Close("section");

        var others = OtherStatements(content, code, shown);
        if (others.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "other-statements")).Element("h2", "Other statements", ("id", "other-statements"))
                .Element("p", content.Jurisdictions.Length == 1
                    ? "Statements that no change above cites: those of records a later correction replaced, and those the dataset cites for no change."
                    : "Statements that no change above cites: those of records toward this jurisdiction that a later correction replaced.");
            foreach (var statement in others)
            {
                PageParts.Statement(html, content, page, statement, anchor: true);
            }
            html.Close("section");
        }

        var figures = dataset.Figures.Where(f => f.Jurisdiction == code).Select(f => f.Company).Distinct().Order().ToList();
        if (figures.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "figures")).Element("h2", "Published figures", ("id", "figures"))
                .Element("p", "Companies' published numbers of requests from this jurisdiction, beside the policy in force, are on each company's page:")
                .Open("ul");
            foreach (var company in figures)
            {
                html.Open("li").Element("a", PageParts.NameOf(content, company), ("href", SitePaths.Link(page, SitePaths.Company(company), SitePaths.FiguresAnchor(code)))).Close("li");
            }
            html.Close("ul").Close("section");
        }
        PageParts.End(html, content, page);
        return html.ToString();
    }

    /// <summary>The statements the page shows beside the changes: those cited only by superseded records toward the
    /// jurisdiction, and, when the site has this one jurisdiction, those cited by no record at all; by date, then id.</summary>
    private static List<Statement> OtherStatements(SiteContent content, JurisdictionCode code, HashSet<StatementId> shown)
    {
        var dataset = content.Dataset;
        var inView = content.Events.Select(e => e.Id).ToHashSet();
        var corrected = dataset.Events.Where(e => e.Jurisdiction == code && !inView.Contains(e.Id)).SelectMany(e => e.Statements).ToHashSet();
        var cited = dataset.Events.SelectMany(e => e.Statements).ToHashSet();
        return [.. content.Statements.Where(s => !shown.Contains(s.Id)
            && (corrected.Contains(s.Id) || (content.Jurisdictions.Length == 1 && !cited.Contains(s.Id))))];
    }

    private static void Change(HtmlBuilder html, SiteContent content, string page, PolicyEvent policyEvent, HashSet<StatementId> shown)
    {
        var dataset = content.Dataset;
        var policy = policyEvent.Policy;
        var scope = policy.Scope;
        html.Open("article", ("class", "change"), ("id", SitePaths.EventAnchor(policyEvent.Id)), ("aria-labelledby", "change-" + policyEvent.Id.Value))
            .Open("h3", ("id", "change-" + policyEvent.Id.Value))
            .Element("a", PageParts.NameOf(content, policyEvent.Company), ("href", SitePaths.Link(page, SitePaths.Company(policyEvent.Company))))
            .Text(": ");
        PageParts.Stance(html, policy.Stance);
        html.Close("h3").Open("dl", ("class", "facts"))
            .Element("dt", "Effective").Open("dd");
        if (policyEvent.Effective is { } effective)
        {
            PageParts.Date(html, effective);
        }
        else
        {
            html.Text("not reported; the change is placed at its announcement");
        }
        html.Close("dd").Element("dt", "Announced").Open("dd");
        if (policyEvent.Announced is { } announced)
        {
            PageParts.Date(html, announced);
        }
        else
        {
            html.Text("not reported");
        }
        html.Close("dd")
            .Element("dt", "Request kinds").Element("dd", ReportText.Of(scope.Kinds))
            .Element("dt", "Requesters").Element("dd", ReportText.Of(scope.Requesters) + ", " + ReportText.Origin(scope, ReportText.JurisdictionName(dataset, policyEvent.Jurisdiction)));
        if (!scope.SubjectJurisdictions.IsEmpty)
        {
            html.Element("dt", "About users in").Element("dd", string.Join(", ", scope.SubjectJurisdictions.Select(j => ReportText.Jurisdiction(dataset, j))));
        }
        html.Element("dt", "Products").Element("dd", scope.Products.IsEmpty ? "all products" : string.Join(", ", scope.Products));
        if (policy.Channel is { } channel)
        {
            html.Element("dt", "Formal channel").Element("dd", ReportText.Of(channel));
        }
        foreach (var condition in policy.Conditions)
        {
            html.Element("dt", "Condition").Element("dd", condition);
        }
        foreach (var exception in policy.Exceptions)
        {
            html.Element("dt", "Exception").Element("dd", exception);
        }
        if (policyEvent.Trigger is { } triggerId)
        {
            html.Element("dt", "In response to").Element("dd", dataset.TryGetTrigger(triggerId, out var trigger) ? trigger.Title : triggerId.Value);
        }
        if (policyEvent.Supersedes is { } supersedes)
        {
            html.Element("dt", "Corrects").Element("dd", dataset.TryGetEvent(supersedes, out var earlier)
                ? $"the earlier record {supersedes} ({ReportText.Of(earlier.Policy.Stance)} from {earlier.Effective ?? earlier.Announced}), which this one replaces"
                : $"the earlier record {supersedes}, which this one replaces");
        }
        html.Element("dt", "Recorded").Element("dd", InstantPattern.General.Format(policyEvent.Recorded))
            .Element("dt", "Event").Element("dd", policyEvent.Id.Value)
            .Close("dl");
        if (policyEvent.Note is { } note)
        {
            html.Open("p", ("class", "note")).Element("strong", "Note: ").Text(note).Close("p");
        }
        if (!policyEvent.Statements.IsEmpty)
        {
            html.Element("h4", "Statements");
            foreach (var id in policyEvent.Statements)
            {
                if (dataset.TryGetStatement(id, out var statement))
                {
                    PageParts.Statement(html, content, page, statement, anchor: shown.Add(id));
                }
            }
        }
        if (!policyEvent.Sources.IsEmpty)
        {
            html.Element("h4", "Sources");
            PageParts.Sources(html, content, policyEvent.Sources);
        }
        html.Close("article");
    }
}
