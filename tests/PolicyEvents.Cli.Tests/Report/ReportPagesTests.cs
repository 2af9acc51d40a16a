using AngleSharp.Dom;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Tests.Report;

/// <summary>
/// The site of the built-in dataset, parsed without a browser: structure, links, and that every company, event and
/// statement of the dataset is there (computed from the dataset, not written down: the dataset grows).
/// </summary>
public sealed class ReportPagesTests : IClassFixture<ReportPagesTests.BuiltInSite>
{
    private static readonly JurisdictionCode Hk = new("HK");
    private readonly GeneratedSite _site;

    public ReportPagesTests(BuiltInSite fixture) => _site = fixture.Site;

    /// <summary>Writes the built-in dataset's site once for the class.</summary>
    public sealed class BuiltInSite : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public BuiltInSite()
        {
            var result = CliRunner.Run(null, _dir.Path, "report", "-o", "site");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"report failed: {result.Error}");
            }
            Site = GeneratedSite.Read(Path.Combine(_dir.Path, "site"));
        }

        public GeneratedSite Site { get; }

        public void Dispose() => _dir.Dispose();
    }

    private static PolicyDataset Dataset => PolicyDatasets.HongKong2020;

    [Fact]
    public void There_is_an_index_a_search_page_a_page_per_jurisdiction_and_per_company()
    {
        var expected = new[] { "index.html", "search.html", "site.css", "search.js", "jurisdictions/hk.html" }
            .Concat(Dataset.Companies.Select(c => $"companies/{c.Id}.html"));

        _site.Files.Keys.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Every_page_is_english_with_a_title_one_h1_and_headings_in_order()
    {
        foreach (var (name, page) in _site.Pages)
        {
            page.DocumentElement.GetAttribute("lang").Should().Be("en", name);
            page.Title.Should().NotBeNullOrWhiteSpace(name);
            page.QuerySelector("meta[charset]")!.GetAttribute("charset").Should().Be("utf-8", name);
            page.QuerySelectorAll("h1").Should().ContainSingle(name);
            page.QuerySelectorAll("main").Should().ContainSingle(name);
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                levels[i].Should().BeLessThanOrEqualTo(levels[i - 1] + 1, $"{name} skips a heading level");
            }
        }
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var (name, page) in _site.Pages)
        {
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            ids.Should().OnlyHaveUniqueItems(name);
        }
    }

    [Fact]
    public void Every_internal_link_is_relative_and_resolves_to_a_file_and_an_anchor()
    {
        var checkedLinks = 0;
        foreach (var (name, page) in _site.Pages)
        {
            foreach (var (href, target, fragment) in GeneratedSite.InternalLinks(name, page))
            {
                target.Should().NotBeNull($"{name} links to '{href}', which is not relative inside the site");
                _site.Files.Should().ContainKey(target!, $"{name} links to '{href}'");
                if (!string.IsNullOrEmpty(fragment))
                {
                    _site[target!].GetElementById(fragment).Should().NotBeNull($"{name} links to '{href}'");
                }
                checkedLinks++;
            }
        }
        checkedLinks.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Every_table_has_a_caption_and_header_cells_with_a_scope()
    {
        foreach (var (name, page) in _site.Pages)
        {
            foreach (var table in page.QuerySelectorAll("table"))
            {
                table.QuerySelector("caption").Should().NotBeNull(name);
                table.QuerySelectorAll("thead th").Should().NotBeEmpty(name);
                table.QuerySelectorAll("th").Should().OnlyContain(th => th.GetAttribute("scope") == "col" || th.GetAttribute("scope") == "row", name);
            }
        }
    }

    [Fact]
    public void Every_chart_is_an_image_named_and_described_by_text()
    {
        var charts = 0;
        foreach (var (name, page) in _site.Pages)
        {
            foreach (var svg in page.QuerySelectorAll("svg"))
            {
                svg.GetAttribute("role").Should().Be("img", name);
                var labels = svg.GetAttribute("aria-labelledby")!.Split(' ');
                labels.Should().HaveCount(2);
                foreach (var id in labels)
                {
                    page.GetElementById(id)!.TextContent.Should().NotBeNullOrWhiteSpace($"{name}: {id}");
                }
                charts++;
            }
        }
        charts.Should().BeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public void Only_the_search_page_loads_a_script_and_only_its_own()
    {
        foreach (var (name, page) in _site.Pages)
        {
            var scripts = page.QuerySelectorAll("script").ToList();
            if (name == "search.html")
            {
                scripts.Should().ContainSingle().Which.GetAttribute("src").Should().Be("search.js");
                scripts[0].TextContent.Should().BeEmpty();
            }
            else
            {
                scripts.Should().BeEmpty(name);
            }
        }
    }

    [Fact]
    public void The_index_names_the_dataset_its_licence_version_counts_jurisdictions_companies_and_triggers()
    {
        var index = _site["index.html"];
        var text = index.Body!.TextContent;

        index.QuerySelector("h1")!.TextContent.Should().Be(Dataset.Metadata.Title);
        text.Should().Contain(Dataset.Metadata.Version).And.Contain(Dataset.Metadata.License!);
        var counts = index.QuerySelectorAll("table.counts tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        counts["Companies"].Should().Be(Dataset.Companies.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        counts["Statements"].Should().Be(Dataset.Statements.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        counts["Policy events"].Should().Be(Dataset.Events.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var links = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(Dataset.Companies.Select(c => $"companies/{c.Id}.html")).And.Contain("jurisdictions/hk.html");
        foreach (var trigger in Dataset.Triggers)
        {
            text.Should().Contain(trigger.Title);
        }
    }

    [Fact]
    public void The_hong_kong_page_has_a_lane_for_every_company_with_an_event_there()
    {
        var page = _site["jurisdictions/hk.html"];
        var companies = PolicyHistory.From(Dataset).Events.Where(e => e.Jurisdiction == Hk).Select(e => e.Company.Value).Distinct().ToList();

        var lanes = page.QuerySelectorAll("svg g.lane").Select(g => g.GetAttribute("data-key")!).ToList();
        companies.Should().NotBeEmpty();
        foreach (var company in companies)
        {
            lanes.Should().Contain(key => key == company || key.StartsWith(company + "#", StringComparison.Ordinal), $"{company} has events toward HK");
        }
        var rows = page.QuerySelectorAll("table.periods tbody tr").Length;
        rows.Should().Be(new PolicyTimelines(Dataset).Timeline(new Selection(Hk, null)).Count(), "the table gives the chart's periods as text");
    }

    [Fact]
    public void The_hong_kong_page_lists_every_change_in_order_with_its_statements_verbatim_and_sources()
    {
        var page = _site["jurisdictions/hk.html"];
        var events = PolicyHistory.From(Dataset).Events.Where(e => e.Jurisdiction == Hk)
            .OrderBy(e => PolicyTimelines.StartOf(Dataset, e)).ThenBy(e => e.Company).ThenBy(e => e.Id).ToList();

        page.QuerySelectorAll("article.change").Select(a => a.Id).Should().Equal(events.Select(e => "event-" + e.Id));
        foreach (var policyEvent in events)
        {
            var article = page.GetElementById("event-" + policyEvent.Id)!;
            var quoted = article.QuerySelectorAll("figure.statement").Select(f => f.GetAttribute("data-statement")).ToList();
            quoted.Should().Equal(policyEvent.Statements.Select(s => s.Value), policyEvent.Id.Value);
            foreach (var id in policyEvent.Statements)
            {
                var statement = Dataset.GetStatement(id);
                var figure = article.QuerySelectorAll("figure.statement").First(f => f.GetAttribute("data-statement") == id.Value);
                Quoted(figure).Should().Contain(statement.Text);
                foreach (var variant in statement.Variants.Where(v => v.Text is not null))
                {
                    Quoted(figure).Should().Contain(variant.Text!);
                }
                if (!statement.IsParaphrase)
                {
                    figure.QuerySelector("blockquote")!.GetAttribute("lang").Should().Be(statement.Language.Value);
                }
            }
            var hrefs = article.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
            foreach (var source in policyEvent.Sources.Select(Dataset.GetSource).Where(s => s.Url is not null))
            {
                hrefs.Should().Contain(source.Url!.AbsoluteUri, policyEvent.Id.Value);
            }
            article.TextContent.Should().Contain((policyEvent.Effective ?? policyEvent.Announced)!.Value.ToString());
        }
    }

    [Fact]
    public void The_hong_kong_page_shows_every_statement_of_the_dataset()
    {
        var page = _site["jurisdictions/hk.html"];

        Dataset.Events.Select(e => e.Jurisdiction).Distinct().Should().Equal([Hk], "the built-in dataset is about Hong Kong alone");
        page.QuerySelectorAll("figure.statement").Select(f => f.GetAttribute("data-statement")).Distinct()
            .Should().BeEquivalentTo(Dataset.Statements.Select(s => s.Id.Value));
    }

    [Fact]
    public void The_search_page_holds_every_statement_of_the_dataset_verbatim()
    {
        var page = _site["search.html"];

        var figures = page.QuerySelectorAll("#statements > li > figure.statement").ToList();
        figures.Select(f => f.GetAttribute("data-statement")).Should().BeEquivalentTo(Dataset.Statements.Select(s => s.Id.Value));
        foreach (var statement in Dataset.Statements)
        {
            Quoted(figures.Single(f => f.GetAttribute("data-statement") == statement.Id.Value)).Should().Contain(statement.Text);
        }
        page.QuerySelector("form[role=search]")!.HasAttribute("hidden").Should().BeTrue("without JavaScript the list is the page");
    }

    [Fact]
    public void Every_company_page_names_it_and_lists_its_periods_and_statements()
    {
        var timelines = new PolicyTimelines(Dataset);
        foreach (var company in Dataset.Companies)
        {
            var page = _site[$"companies/{company.Id}.html"];
            page.QuerySelector("h1")!.TextContent.Should().Be(company.Name);
            var periods = timelines.Timeline(new Selection(null, new HashSet<CompanyId> { company.Id })).Count();
            page.QuerySelectorAll("table.periods tbody tr").Should().HaveCount(periods, company.Id.Value);
            page.QuerySelectorAll("figure.statement").Select(f => f.GetAttribute("data-statement"))
                .Should().BeEquivalentTo(Dataset.Statements.Where(s => s.Speaker.Company == company.Id).Select(s => s.Id.Value));
            if (company.Parent is { } parent)
            {
                page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).Should().Contain($"../companies/{parent}.html");
            }
        }
    }

    [Fact]
    public void The_stylesheet_has_a_print_section_and_no_remote_reference()
    {
        var css = System.Text.Encoding.UTF8.GetString(_site.Files["site.css"]);

        css.Should().Contain("@media print");
        css.Should().NotContain("@import").And.NotContain("url(");
        foreach (var page in _site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) || f.Key.EndsWith(".js", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(page.Value);
            text.Should().NotContain("src=\"http", page.Key).And.NotContain("<link rel=\"stylesheet\" href=\"http", page.Key);
        }
    }

    private static string Quoted(IElement figure) =>
        string.Join("\n", figure.QuerySelectorAll("blockquote p, .paraphrase span[lang], .paraphrase span:last-child").Select(e => e.TextContent));
}
