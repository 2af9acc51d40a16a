using NodaTime.Text;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Report;

/// <summary>The front page: what the dataset is, its licence and version, its counts, its jurisdictions, companies and triggers.</summary>
internal static class IndexPage
{
    /// <summary>Writes the page.</summary>
    /// <param name="content">The site's content.</param>
    /// <returns>The HTML.</returns>
    public static string Write(SiteContent content)
    {
        const string page = SitePaths.Index;
        var dataset = content.Dataset;
        var metadata = dataset.Metadata;
        var html = new HtmlBuilder();
        PageParts.Begin(html, content, page, metadata.Title);
        if (metadata.Description is { } description)
        {
            html.Element("p", description, ("class", "lead"));
        }
        html.Open("section", ("aria-labelledby", "about")).Element("h2", "About this dataset", ("id", "about"))
            .Open("dl", ("class", "facts"));
        Fact(html, "Identifier", metadata.Id.Value);
        Fact(html, "Version", metadata.Version);
        Fact(html, "Created", InstantPattern.General.Format(metadata.Created));
        Fact(html, "Licence", metadata.License ?? "not stated");
        if (!metadata.Creators.IsEmpty)
        {
            Fact(html, "Creators", string.Join("; ", metadata.Creators));
        }
        html.Close("dl");
        if (!metadata.Sources.IsEmpty)
        {
            html.Element("h3", "Sources for the dataset as a whole");
            PageParts.Sources(html, content, metadata.Sources);
        }
        html.Close("section");

        html.Open("section", ("aria-labelledby", "counts")).Element("h2", "What it holds", ("id", "counts"))
            .Open("table", ("class", "counts")).Element("caption", "Records in the dataset")
            .Open("thead").Open("tr").Element("th", "Record", ("scope", "col")).Element("th", "Count", ("scope", "col")).Close("tr").Close("thead")
            .Open("tbody");
        Count(html, "Companies", dataset.Companies.Length);
        Count(html, "Jurisdictions with records", content.Jurisdictions.Length);
        Count(html, "Policy events", dataset.Events.Length);
        Count(html, "Statements", dataset.Statements.Length);
        Count(html, "Sources", dataset.Sources.Length);
        Count(html, "Triggers", dataset.Triggers.Length);
        Count(html, "Published figure sets", dataset.Figures.Length);
        html.Close("tbody").Close("table").Close("section");

        html.Open("section", ("aria-labelledby", "jurisdictions")).Element("h2", "Jurisdictions", ("id", "jurisdictions")).Open("ul");
        foreach (var code in content.Jurisdictions)
        {
            var events = content.Events.Count(e => e.Jurisdiction == code);
            html.Open("li").Element("a", ReportText.Jurisdiction(dataset, code), ("href", SitePaths.Link(page, SitePaths.Jurisdiction(code))))
                .Text($": {events} policy event{(events == 1 ? string.Empty : "s")}").Close("li");
        }
        html.Close("ul").Close("section");

        html.Open("section", ("aria-labelledby", "companies")).Element("h2", "Companies", ("id", "companies")).Open("ul", ("class", "columns"));
        foreach (var company in content.Companies)
        {
            html.Open("li").Element("a", company.Name, ("href", SitePaths.Link(page, SitePaths.Company(company.Id))));
            if (company.Parent is { } parent)
            {
                html.Text($" (part of {PageParts.NameOf(content, parent)})");
            }
            html.Close("li");
        }
        html.Close("ul").Close("section");

        html.Open("section", ("aria-labelledby", "triggers")).Element("h2", "Triggers", ("id", "triggers"));
        if (dataset.Triggers.IsEmpty)
        {
            html.Element("p", "The dataset records no trigger.");
        }
        else
        {
            html.Open("ul");
            foreach (var trigger in dataset.Triggers.OrderBy(t => t.Id))
            {
                Trigger(html, content, page, trigger);
            }
            html.Close("ul");
        }
        html.Close("section");
        PageParts.End(html, content, page);
        return html.ToString();
    }

    /// <summary>A trigger: its title, jurisdiction, date and sources.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="page">The page's path.</param>
    /// <param name="trigger">The trigger.</param>
    public static void Trigger(HtmlBuilder html, SiteContent content, string page, Trigger trigger)
    {
        html.Open("li", ("class", "trigger")).Element("strong", trigger.Title).Text(", ")
            .Element("a", ReportText.Jurisdiction(content.Dataset, trigger.Jurisdiction), ("href", SitePaths.Link(page, SitePaths.Jurisdiction(trigger.Jurisdiction))))
            .Text(", in effect ");
        PageParts.Date(html, trigger.Effective);
        if (!trigger.Sources.IsEmpty)
        {
            PageParts.Sources(html, content, trigger.Sources);
        }
        html.Close("li");
    }

    private static void Fact(HtmlBuilder html, string term, string value) => html.Element("dt", term).Element("dd", value);

    private static void Count(HtmlBuilder html, string what, int count) =>
        html.Open("tr").Element("th", what, ("scope", "row")).Element("td", ReportText.Count(count), ("class", "number")).Close("tr");
}
