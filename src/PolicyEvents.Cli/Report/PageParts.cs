using PolicyEvents.Cli.Queries;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Report;

/// <summary>The pieces every page shares: the frame (head, navigation, footer), dates, stances, sources, statements and
/// tables of policy periods.</summary>
internal static class PageParts
{
    /// <summary>Opens a page: doctype, head, skip link, navigation, and the <c>main</c> element with its heading.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="page">The page's path.</param>
    /// <param name="heading">The page's heading (also the start of its title).</param>
    /// <param name="script">True to load the search script.</param>
    public static void Begin(HtmlBuilder html, SiteContent content, string page, string heading, bool script = false)
    {
        var dataset = content.Dataset.Metadata.Title;
        html.Doctype().Open("html", ("lang", "en")).Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Void("meta", ("name", "generator"), ("content", SiteWriter.Generator))
            .Element("title", page == SitePaths.Index ? dataset : $"{heading} · {dataset}")
            .Void("link", ("rel", "stylesheet"), ("href", SitePaths.Link(page, SitePaths.Stylesheet)));
        if (script)
        {
            html.Open("script", ("src", SitePaths.Link(page, SitePaths.Script)), ("defer", "")).Close("script");
        }
        html.Close("head").Open("body")
            .Element("a", "Skip to the content", ("class", "skip"), ("href", "#main"))
            .Open("header").Open("nav", ("aria-label", "Site")).Open("ul");
        NavItem(html, page, SitePaths.Index, "Dataset overview");
        NavItem(html, page, SitePaths.Search, "Search statements");
        html.Close("ul").Close("nav").Close("header")
            .Open("main", ("id", "main"))
            .Element("h1", heading);
    }

    /// <summary>Closes a page: <c>main</c>, the footer (dataset, version, licence), <c>body</c> and <c>html</c>.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="page">The page's path.</param>
    public static void End(HtmlBuilder html, SiteContent content, string page)
    {
        var metadata = content.Dataset.Metadata;
        html.Close("main").Open("footer").Open("p")
            .Element("a", metadata.Title, ("href", SitePaths.Link(page, SitePaths.Index)))
            .Text($", dataset {metadata.Id} version {metadata.Version}; licence: {metadata.License ?? "not stated"}. Made with the policyevents report command.")
            .Close("p").Close("footer").Close("body").Close("html");
    }

    /// <summary>A date as the sources give it, in a <c>time</c> element, with its precision in words.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="date">The date.</param>
    public static void Date(HtmlBuilder html, PartialDate date)
    {
        html.Element("time", date.ToString(), ("datetime", ReportText.Machine(date)))
            .Text(" ")
            .Element("span", $"({ReportText.Precision(date)})", ("class", "precision"));
    }

    /// <summary>A stance: its colour (as in the charts) and its name.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="stance">The stance.</param>
    public static void Stance(HtmlBuilder html, PolicyStance stance) =>
        html.Element("span", ReportText.Of(stance), ("class", "stance " + ReportText.ClassOf(stance)));

    /// <summary>A source: its title linked to its address (http or https only), its publisher, byline and date.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="id">The source.</param>
    public static void Source(HtmlBuilder html, SiteContent content, SourceId id)
    {
        if (!content.Dataset.TryGetSource(id, out var source))
        {
            html.Element("span", id.Value, ("class", "missing"));
            return;
        }
        var title = source.Title ?? source.Publisher ?? source.Id.Value;
        if (source.Url is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            html.Element("a", title, ("href", url.AbsoluteUri), ("rel", "external noreferrer"));
        }
        else
        {
            html.Element("cite", title);
        }
        var details = new[]
        {
            source.Title is null ? null : source.Publisher,
            source.Agency is { } agency ? "via " + agency : null,
            source.Byline is { } byline ? "by " + byline : null,
        }.OfType<string>().ToList();
        if (details.Count > 0)
        {
            html.Text(", " + string.Join(", ", details));
        }
        if (source.Published is { } published)
        {
            html.Text(", published ");
            html.Element("time", published.ToString(), ("datetime", ReportText.Machine(published)));
        }
    }

    /// <summary>A list of sources.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="ids">The sources.</param>
    public static void Sources(HtmlBuilder html, SiteContent content, IEnumerable<SourceId> ids)
    {
        html.Open("ul", ("class", "sources"));
        foreach (var id in ids)
        {
            html.Open("li");
            Source(html, content, id);
            html.Close("li");
        }
        html.Close("ul");
    }

