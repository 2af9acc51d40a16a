namespace PolicyEvents.Cli.Report;

/// <summary>
/// The search page: every statement of the dataset, by date, each with its speaker, sources and the changes that cite it.
/// Without JavaScript it is the whole list; with it, <c>search.js</c> shows a search box that keeps the statements holding
/// every word typed (also from <c>search.html?q=words</c>).
/// </summary>
internal static class SearchPage
{
    /// <summary>Writes the page.</summary>
    /// <param name="content">The site's content.</param>
    /// <returns>The HTML.</returns>
    public static string Write(SiteContent content)
    {
        const string page = SitePaths.Search;
        var html = new HtmlBuilder();
        PageParts.Begin(html, content, page, "Statements", script: true);
        var count = content.Statements.Length;
        html.Open("form", ("id", "search-form"), ("role", "search"), ("action", SitePaths.Search), ("method", "get"), ("hidden", ""))
            .Element("label", "Find statements holding the words", ("for", "q"))
            .Void("input", ("type", "search"), ("id", "q"), ("name", "q"), ("autocomplete", "off"))
            .Element("button", "Search", ("type", "submit"))
            .Close("form")
            .Element("p", $"{count} statement{(count == 1 ? string.Empty : "s")}, by date (undated last).", ("id", "search-status"), ("role", "status"), ("aria-live", "polite"))
            .Open("ol", ("id", "statements"), ("class", "statements"));
        foreach (var statement in content.Statements)
        {
            html.Open("li");
            PageParts.Statement(html, content, page, statement, anchor: true);
            html.Close("li");
        }
        html.Close("ol");
        PageParts.End(html, content, page);
        return html.ToString();
    }
}
