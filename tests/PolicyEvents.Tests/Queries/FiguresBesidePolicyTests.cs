using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.Import;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Queries;

/// <summary>Product question 7 on the bundled Hong Kong 2020 dataset and the real exports (Fixtures/figures): the
/// published figures per half-year beside the policy in force, with the reporting periods read in Hong Kong time.</summary>
public class FiguresBesidePolicyTests
{
    private static readonly JurisdictionCode HK = new("HK");
    private static readonly CompanyId Google = new("google");
    private static readonly CompanyId Facebook = new("facebook");
    private static readonly DateTimeZone Zone = JurisdictionRegistry.Default.Get(HK).TimeZone;

    private static readonly Lazy<PolicyDataset> Dataset = new(() =>
        PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json")));

    private static readonly Lazy<IReadOnlyList<ReportedFigures>> Figures = new(() =>
    {
        using var google = FigureFixtures.Open(FigureFixtures.Google);
        using var h1 = FigureFixtures.Open(FigureFixtures.MetaH1);
        using var h2 = FigureFixtures.Open(FigureFixtures.MetaH2);
        return
        [
            .. GoogleUserDataRequestsCsv.Read(google, FigureFixtures.Google, Google).Figures,
            .. MetaGovernmentRequestsCsv.Read(h1, FigureFixtures.MetaH1, Facebook).Figures,
            .. MetaGovernmentRequestsCsv.Read(h2, FigureFixtures.MetaH2, Facebook).Figures,
        ];
    });

    /// <summary>Apple's account and device requests and Microsoft's three workbooks (Criminal), read from the fixtures.</summary>
    private static readonly Lazy<IReadOnlyList<(CompanyId Company, string Label, FigureImportResult[] Files)>> OtherCompanies = new(() =>
    {
        var apple = new CompanyId("apple");
        var microsoft = new CompanyId("microsoft");
        FigureImportResult Apple(string name)
        {
            using var stream = FigureFixtures.Open(name);
            return AppleTransparencyReportCsv.Read(stream, name, apple);
        }
        FigureImportResult Microsoft(string name)
        {
            using var stream = FigureFixtures.Open(name);
            return MicrosoftLawEnforcementRequestsXlsx.Read(stream, name, microsoft);
        }
        FigureImportResult[] workbooks = [Microsoft(FigureFixtures.Microsoft2019H2), Microsoft(FigureFixtures.Microsoft2020H1), Microsoft(FigureFixtures.Microsoft2020H2)];
        return
        [
            (apple, "Account Requests Received", [Apple(FigureFixtures.AppleAccounts)]),
            (apple, "Device Requests Received", [Apple(FigureFixtures.AppleDevices)]),
            (microsoft, "Criminal", workbooks),
        ];
    });

    /// <summary>Until <c>PolicyHistory.From(PolicyDataset)</c> exists.</summary>
    private static PolicyHistory History(PolicyDataset dataset) =>
        PolicyHistory.Create(dataset.Events, dataset.Companies, dataset.Statements, dataset.Sources, dataset.Triggers, dataset.Registry);

    private static Instant Hkt(int year, int month, int day, int hour = 0) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    private static IReadOnlyList<FiguresBesidePolicy> Rows(CompanyId company) =>
        History(Dataset.Value).FiguresBesidePolicy(Figures.Value, company, HK, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31));

    [Fact]
    public void Facebook_2020_H1_had_no_recorded_policy_and_H2_was_paused_from_6_July()
    {
        var rows = Rows(Facebook);

        rows.Select(r => r.Period.ToString()).Should().Equal("2020-01-01/2020-06-30", "2020-07-01/2020-12-31");
        var h1 = rows[0];
        h1.Interval.Should().Be(new Interval(Hkt(2020, 1, 1), Hkt(2020, 7, 1)));
        h1.Category("Total Requests")!.Figures.Requests.Count.Should().Be(262);
        h1.Category("Total Requests")!.Figures.PercentWithDataProduced.Percent.Should().Be(24m);
        h1.HasNoRecordedPolicy.Should().BeTrue();

        var h2 = rows[1];
        h2.Category("Total Requests")!.Figures.Requests.Count.Should().Be(202);
        h2.Category("Total Requests")!.Figures.PercentWithDataProduced.Percent.Should().Be(0m);
        var pause = h2.Policies.Should().ContainSingle().Subject;
        pause.Policy.Stance.Should().Be(PolicyStance.Paused);
        pause.Period.Event.Id.Should().Be(new EventId("facebook-hk-2020-07-06"));
        pause.Overlap.Should().Be(new Interval(Hkt(2020, 7, 6), Hkt(2021, 1, 1)), "announced 2020-07-06, read as the start of that day in Hong Kong");
        pause.CoversReportingPeriod.Should().BeFalse();
        h2.SpansChange.Should().BeTrue();
    }

