using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyEvents.Cli.Tests.Report;

/// <summary>A site written by <c>policyevents report</c>, read back: every file's bytes, and every page parsed by AngleSharp
/// (an HTML5 parser, scripts not run).</summary>
public sealed class GeneratedSite
{
    private GeneratedSite(string root, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, IDocument> pages)
    {
        Root = root;
        Files = files;
        Pages = pages;
    }

    public string Root { get; }

    /// <summary>Every file by its path relative to the site (with '/').</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Every .html file, parsed.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public IDocument this[string page] => Pages[page];

    public static GeneratedSite Read(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);
        var parser = new HtmlParser();
        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => (IDocument)parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Value)), StringComparer.Ordinal);
        return new GeneratedSite(root, files, pages);
    }

    /// <summary>Every internal reference of a page (a, link, script), as (target page, fragment or null).</summary>
    public static IEnumerable<(string Href, string? Target, string? Fragment)> InternalLinks(string page, IDocument document)
    {
        var references = document.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("link[href]").Select(e => e.GetAttribute("href")!))
            .Concat(document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!));
        foreach (var href in references)
        {
            if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal))
            {
                continue;
            }
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? null : href[(hash + 1)..];
            if (path.Length == 0)
            {
                yield return (href, page, fragment);
                continue;
            }
            yield return (href, Resolve(page, path), fragment);
        }
    }

    /// <summary>A relative path from a page, resolved against the site's root; null when it is absolute or leaves the site.</summary>
    private static string? Resolve(string page, string path)
    {
        if (path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }
}
