using System.Text;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// Builds the static site of a dataset (<see cref="Build"/>: pure, the same bytes for the same dataset) and writes it to a
/// folder (<see cref="Write"/>: all or nothing).
/// </summary>
internal static class SiteWriter
{
    /// <summary>The <c>generator</c> of every page; a folder whose <c>index.html</c> names it holds an earlier report, which
    /// <see cref="Write"/> may replace.</summary>
    public const string Generator = "policyevents report";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds every file of the site, by path.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The files: pages, stylesheet and script.</returns>
    public static IReadOnlyList<SiteFile> Build(PolicyDataset dataset)
    {
        var content = new SiteContent(dataset);
        var files = new List<SiteFile>
        {
            Text(SitePaths.Index, IndexPage.Write(content)),
            Text(SitePaths.Search, SearchPage.Write(content)),
            Text(SitePaths.Stylesheet, Asset("site.css") + StanceRules()),
            Text(SitePaths.Script, Asset("search.js")),
        };
        files.AddRange(content.Jurisdictions.Select(code => Text(SitePaths.Jurisdiction(code), JurisdictionPage.Write(content, code))));
        files.AddRange(content.Companies.Select(company => Text(SitePaths.Company(company.Id), CompanyPage.Write(content, company))));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes the site to a folder: into a new folder beside it first, which then takes the folder's place, so a failure
    /// leaves nothing half-written. The folder must be new, empty, or hold an earlier report (whose files are all replaced,
    /// so no page of a company the dataset no longer has is left behind).
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="fullPath">The folder's full path.</param>
    /// <param name="shownPath">The folder as given on the command line (for messages).</param>
    /// <exception cref="CliException">The folder is a file, holds something else, or cannot be written (exit code 2).</exception>
    public static void Write(IReadOnlyList<SiteFile> files, string fullPath, string shownPath)
    {
        var target = Path.TrimEndingDirectorySeparator(fullPath);
        if (File.Exists(target))
        {
            throw CliException.Usage($"cannot write the site to '{shownPath}': it is a file, not a folder");
        }
        var replace = Directory.Exists(target);
        if (replace && Directory.EnumerateFileSystemEntries(target).Any() && !IsReport(target))
        {
            throw CliException.Usage($"cannot write the site to '{shownPath}': the folder is not empty and holds no earlier report; give a new or empty folder");
        }
        var suffix = Guid.NewGuid().ToString("N");
        var temporary = target + ".tmp-" + suffix;
        var old = target + ".old-" + suffix;
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(temporary, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            if (replace)
            {
                Directory.Move(target, old);
            }
            Directory.Move(temporary, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (replace && !Directory.Exists(target) && Directory.Exists(old))
            {
                Directory.Move(old, target);
            }
            throw CliException.Usage($"cannot write the site to '{shownPath}': {e.Message}", e);
        }
        finally
        {
            Delete(temporary);
            Delete(old);
        }
    }

    private static bool IsReport(string folder)
    {
        var index = Path.Combine(folder, SitePaths.Index);
        return File.Exists(index)
            && File.ReadLines(index).Take(10).Any(line => line.Contains($"<meta name=\"generator\" content=\"{Generator}\">", StringComparison.Ordinal));
    }

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static SiteFile Text(string path, string text) => new(path, Utf8.GetBytes(text));

    private static string Asset(string name)
    {
        using var stream = typeof(SiteWriter).Assembly.GetManifestResourceStream("PolicyEvents.Cli.Report.Assets." + name)
            ?? throw new InvalidOperationException($"The tool is missing its report asset '{name}'.");
        using var reader = new StreamReader(stream, Utf8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Each stance's colour, as the charts draw it.</summary>
    private static string StanceRules()
    {
        var rules = new StringBuilder("\n/* Stances, in the charts' colours. */\n");
        foreach (var stance in Enum.GetValues<PolicyStance>())
        {
            rules.Append('.').Append(ReportText.ClassOf(stance)).Append(" { border-left-color: ").Append(ChartLayout.ColorOf(stance)).Append("; }\n");
        }
        return rules.ToString();
    }
}