    [Fact]
    public void Google_2020_H1_has_no_recorded_policy_and_H2_is_paused_from_1_July_then_formal_channel_only()
    {
        var rows = Rows(Google);

        rows.Select(r => r.Period.End).Should().Equal(
            new LocalDate(2019, 6, 30), new LocalDate(2019, 12, 31), new LocalDate(2020, 6, 30),
            new LocalDate(2020, 12, 31), new LocalDate(2021, 6, 30), new LocalDate(2021, 12, 31));
        var h1 = rows[2];
        h1.Period.IsStartDerived.Should().BeTrue();
        h1.Interval.End.Should().Be(Hkt(2020, 7, 1), "the half-year ending 2020-06-30 ends at midnight in Hong Kong, 2020-06-30T16:00Z");
        var legal = h1.Category("Other Legal Requests")!.Figures;
        legal.Requests.Count.Should().Be(135);
        legal.PercentWithDataProduced.Percent.Should().Be(81m);
        // Release 1.0.0 dated the pause to the law's instant (11 pm, 30 June), which gave this half-year one hour of pause;
        // release 2.0.0 dates it to 1 July, as the sources do.
        h1.HasNoRecordedPolicy.Should().BeTrue();

        var h2 = rows[3];
        h2.Category("Other Legal Requests")!.Figures.Requests.Count.Should().Be(42);
        h2.Category("Other Legal Requests")!.Figures.PercentWithDataProduced.Percent.Should().Be(5m);
        h2.Policies.Select(p => (p.Policy.Stance, p.Overlap)).Should().Equal(
            (PolicyStance.Paused, new Interval(Hkt(2020, 7, 1), Hkt(2020, 8, 13))),
            (PolicyStance.FormalChannelOnly, new Interval(Hkt(2020, 8, 13), Hkt(2021, 1, 1))));
        rows[4].Policies.Should().ContainSingle().Which.CoversReportingPeriod.Should().BeTrue();
        rows[0].HasNoRecordedPolicy.Should().BeTrue();
    }

