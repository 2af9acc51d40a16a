using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Run(PolicyDataset? builtIn, params string[] args) => CliRunner.Run(builtIn, _dir.Path, args);

    private GeneratedSite Site(string folder) => GeneratedSite.Read(Path.Combine(_dir.Path, folder));

    [Fact]
    public void The_same_dataset_gives_the_same_bytes_in_every_file()
    {
        Run(null, "report", "-o", "a").ExitCode.Should().Be(0);
        Run(null, "report", "--output", "b/").ExitCode.Should().Be(0);

        var a = Site("a").Files;
        var b = Site("b").Files;
        a.Keys.Should().BeEquivalentTo(b.Keys);
        foreach (var (path, bytes) in a)
        {
            bytes.Should().Equal(b[path], path);
        }
    }

    [Fact]
    public void It_says_where_the_site_is_and_reads_a_dataset_file()
    {
        var file = TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "hk.json");

        var result = Run(null, "report", file, "-o", "site");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be($"wrote 6 pages to site (open {Path.Combine("site", "index.html")})\n");
        Site("site").Files.Keys.Should().Contain(["companies/google.html", "companies/facebook.html", "companies/whatsapp.html", "jurisdictions/hk.html"]);
    }

    [Fact]
    public void Figures_are_charted_beside_the_policy_with_a_table_under_the_chart()
    {
        Run(TestDatasets.HongKong(), "report", "-o", "site").ExitCode.Should().Be(0);
        var site = Site("site");

        var section = site["companies/google.html"].GetElementById("figures-hk")!.ParentElement!;
        var svg = section.QuerySelector("figure.chart svg")!;
        svg.QuerySelectorAll("g.policy rect").Should().NotBeEmpty("the policy in force is shaded behind the numbers");
        svg.QuerySelectorAll("g.figures rect").Should().NotBeEmpty();
        var row = section.QuerySelector("table.figures tbody tr")!;
        row.QuerySelector("th")!.TextContent.Should().Be("2020-01-01 to 2020-06-30");
        row.QuerySelectorAll("td").Select(td => td.TextContent).Should().StartWith(["User data requests", "100", "not published"]);
        row.QuerySelector(".stance")!.TextContent.Should().Be("Responding as usual");
        site["jurisdictions/hk.html"].QuerySelectorAll("#figures ~ ul a, section a").Select(a => a.GetAttribute("href"))
            .Should().Contain("../companies/google.html#figures-hk");
        site["companies/facebook.html"].GetElementById("figures").Should().BeNull("Facebook published no figures in this dataset");
    }

    [Fact]
    public void Figures_of_several_periods_show_each_policy_in_force_and_published_ranges()
    {
        var first = TestDatasets.HongKong();
        var google = TestDatasets.GoogleFigures;
        var dataset = new PolicyDataset(first.Metadata, first.Companies, first.Jurisdictions, first.Sources, first.Statements, first.Triggers, first.Events,
        [
            google.WithPeriod(ReportingPeriod.HalfYear(2019, 2)).WithFigures(new RequestFigures(PublishedNumber.Exact(80))),
            google,
            google.WithPeriod(ReportingPeriod.HalfYear(2020, 2)).WithFigures(new RequestFigures(PublishedNumber.Range(0, 49, "0-49"))),
        ]);

        Run(dataset, "report", "-o", "site").ExitCode.Should().Be(0);

        var section = Site("site")["companies/google.html"].GetElementById("figures-hk")!.ParentElement!;
        var rows = section.QuerySelectorAll("table.figures tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th")!.TextContent).Should().Equal("2019-07-01 to 2019-12-31", "2020-01-01 to 2020-06-30", "2020-07-01 to 2020-12-31");
        rows.Select(r => r.QuerySelectorAll("td")[1].TextContent).Should().Equal("80", "100", "0-49");
        rows[1].QuerySelectorAll("td")[4].TextContent.Should().Be("Responding as usual (google-hk-2019, 181 days of it); then Paused (google-hk-pause, 1 hour of it)",
            "the law took effect at 23:00 on the last day of the period");
        rows[2].QuerySelectorAll("td")[4].TextContent.Should().Be("Paused (google-hk-pause, the whole period)");
        var bars = section.QuerySelectorAll("svg g.figures rect").ToList();
        bars.Should().HaveCount(4, "one bar per exact number, two for the range (solid to its minimum, light to its maximum)");
        section.QuerySelectorAll("svg g.figures text").Select(t => t.TextContent).Should().Equal("80", "100", "0-49");
        section.QuerySelectorAll("svg g.policy rect").Select(r => r.GetAttribute("fill")).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Corrected_records_give_way_and_their_statements_and_uncited_ones_are_still_shown()
    {
        var first = TestDatasets.HongKong();
        var hk = new JurisdictionCode("HK");
        var claim = new Statement(new StatementId("whatsapp-wrong-claim"), "We refuse every request.", new Speaker(new CompanyId("whatsapp")),
            PartialDate.Parse("2020-07-05"), LanguageTag.English);
        var uncited = new Statement(new StatementId("google-aside"), "We are watching the situation.", new Speaker(new CompanyId("google")),
            null, LanguageTag.English);
        var wrong = new PolicyEvent(new EventId("whatsapp-hk-wrong"), new CompanyId("whatsapp"), hk, new RequestPolicy(PolicyStance.Refusing),
            PartialDate.Parse("2020-07-05"), null, TestDatasets.Recorded, [claim.Id]);
        var dataset = new PolicyDataset(first.Metadata, first.Companies, first.Jurisdictions, first.Sources, [.. first.Statements, claim, uncited],
            first.Triggers, [.. first.Events, wrong, TestDatasets.WhatsAppCorrection.WithRecorded(TestDatasets.Recorded.PlusTicks(1))]);

        Run(dataset, "report", "-o", "site").ExitCode.Should().Be(0);

        var page = Site("site")["jurisdictions/hk.html"];
        page.GetElementById("event-whatsapp-hk-wrong").Should().BeNull("a correction replaced it");
        page.GetElementById("event-whatsapp-hk-2020-correction")!.TextContent
            .Should().Contain("the earlier record whatsapp-hk-wrong (Refusing from 2020-07-05), which this one replaces");
        page.QuerySelectorAll("#other-statements ~ figure.statement, section[aria-labelledby=other-statements] figure.statement")
            .Select(f => f.GetAttribute("data-statement")).Should().Equal("whatsapp-wrong-claim", "google-aside");
        page.QuerySelectorAll("figure.statement").Select(f => f.GetAttribute("data-statement")).Distinct()
            .Should().BeEquivalentTo(dataset.Statements.Select(s => s.Id.Value), "the page shows every statement of a one-jurisdiction dataset");
    }

    [Fact]
    public void Markup_in_the_data_is_shown_as_text_and_never_runs()
    {
        const string Script = "<script>alert('x')</script>";
        const string Image = "<img src=x onerror=\"alert(1)\">";
        var hk = new JurisdictionCode("HK");
        var source = new Source(new SourceId("evil-source"), "Evil & Co " + Image, "Title " + Script, new Uri("https://example.org/a?b=1&c=\"2\""));
        var statement = new Statement(new StatementId("evil"), "We said " + Script + " & \"quoted\" " + Image, new Speaker(new CompanyId("evil"), "Eve " + Script, Image),
                PartialDate.Parse("2020-07-06"), new LanguageTag("zh-Hant-HK"), [source.Id])
            .WithVariants([new StatementVariant("Variant " + Script, null, [source.Id])]);
        var dataset = new PolicyDataset(
            new DatasetMetadata(new DatasetId("evil"), "Title " + Script, "1.0.0 " + Image, TestDatasets.Recorded, license: "CC0-1.0", description: Image),
            [new Company(new CompanyId("evil"), "Evil " + Script, [new CompanyName(Image, CompanyNameKind.Alias)])], [],
            [source], [statement],
            [new Trigger(new TriggerId("evil-law"), hk, "Law " + Script, PartialDate.Parse("2020-06-30"), [source.Id])],
            [new PolicyEvent(new EventId("evil-hk"), new CompanyId("evil"), hk,
                new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.UserData, Requesters.None, ["app " + Script]), ["if " + Image], ["unless " + Script]),
                PartialDate.Parse("2020-07-06"), null, TestDatasets.Recorded, [statement.Id], [source.Id], new TriggerId("evil-law"), note: "Note " + Script)]);

        Run(dataset, "report", "-o", "site").ExitCode.Should().Be(0);
        var site = Site("site");

        foreach (var (name, page) in site.Pages)
        {
            page.QuerySelectorAll("script").Where(s => s.GetAttribute("src") != "search.js" || s.TextContent.Length > 0).Should().BeEmpty(name);
            page.QuerySelectorAll("img").Should().BeEmpty(name);
            page.All.SelectMany(e => e.Attributes).Should().NotContain(a => a.Name.StartsWith("on", StringComparison.Ordinal), name);
        }
        var hkPage = site["jurisdictions/hk.html"];
        var quote = hkPage.QuerySelector("figure.statement blockquote")!;
        var words = quote.QuerySelector("p")!;
        words.TextContent.Should().Be(statement.Text);
        quote.GetAttribute("lang").Should().Be("zh-Hant-HK");
        hkPage.QuerySelector(".variants blockquote p")!.TextContent.Should().Be("Variant " + Script);
        hkPage.QuerySelector("svg title")!.TextContent.Should().NotContain("<script", "the chart's title is the jurisdiction's");
        hkPage.QuerySelectorAll("svg text").Select(t => t.TextContent).Should().Contain(["Evil " + Script, "Law " + Script]);
        hkPage.QuerySelector("a[href^='https://example.org']")!.GetAttribute("href").Should().Be(source.Url!.AbsoluteUri);
        hkPage.QuerySelector("main")!.TextContent.Should().Contain("Title " + Script).And.Contain("Note " + Script).And.Contain("app " + Script);
        site["index.html"].QuerySelector("h1")!.TextContent.Should().Be("Title " + Script);
        site["companies/evil.html"].QuerySelector("h1")!.TextContent.Should().Be("Evil " + Script);
    }

    [Fact]
    public void A_folder_holding_other_files_is_left_alone()
    {
        var folder = Path.Combine(_dir.Path, "mine");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "keep me");

        var result = Run(null, "report", "-o", "mine");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: cannot write the site to 'mine': the folder is not empty and holds no earlier report; give a new or empty folder\n");
        Directory.EnumerateFileSystemEntries(folder).Should().ContainSingle();
        Directory.EnumerateFileSystemEntries(_dir.Path).Should().ContainSingle("no temporary folder is left behind");
    }

    [Fact]
    public void An_earlier_report_is_replaced_whole_and_an_empty_folder_is_used()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "site"));
        Run(null, "report", "-o", "site").ExitCode.Should().Be(0);
        File.WriteAllText(Path.Combine(_dir.Path, "site", "companies", "gone.html"), "a company the dataset no longer has");

        Run(TestDatasets.HongKong(), "report", "-o", "site").ExitCode.Should().Be(0);

        var files = Site("site").Files.Keys;
        files.Should().NotContain("companies/gone.html").And.NotContain("companies/apple.html").And.Contain("companies/google.html");
        Directory.EnumerateFileSystemEntries(_dir.Path).Should().ContainSingle("no temporary or old folder is left behind");
    }

    [Fact]
    public void A_file_in_the_way_or_a_missing_option_is_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "site"), "a file");

        var result = Run(null, "report", "-o", "site");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: cannot write the site to 'site': it is a file, not a folder\n");

        var missing = Run(null, "report");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Be("policyevents: error: Option '--output' is required. (see 'policyevents --help')\n");
    }

    [Fact]
    public void Help_lists_the_command()
    {
        Run(null, "--help").Output.Should().Contain("  report ");
        Run(null, "report", "--help").Output.Should().Contain("-o, --output <folder> (REQUIRED)");
    }
}