    /// <summary>
    /// A statement: its words verbatim in a <c>blockquote</c> in the statement's language (or marked as a reporter's
    /// paraphrase), the speaker and date, every variant wording or attribution the sources print, and the sources.
    /// </summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="page">The page's path (for links).</param>
    /// <param name="statement">The statement.</param>
    /// <param name="anchor">True to give it its anchor (once per page).</param>
    public static void Statement(HtmlBuilder html, SiteContent content, string page, Statement statement, bool anchor)
    {
        var lang = statement.Language.IsDefault ? null : statement.Language.Value;
        html.Open("figure", ("class", "statement"), ("id", anchor ? SitePaths.StatementAnchor(statement.Id) : null), ("data-statement", statement.Id.Value));
        Quote(html, statement.Text, lang, statement.IsParaphrase);
        html.Open("figcaption").Text(ReportText.Of(content.Dataset, statement.Speaker));
        if (statement.Date is { } date)
        {
            html.Text(", ");
            Date(html, date);
        }
        else
        {
            html.Text(", undated");
        }
        html.Close("figcaption");
        if (!statement.Variants.IsEmpty)
        {
            html.Open("div", ("class", "variants")).Element("p", "As other sources print it:").Open("ul");
            foreach (var variant in statement.Variants)
            {
                html.Open("li");
                if (variant.Text is { } text)
                {
                    Quote(html, text, lang, variant.IsParaphrase);
                }
                else
                {
                    html.Element("p", "The same words,");
                }
                html.Open("p").Text(variant.Speaker is { } speaker ? "attributed to " + ReportText.Of(content.Dataset, speaker) + ", in " : "in ");
                SourceList(html, content, variant.Sources);
                html.Close("p").Close("li");
            }
            html.Close("ul").Close("div");
        }
        html.Open("p", ("class", "statement-sources")).Text("Sources: ");
        SourceList(html, content, statement.Sources);
        html.Close("p");
        var cited = content.CitedBy[statement.Id].ToList();
        if (cited.Count > 0 && page == SitePaths.Search)
        {
            html.Open("p", ("class", "cited")).Text("Cited for: ");
            for (var i = 0; i < cited.Count; i++)
            {
                var policyEvent = cited[i];
                html.Text(i == 0 ? string.Empty : "; ")
                    .Element("a", $"{NameOf(content, policyEvent.Company)}, {ReportText.JurisdictionName(content.Dataset, policyEvent.Jurisdiction)}: {ReportText.Of(policyEvent.Policy.Stance)}",
                        ("href", SitePaths.Link(page, SitePaths.Jurisdiction(policyEvent.Jurisdiction), SitePaths.EventAnchor(policyEvent.Id))));
            }
            html.Close("p");
        }
        html.Close("figure");
    }

    /// <summary>A table of policy periods: company (or jurisdiction), stance, from, until, and a link to the change.</summary>
    /// <param name="html">The builder.</param>
    /// <param name="content">The site's content.</param>
    /// <param name="page">The page's path.</param>
    /// <param name="caption">The caption.</param>
    /// <param name="periods">The periods, by company (or jurisdiction), then start.</param>
    /// <param name="byJurisdiction">True to name the jurisdiction in the first column rather than the company.</param>
    public static void Periods(HtmlBuilder html, SiteContent content, string page, string caption, IReadOnlyList<PolicySpan> periods, bool byJurisdiction)
    {
        html.Open("table", ("class", "periods")).Element("caption", caption)
            .Open("thead").Open("tr")
            .Element("th", byJurisdiction ? "Jurisdiction" : "Company", ("scope", "col"))
            .Element("th", "Stance", ("scope", "col"))
            .Element("th", "From", ("scope", "col"))
            .Element("th", "Until", ("scope", "col"))
            .Element("th", "Change", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var next = i + 1 < periods.Count && periods[i + 1].Company == period.Company && periods[i + 1].Jurisdiction == period.Jurisdiction
                ? periods[i + 1] : null;
            html.Open("tr").Open("th", ("scope", "row"));
            if (byJurisdiction)
            {
                html.Element("a", ReportText.Jurisdiction(content.Dataset, period.Jurisdiction), ("href", SitePaths.Link(page, SitePaths.Jurisdiction(period.Jurisdiction))));
            }
            else
            {
                html.Element("a", NameOf(content, period.Company), ("href", SitePaths.Link(page, SitePaths.Company(period.Company))));
            }
            html.Close("th").Open("td");
            Stance(html, period.Event.Policy.Stance);
            html.Close("td").Open("td");
            Date(html, (period.Event.Effective ?? period.Event.Announced)!.Value);
            html.Close("td").Open("td");
            if (next is null)
            {
                html.Text(period.End is null ? "in force at the last record" : "—");
            }
            else
            {
                Date(html, (next.Event.Effective ?? next.Event.Announced)!.Value);
            }
            html.Close("td").Open("td")
                .Element("a", period.Event.Id.Value, ("href", SitePaths.Link(page, SitePaths.Jurisdiction(period.Jurisdiction), SitePaths.EventAnchor(period.Event.Id))))
                .Close("td").Close("tr");
        }
        html.Close("tbody").Close("table");
    }

    /// <summary>A company's display name.</summary>
    /// <param name="content">The site's content.</param>
    /// <param name="id">The company.</param>
    /// <returns>Its name, or its id when the dataset does not define it.</returns>
    public static string NameOf(SiteContent content, CompanyId id) =>
        content.Dataset.TryGetCompany(id, out var company) ? company.Name : id.Value;

    private static void NavItem(HtmlBuilder html, string page, string target, string text)
    {
        html.Open("li");
        if (page == target)
        {
            html.Element("a", text, ("href", SitePaths.Link(page, target)), ("aria-current", "page"));
        }
        else
        {
            html.Element("a", text, ("href", SitePaths.Link(page, target)));
        }
        html.Close("li");
    }

    private static void Quote(HtmlBuilder html, string text, string? lang, bool paraphrase)
    {
        if (paraphrase)
        {
            html.Open("p", ("class", "paraphrase")).Element("span", "Paraphrase, not the speaker's words: ", ("class", "label"))
                .Element("span", text, ("lang", lang)).Close("p");
            return;
        }
        html.Open("blockquote", ("lang", lang)).Element("p", text).Close("blockquote");
    }

    private static void SourceList(HtmlBuilder html, SiteContent content, IEnumerable<SourceId> sources)
    {
        var first = true;
        foreach (var id in sources)
        {
            html.Text(first ? string.Empty : "; ");
            Source(html, content, id);
            first = false;
        }
        if (first)
        {
            html.Text("none recorded");
        }
        html.Text(".");
    }
}