    [Fact]
    public void Only_the_company_jurisdiction_and_days_asked_for_are_used()
    {
        var history = History(Dataset.Value);

        history.FiguresBesidePolicy(Figures.Value, Google, HK, new LocalDate(2020, 6, 30), new LocalDate(2020, 7, 1))
            .Select(r => r.Period.End).Should().Equal(new LocalDate(2020, 6, 30), new LocalDate(2020, 12, 31));
        history.FiguresBesidePolicy(Figures.Value, Google, new JurisdictionCode("TW"), new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))
            .Should().OnlyContain(r => r.Jurisdiction == new JurisdictionCode("TW") && r.HasNoRecordedPolicy);
        history.FiguresBesidePolicy([], Google, HK, new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)).Should().BeEmpty();
    }

    [Fact]
    public void A_row_spans_a_change_when_a_policy_starts_inside_its_period_and_lists_its_sets_by_category()
    {
        var rows = Rows(Google);

        rows[3].Policies.Should().HaveCount(2, "paused from before the half-year, formal channel only from inside it");
        rows[3].SpansChange.Should().BeTrue();
        rows[4].SpansChange.Should().BeFalse();
        rows[0].SpansChange.Should().BeFalse();
        rows[3].Figures.Select(f => f.Category.Label).Should().HaveCountGreaterThan(1).And.BeInAscendingOrder(StringComparer.Ordinal);
        rows[3].ToString().Should().StartWith($"google HK {rows[3].Period}: {rows[3].Figures.Length} figure sets; Paused");
        rows[0].ToString().Should().EndWith("; no recorded policy");
        rows[3].Invoking(r => r.Category(null!)).Should().Throw<ArgumentNullException>().WithParameterName("label");
    }

    [Fact]
    public void Rows_and_overlaps_compare_by_content()
    {
        var first = Rows(Google);
        var again = Rows(Google);

        EqualityContract.AssertEquality(first[3], again[3], first[2], first[4]);
        EqualityContract.AssertEquality(first[3].Policies[0], again[3].Policies[0], first[3].Policies[1], first[4].Policies[0]);
        first[2].ToString().Should().Be("google HK 2020-01-01/2020-06-30 (start derived): 1 figure set; no recorded policy");
    }

    [Fact]
    public void Figures_stored_in_a_dataset_give_the_same_rows_as_the_imported_ones()
    {
        var d = Dataset.Value;
        var withoutFigures = new PolicyDataset(d.Metadata, d.Companies, d.Jurisdictions, d.Sources, d.Statements, d.Triggers, d.Events);
        var withFigures = new PolicyDatasetBuilder(withoutFigures).AddFigures(Figures.Value.Where(f => f.Jurisdiction == HK)).Build();
        var reloaded = PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(withFigures, DatasetFormat.JsonLines));

        History(reloaded).FiguresBesidePolicy(reloaded.Figures, Facebook, HK, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31))
            .Should().Equal(Rows(Facebook));
    }

    [Fact]
    public void Bad_arguments_throw_at_once()
    {
        var history = History(Dataset.Value);
        var day = new LocalDate(2020, 1, 1);

        FluentActions.Invoking(() => history.FiguresBesidePolicy(null!, Google, HK, day, day)).Should().Throw<ArgumentNullException>().WithParameterName("figures");
        FluentActions.Invoking(() => history.FiguresBesidePolicy([], default, HK, day, day)).Should().Throw<ArgumentException>().WithParameterName("company");
        FluentActions.Invoking(() => history.FiguresBesidePolicy([], Google, HK, day, day.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => history.FiguresBesidePolicy([null!], Google, HK, day, day)).Should().Throw<ArgumentException>().WithParameterName("figures");
    }

    /// <summary>Prints the table of docs/figures.md ("Hong Kong: figures beside the policy"); the docs must hold this output.</summary>
    internal static string Table()
    {
        var text = new StringBuilder();
        text.Append("| company | period (HK) | category | requests | accounts | some data produced | policy in force during the period (HK time) |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        // The figures are the dataset's own (imported from the exports by eng/import-hong-kong-figures.sh).
        var dataset = Dataset.Value;
        var history = History(dataset);
        foreach (var (company, label) in new[] { (Google, "Other Legal Requests"), (Facebook, "Total Requests") })
        {
            foreach (var row in history.FiguresBesidePolicy(dataset.Figures, company, HK, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)))
            {
                var set = row.Category(label)!;
                var f = set.Figures;
                var policies = row.HasNoRecordedPolicy ? "none recorded"
                    : string.Join("; ", row.Policies.Select(p => $"{p.Policy.Stance} {Local(p.Overlap.Start)} to {Local(p.Overlap.End)} ({p.Period.Event.Id})"));
                text.Append(CultureInfo.InvariantCulture,
                    $"| {company} | {row.Period} | {label} | {Show(f.Requests)} | {Show(f.Accounts)} | {Show(f.RequestsWithDataProduced)} {Show(f.PercentWithDataProduced)} | {policies} |\n");
            }
        }
        // Apple and Microsoft: every category, and every period the exports cover (read from the fixtures). A period a
        // Microsoft workbook covers without a Hong Kong row is "not listed": no figures, never zeros; its policy column
        // comes from the same timeline.
        foreach (var (company, label, files) in OtherCompanies.Value)
        {
            var figures = dataset.Figures.Where(f => f.Company == company && f.Category.Label == label).ToList();
            var rows = history.FiguresBesidePolicy(figures, company, HK, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31));
            var periods = files.SelectMany(f => f.Figures).Where(f => f.Category.Label == label).Select(f => f.Period).Where(p => p.Overlaps(new ReportingPeriod(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31))))
                .DistinctBy(p => (p.Start, p.End)).OrderBy(p => p.Start).ThenBy(p => p.End);
            foreach (var period in periods)
            {
                var row = rows.SingleOrDefault(r => r.Period.HasSameDates(period));
                var interval = new Interval(Zone.AtStartOfDay(period.Start).ToInstant(), Zone.AtStartOfDay(period.End.PlusDays(1)).ToInstant());
                var overlaps = history.Timeline(company, HK)
                    .Where(p => p.Start < interval.End && (p.End ?? Instant.MaxValue) > interval.Start)
                    .Select(p => $"{p.Policy.Stance} {Local(Max(p.Start, interval.Start))} to {Local(Min(p.End ?? Instant.MaxValue, interval.End))} ({p.Event.Id})")
                    .ToList();
                var policies = overlaps.Count == 0 ? "none recorded" : string.Join("; ", overlaps);
                var f = row?.Category(label)?.Figures;
                if (f is null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| {company} | {period} | {label} | not listed | | | {policies} |\n");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"| {company} | {period} | {label} | {Show(f.Requests)} | {Show(f.Accounts)} | {Show(f.RequestsWithDataProduced)} {Show(f.PercentWithDataProduced)} | {policies} |\n");
                }
            }
        }
        var table = text.ToString();
        while (table.Contains("  ", StringComparison.Ordinal))
        {
            table = table.Replace("  ", " ", StringComparison.Ordinal);
        }
        return table;

        static Instant Max(Instant a, Instant b) => a > b ? a : b;
        static Instant Min(Instant a, Instant b) => a < b ? a : b;

        static string Show(PublishedNumber number) => number.IsUnknown ? "" : number.Text.Contains('%', StringComparison.Ordinal) || !number.Percent.HasValue ? number.Text : number.Text + "%";
        static string Local(Instant instant) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(instant.InZone(Zone).LocalDateTime);
    }

    [Fact]
    public void The_table_in_docs_figures_md_is_what_the_code_prints()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PolicyEvents.sln")))
        {
            root = root.Parent;
        }
        root.Should().NotBeNull("the tests run inside the repository");
        var docs = File.ReadAllText(Path.Combine(root!.FullName, "docs", "figures.md")).ReplaceLineEndings("\n");

        docs.Should().Contain(Table());
    }
}
