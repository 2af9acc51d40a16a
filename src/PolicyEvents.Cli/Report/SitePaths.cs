using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// Where each page of the site lives, and the relative links between them (the site opens from the file system, so every
/// internal link is relative). Ids are slugs and codes are letters, digits and hyphens, so they make safe file names.
/// </summary>
internal static class SitePaths
{
    /// <summary>The front page.</summary>
    public const string Index = "index.html";

    /// <summary>The statement search page.</summary>
    public const string Search = "search.html";

    /// <summary>The stylesheet.</summary>
    public const string Stylesheet = "site.css";

    /// <summary>The search page's script.</summary>
    public const string Script = "search.js";

    /// <summary>A jurisdiction's page.</summary>
    /// <param name="code">The code.</param>
    /// <returns>e.g. <c>jurisdictions/hk.html</c>.</returns>
    public static string Jurisdiction(JurisdictionCode code) => "jurisdictions/" + Slug(code) + ".html";

    /// <summary>A company's page.</summary>
    /// <param name="id">The id.</param>
    /// <returns>e.g. <c>companies/google.html</c>.</returns>
    public static string Company(CompanyId id) => "companies/" + id.Value + ".html";

    /// <summary>A jurisdiction code as a slug (file names, anchors).</summary>
    /// <param name="code">The code.</param>
    /// <returns>e.g. <c>hk</c>, <c>us-ca</c>.</returns>
    public static string Slug(JurisdictionCode code) => code.Value.ToLowerInvariant();

    /// <summary>The anchor of an event on its jurisdiction's page.</summary>
    /// <param name="id">The event.</param>
    /// <returns>e.g. <c>event-google-hk-2020-07-06</c>.</returns>
    public static string EventAnchor(EventId id) => "event-" + id.Value;

    /// <summary>The anchor of a statement.</summary>
    /// <param name="id">The statement.</param>
    /// <returns>e.g. <c>statement-google-pause</c>.</returns>
    public static string StatementAnchor(StatementId id) => "statement-" + id.Value;

    /// <summary>The anchor of a company's figures for a jurisdiction, on the company's page.</summary>
    /// <param name="code">The jurisdiction.</param>
    /// <returns>e.g. <c>figures-hk</c>.</returns>
    public static string FiguresAnchor(JurisdictionCode code) => "figures-" + Slug(code);

    /// <summary>The relative link from one page to another (and an anchor in it).</summary>
    /// <param name="from">The page the link is on.</param>
    /// <param name="to">The page it leads to.</param>
    /// <param name="anchor">An anchor in that page, or null.</param>
    /// <returns>e.g. <c>../companies/google.html#figures-hk</c>, or <c>#event-x</c> on the same page.</returns>
    public static string Link(string from, string to, string? anchor = null)
    {
        if (from == to && anchor is not null)
        {
            return "#" + anchor;
        }
        var depth = from.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + to + (anchor is null ? string.Empty : "#" + anchor);
    }
}
