using PolicyEvents.Cli.Queries;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// A company's page: its names and family, its policy periods toward every jurisdiction, its statements, and its published
/// figures beside the policy in force (a chart and a table per jurisdiction) where the dataset holds figures.
/// </summary>
internal static class CompanyPage
{
    /// <summary>Writes the page.</summary>
    /// <param name="content">The site's content.</param>
    /// <param name="company">The company.</param>
    /// <returns>The HTML.</returns>
    public static string Write(SiteContent content, Company company)
    {
        var page = SitePaths.Company(company.Id);
        var dataset = content.Dataset;
        var html = new HtmlBuilder();
        PageParts.Begin(html, content, page, company.Name);
        html.Open("dl", ("class", "facts")).Element("dt", "Identifier").Element("dd", company.Id.Value);
        foreach (var name in company.Names)
        {
            html.Element("dt", name.Kind == CompanyNameKind.Former ? "Former name" : "Also known as").Open("dd").Text(name.Name);
            if (name.From is { } from)
            {
                html.Text(" from ").Element("time", from.ToString(), ("datetime", ReportText.Machine(from)));
            }
            if (name.Until is { } until)
            {
                html.Text(" until ").Element("time", until.ToString(), ("datetime", ReportText.Machine(until)));
            }
            html.Close("dd");
        }
        if (company.Parent is { } parent)
        {
            html.Element("dt", "Part of").Open("dd");
            CompanyLink(html, content, page, parent);
            html.Close("dd");
        }
        var family = content.History.Family(company.Id).Where(c => c != company.Id).ToList();
        if (family.Count > 0)
        {
            html.Element("dt", "Subsidiaries").Open("dd");
            for (var i = 0; i < family.Count; i++)
            {
                html.Text(i == 0 ? string.Empty : ", ");
                CompanyLink(html, content, page, family[i]);
            }
            html.Close("dd");
        }
        if (company.Wikidata is { } wikidata)
        {
            html.Element("dt", "Wikidata").Open("dd")
                .Element("a", wikidata.Value, ("href", "https://www.wikidata.org/wiki/" + Uri.EscapeDataString(wikidata.Value)), ("rel", "external noreferrer"))
                .Close("dd");
        }
        html.Close("dl");

        html.Open("section", ("aria-labelledby", "policies")).Element("h2", "Policies", ("id", "policies"));
        var selection = new Selection(null, new HashSet<CompanyId> { company.Id });
        var periods = content.Timelines.Timeline(selection).ToList();
        if (periods.Count == 0)
        {
            html.Element("p", "The dataset records no policy event of this company.");
        }
        else
        {
            PageParts.Periods(html, content, page, $"{company.Name}'s policy periods, by jurisdiction", periods, byJurisdiction: true);
        }
        html.Close("section");

        var statements = content.Statements.Where(s => s.Speaker.Company == company.Id).ToList();
        html.Open("section", ("aria-labelledby", "statements")).Element("h2", "Statements", ("id", "statements"));
        if (statements.Count == 0)
        {
            html.Element("p", "The dataset records no statement of this company.");
        }
        foreach (var statement in statements)
        {
            PageParts.Statement(html, content, page, statement, anchor: true);
        }
        html.Close("section");

        var jurisdictions = dataset.Figures.Where(f => f.Company == company.Id).Select(f => f.Jurisdiction).OfType<JurisdictionCode>()
            .Where(j => dataset.Registry.Contains(j)).Distinct().Order().ToList();
        if (jurisdictions.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "figures")).Element("h2", "Published figures beside policy", ("id", "figures"));
            foreach (var code in jurisdictions)
            {
                FigureSection(html, content, page, company, code);
            }
            html.Close("section");
        }
        PageParts.End(html, content, page);
        return html.ToString();
    }

    private static void FigureSection(HtmlBuilder html, SiteContent content, string page, Company company, JurisdictionCode code)
    {
        var dataset = content.Dataset;
        var sets = dataset.Figures.Where(f => f.Company == company.Id && f.Jurisdiction == code).ToList();
        var rows = content.History.FiguresBesidePolicy(sets, company.Id, code, sets.Min(f => f.Period.Start), sets.Max(f => f.Period.End));
        var name = ReportText.JurisdictionName(dataset, code);
        var anchor = SitePaths.FiguresAnchor(code);
        html.Open("section", ("aria-labelledby", anchor)).Open("h3", ("id", anchor))
            .Text("Requests from ").Element("a", name, ("href", SitePaths.Link(page, SitePaths.Jurisdiction(code)))).Close("h3");
        var timeline = content.History.Timeline(company.Id, code);
        var title = $"{company.Name}: requests from {name}, with the policy in force";
        html.Open("figure", ("class", "chart"))
            .Svg(InlineSvg.From(FiguresChart.Layout(title, rows, timeline), anchor + "-chart",
                $"The number of requests {company.Name} published for each reporting period, as bars, with the policy in force shaded behind them. The table below gives every published number."))
            .Element("figcaption", "Published numbers per reporting period; the shading is the policy in force, coloured by stance.")
            .Close("figure");

        html.Open("table", ("class", "figures")).Element("caption", $"{company.Name}'s published figures for {name}")
            .Open("thead").Open("tr")
            .Element("th", "Reporting period", ("scope", "col"))
            .Element("th", "Category", ("scope", "col"))
            .Element("th", "Requests", ("scope", "col"))
            .Element("th", "Accounts", ("scope", "col"))
            .Element("th", "With data produced", ("scope", "col"))
            .Element("th", "Policy in force", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            foreach (var figures in row.Figures)
            {
                var numbers = figures.Figures;
                html.Open("tr").Element("th", ReportText.Of(row.Period) + (row.IsRestated ? " (restated)" : string.Empty), ("scope", "row"))
                    .Element("td", figures.Category.Label)
                    .Element("td", Number(numbers.Requests), ("class", "number"))
                    .Element("td", Number(numbers.Accounts), ("class", "number"))
                    .Element("td", numbers.PercentWithDataProduced.IsUnknown ? Number(numbers.RequestsWithDataProduced) : numbers.PercentWithDataProduced.Text, ("class", "number"))
                    .Open("td");
                Policies(html, content, page, row);
                html.Close("td").Close("tr");
            }
        }
        html.Close("tbody").Close("table").Close("section");
    }

    private static void Policies(HtmlBuilder html, SiteContent content, string page, FiguresBesidePolicy row)
    {
        if (row.HasNoRecordedPolicy)
        {
            html.Text("no recorded policy");
            return;
        }
        for (var i = 0; i < row.Policies.Length; i++)
        {
            var overlap = row.Policies[i];
            html.Text(i == 0 ? string.Empty : "; then ");
            PageParts.Stance(html, overlap.Policy.Stance);
            html.Text(" (").Element("a", overlap.Period.Event.Id.Value,
                ("href", SitePaths.Link(page, SitePaths.Jurisdiction(overlap.Period.Jurisdiction), SitePaths.EventAnchor(overlap.Period.Event.Id))))
                .Text(overlap.CoversReportingPeriod ? ", the whole period)" : $", {ReportText.Of(overlap.Duration)} of it)");
        }
    }

    private static string Number(PublishedNumber number) => number.IsUnknown ? "not published" : number.Text;

    private static void CompanyLink(HtmlBuilder html, SiteContent content, string page, CompanyId id)
    {
        if (content.Dataset.TryGetCompany(id, out var company))
        {
            html.Element("a", company.Name, ("href", SitePaths.Link(page, SitePaths.Company(id))));
        }
        else
        {
            html.Text(id.Value);
        }
    }
}
