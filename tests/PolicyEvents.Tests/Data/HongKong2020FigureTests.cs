using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Import;
using PolicyEvents.Queries;
using PolicyEvents.Tests.Import;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// The published figures inside the bundled dataset: exactly what the library's importers read from the companies'
/// exports (the copies in Fixtures/figures), Hong Kong rows of periods from 2013, each citing its report among the
/// dataset's sources, so that the dataset cannot drift from the importers (eng/import-hong-kong-figures.sh writes them).
/// </summary>
public class HongKong2020FigureTests
{
    private static readonly JurisdictionCode HK = new("HK");
    private static readonly CompanyId Google = new("google");
    private static readonly CompanyId Facebook = new("facebook");
    private static readonly CompanyId Apple = new("apple");
    private static readonly CompanyId Microsoft = new("microsoft");

    private static PolicyDataset Dataset => PolicyDatasets.HongKong2020;

    /// <summary>Every export of the fixtures, read by its importer, with the id of the source that cites it: the test's own
    /// list, written independently of the import tool's.</summary>
    private static IEnumerable<(string File, string Source, FigureImportResult Result)> Imports()
    {
        FigureImportResult Read(string name, Func<Stream, FigureImportResult> read)
        {
            using var stream = FigureFixtures.Open(name);
            return read(stream);
        }
        yield return (FigureFixtures.Google, "google-user-data-requests-export",
            Read(FigureFixtures.Google, s => GoogleUserDataRequestsCsv.Read(s, FigureFixtures.Google, Google)));
        yield return (FigureFixtures.GoogleDiplomatic, "google-user-data-requests-export",
            Read(FigureFixtures.GoogleDiplomatic, s => GoogleDiplomaticRequestsCsv.Read(s, FigureFixtures.GoogleDiplomatic, Google)));
        foreach (var meta in FigureFixtures.MetaAll)
        {
            yield return (meta, "meta-government-requests-export", Read(meta, s => MetaGovernmentRequestsCsv.Read(s, meta, Facebook)));
        }
        foreach (var apple in new[] { FigureFixtures.AppleAccounts, FigureFixtures.AppleDevices })
        {
            yield return (apple, "apple-transparency-report-export", Read(apple, s => AppleTransparencyReportCsv.Read(s, apple, Apple)));
        }
        foreach (var workbook in new[] { FigureFixtures.Microsoft2019H2, FigureFixtures.Microsoft2020H1, FigureFixtures.Microsoft2020H2 })
        {
            yield return (workbook, "microsoft-law-enforcement-requests-export",
                Read(workbook, s => MicrosoftLawEnforcementRequestsXlsx.Read(s, workbook, Microsoft)));
        }
    }

    [Fact]
    public void The_dataset_holds_exactly_the_Hong_Kong_figures_the_importers_read_from_2013()
    {
        var imports = Imports().ToList();
        imports.Should().OnlyContain(i => !i.Result.HasErrors, "every export is read in full");
        var expected = imports.SelectMany(i => i.Result.Figures
            .Where(f => f.Jurisdiction == HK && f.Period.Start >= new LocalDate(2013, 1, 1))
            .Select(f => f.WithProvenance(f.Provenance!.WithSource(new SourceId(i.Source)))));
        var ordered = new PolicyDataset(Dataset.Metadata, figures: expected).Figures;

        Dataset.Figures.Should().HaveCount(128).And.Equal(ordered, "figure sets compare every figure, the published text and the provenance (file, line, source)");
    }

    [Fact]
    public void Every_figure_set_cites_its_report_among_the_datasets_sources()
    {
        Dataset.Figures.Should().OnlyContain(f => f.Provenance != null && f.Provenance.Source != null && f.Provenance.Published == null,
            "the exports are not dated: each set is one undated version");
        foreach (var group in Dataset.Figures.GroupBy(f => f.Provenance!.Source!.Value))
        {
            var source = Dataset.GetSource(group.Key);
            source.Publisher.Should().NotBeNullOrEmpty();
            source.Title.Should().NotBeNullOrEmpty();
            source.Url!.Host.Should().Be("github.com", "the exports were imported from the copies kept in a public repository at a fixed commit");
            source.Url.AbsolutePath.Should().Contain("/tree/07990ebb1678701e488bc3d63f163e947246e12d/");
            group.Select(f => f.Company).Distinct().Should().ContainSingle("one report per company");
        }
        Dataset.Validate().Should().NotContain(d => d.Severity == Diagnostics.DiagnosticSeverity.Error || d.Code == "PE0103");
    }

