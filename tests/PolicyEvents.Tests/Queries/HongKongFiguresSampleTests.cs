using HongKongFiguresSample;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// The Hong Kong figures sample (samples/PolicyEvents.Samples.HongKongFigures): its report code, compiled into the
/// tests, run on the same real exports (Fixtures/figures, which the sample copies from here). The key numbers are
/// checked against the library's own answer, and the output pasted in the sample's README must be what it prints.
/// </summary>
public class HongKongFiguresSampleTests
{
    private static readonly CompanyId Google = new("google");
    private static readonly CompanyId Facebook = new("facebook");

    private static readonly Lazy<IReadOnlyList<HongKongFiguresReport.ImportedFile>> Files = new(() =>
        HongKongFiguresReport.Import(Path.Combine(AppContext.BaseDirectory, "Fixtures", "figures")));

    private static IEnumerable<ReportedFigures> Figures => Files.Value.SelectMany(f => f.Result.Figures);

    private static string Output()
    {
        using var output = new StringWriter { NewLine = "\n" };
        HongKongFiguresReport.Write(PolicyDatasets.HongKong2020, Files.Value, output);
        return output.ToString();
    }

    private static RequestFigures At(IReadOnlyList<FiguresBesidePolicy> rows, LocalDate end, string category) =>
        rows.Single(r => r.Period.End == end).Category(category)!.Figures;

    [Fact]
    public void The_half_years_around_the_pause_are_the_ones_the_library_gives()
    {
        var history = PolicyHistory.From(PolicyDatasets.HongKong2020);
        var google = history.FiguresBesidePolicy(Figures, Google, new JurisdictionCode("HK"), new LocalDate(2019, 7, 1), new LocalDate(2021, 6, 30));
        var facebook = history.FiguresBesidePolicy(Figures, Facebook, new JurisdictionCode("HK"), new LocalDate(2019, 7, 1), new LocalDate(2021, 6, 30));

        var (before, pause, after) = HongKongFiguresReport.AroundThePause(HongKongFiguresReport.Rows(history, Figures, Google))!.Value;
        before!.Should().Be(google[1]);
        pause.Should().Be(google[2]);
        after!.Should().Be(google[3]);
        At(google, new LocalDate(2020, 6, 30), "Other Legal Requests").Requests.Count.Should().Be(135);
        At(google, new LocalDate(2020, 6, 30), "Other Legal Requests").PercentWithDataProduced.Percent.Should().Be(81m);
        At(google, new LocalDate(2020, 12, 31), "Other Legal Requests").Requests.Count.Should().Be(42);
        At(google, new LocalDate(2020, 12, 31), "Other Legal Requests").PercentWithDataProduced.Percent.Should().Be(5m);
        At(google, new LocalDate(2021, 6, 30), "Other Legal Requests").Requests.Count.Should().Be(7);
        At(google, new LocalDate(2021, 6, 30), "Other Legal Requests").PercentWithDataProduced.Percent.Should().Be(0m);

        var (fbBefore, fbPause, fbAfter) = HongKongFiguresReport.AroundThePause(facebook)!.Value;
        fbBefore!.Period.End.Should().Be(new LocalDate(2020, 6, 30));
        fbPause.Period.End.Should().Be(new LocalDate(2020, 12, 31));
        fbAfter.Should().BeNull("the fixtures hold Meta's two 2020 files only");
        At(facebook, new LocalDate(2020, 6, 30), "Total Requests").Requests.Count.Should().Be(262);
        At(facebook, new LocalDate(2020, 6, 30), "Total Requests").RequestsWithDataProduced.Count.Should().Be(62);
        At(facebook, new LocalDate(2020, 6, 30), "Total Requests").PercentWithDataProduced.Percent.Should().Be(24m);
        At(facebook, new LocalDate(2020, 12, 31), "Total Requests").Requests.Count.Should().Be(202);
        At(facebook, new LocalDate(2020, 12, 31), "Total Requests").PercentWithDataProduced.Percent.Should().Be(0m);
    }

    [Fact]
    public void The_report_prints_those_numbers_and_its_reading()
    {
        var text = Output();

        text.Should().Contain("  2020-01-01/2020-06-30 (start derived)      135      327  81%                 none recorded\n");
        text.Should().Contain("(google-hk-2020-07-06-v2); FormalChannelOnly 2020-08-13 00:00 to 2021-01-01 00:00, 141 days (google-hk-2020-08-13-v2)\n");
        text.Should().Contain("  2020-07-01/2020-12-31                      202      223  0 (0%)              Paused 2020-07-06 00:00 to 2021-01-01 00:00, 179 days (facebook-hk-2020-07-06)\n");
        text.Should().Contain("    requests from 135 to 42 (-69%); share with some data produced from 81% to 5% (-76 points)\n");
        text.Should().Contain("    requests from 262 to 202 (-23%); share with some data produced from 24% to 0% (-24 points)\n");
        text.Should().Contain("  Yes: at each company the share with some data produced fell in the half-year of the pause");
        text.Should().Contain("google-global-user-data-requests.csv (google): 3033 figure sets, 37 for HK; import issues: 3\n");
    }

    [Fact]
    public void A_change_is_computed_only_between_numbers_of_the_same_kind()
    {
        HongKongFiguresReport.Change(PublishedNumber.Parse("135"), PublishedNumber.Parse("42")).Should().Be("from 135 to 42 (-69%)");
        HongKongFiguresReport.Change(PublishedNumber.Parse("1,000"), PublishedNumber.Parse("1,005")).Should().Be("from 1,000 to 1,005 (+1%)");
        HongKongFiguresReport.Change(PublishedNumber.Parse("0"), PublishedNumber.Parse("3")).Should().Be("from 0 to 3");
        HongKongFiguresReport.Change(PublishedNumber.ParsePercentage("81"), PublishedNumber.ParsePercentage("5%")).Should().Be("from 81% to 5% (-76 points)");
        HongKongFiguresReport.Change(PublishedNumber.Parse("0-249"), PublishedNumber.Parse("42")).Should().Be("from 0-249 to 42 (not comparable)");
        HongKongFiguresReport.Change(PublishedNumber.Unknown, PublishedNumber.Parse("42")).Should().Be("from ? to 42 (not comparable)");
    }

    [Fact]
    public void The_sample_README_holds_exactly_what_the_report_prints()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PolicyEvents.sln")))
        {
            root = root.Parent;
        }
        root.Should().NotBeNull("the tests run inside the repository");
        var readme = File.ReadAllText(Path.Combine(root!.FullName, "samples", "PolicyEvents.Samples.HongKongFigures", "README.md")).ReplaceLineEndings("\n");

        readme.Should().Contain("```text\n" + Output() + "```\n");
    }
}
