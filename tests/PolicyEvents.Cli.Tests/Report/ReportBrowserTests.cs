using System.Globalization;
using System.Text.RegularExpressions;
using PolicyEvents.Datasets;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit.Abstractions;

namespace PolicyEvents.Cli.Tests.Report;

/// <summary>
/// The site of the built-in dataset opened from the file system in headless Chromium (the system's, through the DevTools
/// protocol): every page loads without a console error or a failed request, its stylesheet applies, every internal link
/// resolves to a page and an anchor, the search finds a statement by a word in it (and the list stands without
/// JavaScript), the print stylesheet applies, and screenshots of the index and the Hong Kong page are written under the test output
/// (<c>browser-screenshots/</c>).
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class ReportBrowserTests : IClassFixture<ReportPagesTests.BuiltInSite>
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly GeneratedSite _site;
    private readonly ITestOutputHelper _output;

    public ReportBrowserTests(ReportPagesTests.BuiltInSite fixture, ITestOutputHelper output)
    {
        _site = fixture.Site;
        _output = output;
    }

    [BrowserFact]
    public async Task The_site_works_in_a_real_browser()
    {
        var profile = Directory.CreateTempSubdirectory("policyevents-chromium-");
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = Chromium.Path,
                Args = Flags,
                UserDataDir = profile.FullName,
            });
            await using var page = await browser.NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
            var current = string.Empty;
            var errors = new List<string>();
            page.Console += (_, e) =>
            {
                if (e.Message.Type == ConsoleType.Error)
                {
                    errors.Add($"{current}: console error: {e.Message.Text}");
                }
            };
            page.PageError += (_, e) => errors.Add($"{current}: script error: {e.Message}");
            page.RequestFailed += (_, e) => errors.Add($"{current}: could not load {e.Request.Url}");

            var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var links = new List<(string From, string Href)>();
            foreach (var name in _site.Pages.Keys.Order(StringComparer.Ordinal))
            {
                current = name;
                await page.GoToAsync(Url(name), WaitUntilNavigation.Load);
                (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.body).maxWidth"))
                    .Should().NotBe("none", $"{name} has its stylesheet");
                ids[name] = [.. await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('[id]'), e => e.id)")];
                links.AddRange((await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('a[href]'), a => a.href)"))
                    .Where(href => href.StartsWith("file:", StringComparison.Ordinal))
                    .Select(href => (name, href)));
            }
            errors.Should().BeEmpty();
            links.Should().NotBeEmpty();
            foreach (var (from, href) in links)
            {
                var uri = new Uri(href);
                var target = Path.GetRelativePath(_site.Root, uri.LocalPath).Replace(Path.DirectorySeparatorChar, '/');
                ids.Should().ContainKey(target, $"{from} links to {href}");
                var fragment = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
                if (fragment.Length > 0)
                {
                    ids[target].Should().Contain(fragment, $"{from} links to {href}");
                }
            }

            var (statement, word) = SearchableWord(PolicyDatasets.HongKong2020);
            current = "search.html";
            await page.GoToAsync(Url("search.html"), WaitUntilNavigation.Load);
            await page.WaitForSelectorAsync("#search-form:not([hidden])");
            await page.TypeAsync("#q", word);
            await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes(' of ')");
            await CheckSearch(page, statement, word);
            await page.GoToAsync(Url("search.html") + "?q=" + Uri.EscapeDataString(word), WaitUntilNavigation.Load);
            await CheckSearch(page, statement, word);
            errors.Should().BeEmpty();

            var screenshots = Path.Combine(AppContext.BaseDirectory, "browser-screenshots");
            Directory.CreateDirectory(screenshots);
            foreach (var (name, file) in new[] { ("index.html", "index.png"), ("jurisdictions/hk.html", "hong-kong.png") })
            {
                await page.GoToAsync(Url(name), WaitUntilNavigation.Load);
                var path = Path.Combine(screenshots, file);
                await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
                new FileInfo(path).Length.Should().BeGreaterThan(10_000, file);
                _output.WriteLine($"screenshot: {path}");
            }

            await page.EmulateMediaTypeAsync(MediaType.Print);
            (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('header')).display"))
                .Should().Be("none", "the print stylesheet leaves the navigation out");
            await page.EmulateMediaTypeAsync(MediaType.Screen);

            await page.SetJavaScriptEnabledAsync(false);
            await page.GoToAsync(Url("search.html") + "?q=" + Uri.EscapeDataString(word), WaitUntilNavigation.Load);
            (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#statements > li:not([hidden])').length"))
                .Should().Be(PolicyDatasets.HongKong2020.Statements.Length, "without JavaScript every statement is listed");
            (await page.EvaluateExpressionAsync<bool>("document.getElementById('search-form').hidden")).Should().BeTrue();
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private async Task CheckSearch(IPage page, string statement, string word)
    {
        var rows = await page.EvaluateExpressionAsync<SearchRow[]>(
            "Array.from(document.querySelectorAll('#statements > li'), li => ({ id: li.querySelector('figure').dataset.statement, hidden: li.hidden, text: li.textContent }))");
        rows.Should().NotBeEmpty();
        rows.Single(r => r.Id == statement).Hidden.Should().BeFalse($"the statement holds '{word}'");
        rows.Should().Contain(r => r.Hidden, $"'{word}' is not in every statement");
        foreach (var row in rows)
        {
            row.Hidden.Should().Be(!row.Text.Contains(word, StringComparison.OrdinalIgnoreCase), row.Id);
        }
        _output.WriteLine($"search '{word}': {rows.Count(r => !r.Hidden)} of {rows.Length} statements shown");
    }

    /// <summary>A statement, and a word of its text (letters only, at least six) that some item of the search page's list lacks.</summary>
    private (string Statement, string Word) SearchableWord(PolicyDataset dataset)
    {
        var items = _site["search.html"].QuerySelectorAll("#statements > li").Select(li => li.TextContent).ToList();
        foreach (var statement in dataset.Statements.OrderBy(s => s.Id))
        {
            foreach (Match match in Word().Matches(statement.Text))
            {
                var word = match.Value.ToLower(CultureInfo.InvariantCulture);
                if (items.Any(text => !text.Contains(word, StringComparison.OrdinalIgnoreCase)))
                {
                    return (statement.Id.Value, word);
                }
            }
        }
        throw new InvalidOperationException("No statement has a word that another statement lacks.");
    }

    private string Url(string page) => new Uri(Path.Combine(_site.Root, page)).AbsoluteUri;

    [GeneratedRegex(@"\p{L}{6,}")]
    private static partial Regex Word();

    private sealed record SearchRow(string Id, bool Hidden, string Text);
}