    [Theory]
    [InlineData("google", "2013-01-01", "2022-01-01", 19)]
    [InlineData("apple", "2013-01-01", "2021-07-01", 18)]
    [InlineData("microsoft", "2019-07-01", "2020-01-01", 2)]
    public void Each_company_has_every_half_year_from_2013_to_the_latest_its_export_holds(string company, string first, string last, int count)
    {
        var starts = Dataset.Figures.Where(f => f.Company == new CompanyId(company)).Select(f => f.Period.Start).Distinct().Order().ToList();

        starts.Should().HaveCount(count);
        starts[0].Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value);
        starts[^1].Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(last).Value);
        starts.Zip(starts.Skip(1)).Should().OnlyContain(p => p.Second == p.First.PlusMonths(6), "no half-year is missing");
    }

    [Fact]
    public void Facebook_has_the_half_years_of_the_exports_there_are()
    {
        // The exports kept hold 2013 H1, 2014 H1 and H2, and 2016 H1 to 2022 H2 (no 2013 H2 and no 2015).
        Dataset.Figures.Where(f => f.Company == Facebook).Select(f => f.Period.ToString()).Distinct().Should().Equal(
            "2013-01-01/2013-06-30", "2014-01-01/2014-06-30", "2014-07-01/2014-12-31",
            "2016-01-01/2016-06-30", "2016-07-01/2016-12-31", "2017-01-01/2017-06-30", "2017-07-01/2017-12-31",
            "2018-01-01/2018-06-30", "2018-07-01/2018-12-31", "2019-01-01/2019-06-30", "2019-07-01/2019-12-31",
            "2020-01-01/2020-06-30", "2020-07-01/2020-12-31", "2021-01-01/2021-06-30", "2021-07-01/2021-12-31",
            "2022-01-01/2022-06-30", "2022-07-01/2022-12-31");
    }

    [Fact]
    public void Figures_beside_policy_for_the_four_companies_on_the_embedded_dataset()
    {
        var history = PolicyHistory.Create(Dataset.Events, Dataset.Companies, Dataset.Statements, Dataset.Sources, Dataset.Triggers, Dataset.Registry);
        IReadOnlyList<FiguresBesidePolicy> Rows(CompanyId company) =>
            history.FiguresBesidePolicy(Dataset.Figures, company, HK, new LocalDate(2019, 7, 1), new LocalDate(2020, 12, 31));
        static FiguresBesidePolicy Half(IReadOnlyList<FiguresBesidePolicy> rows, int year, int month) =>
            rows.Single(r => r.Period.Start == new LocalDate(year, month, 1));

        var google = Rows(Google);
        google.Should().HaveCount(3);
        Half(google, 2020, 1).Category("Other Legal Requests")!.Figures.Requests.Count.Should().Be(135);
        Half(google, 2020, 7).Category("Other Legal Requests")!.Figures.PercentWithDataProduced.Percent.Should().Be(5m);

        var facebook = Rows(Facebook);
        facebook.Should().HaveCount(3);
        Half(facebook, 2020, 1).Category("Total Requests")!.Figures.Requests.Count.Should().Be(262);
        Half(facebook, 2020, 7).Category("Total Requests")!.Figures.PercentWithDataProduced.Percent.Should().Be(0m);

        var apple = Rows(Apple);
        apple.Should().HaveCount(3);
        Half(apple, 2020, 7).Category("Account Requests Received")!.Figures.Requests.Count.Should().Be(8);
        Half(apple, 2020, 7).Category("Device Requests Received")!.Figures.Requests.Count.Should().Be(14);

        var microsoft = Rows(Microsoft);
        microsoft.Select(r => r.Period.ToString()).Should().Equal(["2019-07-01/2019-12-31", "2020-01-01/2020-06-30"],
            "the 2020 H2 workbook does not list Hong Kong: no figure set, never zeros");
        Half(microsoft, 2020, 1).Category("Criminal")!.Figures.Requests.Count.Should().Be(77);
        Half(microsoft, 2020, 1).Category("Criminal")!.Figures.RequestsWithOnlyNonContentProduced.Count.Should().Be(46);

        foreach (var rows in new[] { google, facebook, microsoft })
        {
            Half(rows, 2019, 7).HasNoRecordedPolicy.Should().BeTrue("none of them had a recorded Hong Kong policy before the law");
        }
        Half(apple, 2019, 7).Policies.Select(p => p.Policy.Stance).Should().Equal([PolicyStance.RespondingAsUsual],
            "Apple answered non-content requests no later than June 2020 (its report; the start is open)");
        foreach (var rows in new[] { google, facebook, apple, microsoft })
        {
            rows.Should().OnlyContain(r => !r.IsRestated);
        }
        foreach (var rows in new[] { google, facebook, apple })
        {
            Half(rows, 2020, 7).HasNoRecordedPolicy.Should().BeFalse("every one of them changed its policy in the half-year after the law");
        }
    }
}
