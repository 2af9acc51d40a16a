using System.Globalization;
using System.Text;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.Import;

namespace PolicyEvents.Tests.Figures;

/// <summary>
/// Restatements are versions, not conflicts: two cuts of Google's export (the real one, and a second cut made from it in
/// this test the way Google's later cut differs: five US "Wiretap Orders" rows with other numbers, two rows dropped),
/// merged, queried as published at a day, joined beside policy, validated and written.
/// </summary>
/// <remarks>The second cut's numbers are not Google's: they are the real rows' requests plus one, so that the restated
/// rows are known and can be checked. The two days are the test's own.</remarks>
public class RestatementTests
{
    private static readonly CompanyId Google = new("google");
    private static readonly JurisdictionCode US = new("US");
    private static readonly LocalDate FirstCut = new(2022, 1, 15);
    private static readonly LocalDate SecondCut = new(2022, 7, 15);
    private static readonly Instant Created = Instant.FromUtc(2026, 12, 6, 12, 0);
    private const string Wiretap = "Wiretap Orders";

    private static readonly Lazy<string[]> FirstLines = new(() => FigureFixtures.Lines(FigureFixtures.Text(FigureFixtures.Google)));

    /// <summary>The US "Wiretap Orders" rows of the real export, as line indexes.</summary>
    private static int[] WiretapRows() =>
        [.. FirstLines.Value.Select((line, i) => (line, i)).Where(p => p.line.Contains(",United States,US,Wiretap Orders,", StringComparison.Ordinal)).Select(p => p.i)];

    /// <summary>The last five US wiretap rows, whose requests the second cut restates.</summary>
    private static int[] Restated() => WiretapRows()[^5..];

    /// <summary>The first two US wiretap rows, which the second cut drops.</summary>
    private static int[] Dropped() => WiretapRows()[..2];

    private static string SecondCutText()
    {
        var restated = Restated();
        var dropped = Dropped();
        var lines = new List<string>();
        for (var i = 0; i < FirstLines.Value.Length; i++)
        {
            if (dropped.Contains(i))
            {
                continue;
            }
            var cells = FirstLines.Value[i].Split(',');
            if (restated.Contains(i))
            {
                cells[4] = (int.Parse(cells[4], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            }
            lines.Add(string.Join(',', cells));
        }
        return string.Join('\n', lines) + "\n";
    }

    private static List<ReportedFigures> Cut(string text, LocalDate? published)
    {
        using var stream = FigureFixtures.Encode(text, bom: false);
        var result = GoogleUserDataRequestsCsv.Read(stream, FigureFixtures.Google, Google);
        result.Issues.Should().NotContain(i => i.Severity == FigureIssueSeverity.Error);
        return [.. result.Figures.Select(f => f.WithProvenance(f.Provenance!.WithPublished(published)))];
    }

    private static PolicyDataset Dataset(string id, IEnumerable<ReportedFigures> figures) =>
        new(new DatasetMetadata(new DatasetId(id), "Google figures", "1.0.0", Created), [new Company(Google, "Google")], figures: figures);

    private static readonly Lazy<List<ReportedFigures>> First = new(() => Cut(string.Join('\n', FirstLines.Value) + "\n", FirstCut));
    private static readonly Lazy<List<ReportedFigures>> Second = new(() => Cut(SecondCutText(), SecondCut));
    private static readonly Lazy<PolicyDataset> Merged = new(() => Dataset("google-2022-01", First.Value).Merge(Dataset("google-2022-07", Second.Value)));

    private static ReportedFigures WiretapSet(IEnumerable<ReportedFigures> figures, LocalDate end) =>
        figures.Single(f => f.Jurisdiction == US && f.Category.Label == Wiretap && f.Period.End == end);

    private static LocalDate EndOf(int row) => LocalDate.FromDateTime(DateTime.ParseExact(FirstLines.Value[row][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Fact]
    public void The_second_cut_differs_from_the_first_as_the_later_export_does()
    {
        First.Value.Should().HaveCount(3033);
        Second.Value.Should().HaveCount(3031, "two rows are dropped");
        var changed = Second.Value.Where(s => !First.Value.Any(f => f.HasSameKey(s) && f.HasSameValue(s))).ToList();
        changed.Should().HaveCount(5).And.OnlyContain(s => s.Jurisdiction == US && s.Category.Label == Wiretap);
    }

    [Fact]
    public void Merging_two_cuts_yields_versions_and_names_the_five_restatements()
    {
        var merged = Merged.Value;

        merged.Figures.Should().HaveCount(3033 + 5, "every key once, and a second version of the five restated sets");
        merged.Restatements.Should().HaveCount(5);
        foreach (var row in Restated())
        {
            var restatement = merged.Restatements.Should().ContainSingle(r => r.Current.Period.End == EndOf(row)).Subject;
            restatement.Current.Category.Label.Should().Be(Wiretap);
            restatement.Previous.Published.Should().Be(FirstCut);
            restatement.Published.Should().Be(SecondCut);
            restatement.Changes.Should().Equal("Requests");
            restatement.Current.Figures.Requests.Count.Should().Be(restatement.Previous.Figures.Requests.Count + 1);
        }
        var diagnostics = merged.Validate();
        diagnostics.Should().NotContain(d => d.IsError);
        diagnostics.Where(d => d.Code == DiagnosticCodes.FigureRestated).Should().HaveCount(5)
            .And.OnlyContain(d => d.Severity == DiagnosticSeverity.Information);
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Should().BeEquivalentTo(Dataset("google-2022-01", First.Value).Validate(), "versions add no warning (no overlap of a set with its own versions)");
    }

    [Fact]
    public void Identical_numbers_from_two_cuts_are_one_version_with_the_earliest_provenance_and_dropped_rows_stay()
    {
        var merged = Merged.Value;
        var unchanged = WiretapSet(merged.Figures, new LocalDate(2018, 12, 31));

        merged.Figures.Count(f => f.HasSameKey(unchanged)).Should().Be(1);
        unchanged.Should().Be(WiretapSet(First.Value, new LocalDate(2018, 12, 31)), "the first cut's provenance (file, line, day) is kept");
        unchanged.Provenance!.Published.Should().Be(FirstCut);
        foreach (var row in Dropped())
        {
            WiretapSet(merged.Figures, EndOf(row)).Provenance!.Published.Should().Be(FirstCut, "a later export that leaves a row out does not withdraw it");
        }
    }

    [Fact]
    public void The_figure_validator_takes_versions_for_no_duplicates_but_still_reports_a_repeat_within_one_version()
    {
        var first = WiretapSet(First.Value, new LocalDate(2018, 12, 31));
        var restated = first.WithFigures(first.Figures.WithRequests(PublishedNumber.Exact(first.Figures.Requests.Count!.Value + 1)))
            .WithProvenance(first.Provenance!.WithPublished(SecondCut));

        FigureValidator.Validate([first, restated]).Should().BeEmpty();
        FigureValidator.Validate([first, restated.WithProvenance(first.Provenance)]).Should().ContainSingle()
            .Which.Code.Should().Be("duplicate-period");
    }

    [Fact]
    public void Undated_cuts_conflict_only_on_the_five_changed_sets_not_on_every_shared_row()
    {
        var first = Dataset("first", First.Value.Select(f => f.WithProvenance(f.Provenance!.WithPublished(null))));
        var second = Dataset("second", Second.Value.Select(f => f.WithProvenance(f.Provenance!.WithPublished(null))));

        var merge = () => first.Merge(second);

        merge.Should().Throw<DatasetValidationException>().Which.Diagnostics
            .Should().HaveCount(5).And.OnlyContain(d => d.Code == DiagnosticCodes.MergeConflict);
    }

    [Fact]
    public void Queries_use_the_latest_version_and_can_ask_for_the_figures_as_published_at_a_day()
    {
        var merged = Merged.Value;
        var end = EndOf(Restated()[^1]);

        var latest = FigureVersions.Latest(merged.Figures);
        latest.Should().HaveCount(3033);
        WiretapSet(latest, end).Should().Be(WiretapSet(Second.Value, end));

        FigureVersions.AsPublishedAt(merged.Figures, SecondCut.PlusDays(-1)).Should().Equal(FigureVersions.Latest(First.Value),
            "before the second cut, the figures are the first cut's");
        FigureVersions.AsPublishedAt(merged.Figures, SecondCut).Should().Equal(latest);
        FigureVersions.AsPublishedAt(merged.Figures, FirstCut.PlusDays(-1)).Should().BeEmpty("nothing was published yet");
    }

    [Fact]
    public void Figures_beside_policy_shows_the_latest_version_and_says_the_period_was_restated()
    {
        var dataset = PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json"));
        var history = PolicyHistory.Create(dataset.Events, dataset.Companies, dataset.Statements, dataset.Sources, dataset.Triggers, dataset.Registry);
        var end = EndOf(Restated()[^1]);
        var from = end.PlusMonths(-12).PlusDays(1);

        var rows = history.FiguresBesidePolicy(Merged.Value.Figures, Google, US, from, end);
        var asFirstPublished = history.FiguresBesidePolicy(Merged.Value.Figures, Google, US, from, end, publishedAt: SecondCut.PlusDays(-1));

        rows.Should().HaveCount(2).And.OnlyContain(r => r.IsRestated && r.Figures.Count(f => f.Category.Label == Wiretap) == 1);
        var last = rows[^1];
        last.Category(Wiretap).Should().Be(WiretapSet(Second.Value, end));
        last.Restatements.Should().ContainSingle().Which.Published.Should().Be(SecondCut);
        last.ToString().Should().EndWith("; restated on 2022-07-15");
        asFirstPublished[^1].Category(Wiretap).Should().Be(WiretapSet(First.Value, end));
        asFirstPublished.Should().OnlyContain(r => !r.IsRestated, "at that day the figures had not been restated yet");
        history.FiguresBesidePolicy(Merged.Value.Figures, Google, US, new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31))
            .Should().OnlyContain(r => !r.IsRestated);
    }

    [Fact]
    public void Versions_are_written_as_format_1_1_and_read_back()
    {
        var merged = Merged.Value;
        var lines = PolicyDatasetSerializer.ToJson(merged, DatasetFormat.JsonLines);

        lines.Should().StartWith("{\"type\":\"dataset\",\"formatVersion\":\"1.1\"");
        lines.Should().Contain("\"provenance\":{\"file\":\"google-global-user-data-requests.csv\",\"line\":2,\"published\":\"2022-01-15\"}}\n");
        PolicyDatasetSerializer.FromJson(lines).Should().Be(merged);
        PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(merged)).Should().Be(merged);
        var undated = Dataset("undated", First.Value.Take(3).Select(f => f.WithProvenance(f.Provenance!.WithPublished(null))));
        PolicyDatasetSerializer.ToJson(undated, DatasetFormat.JsonLines).Should().StartWith("{\"type\":\"dataset\",\"formatVersion\":\"1.0\"");
    }

    private const string Head = """
        {
          "formatVersion": "1.1",
          "metadata": { "id": "versions", "title": "Versions", "version": "1", "created": "2026-01-01T00:00:00Z" },
          "companies": [ { "id": "google", "name": "Google" } ],
          "figures": [
        """;

    private static string Version(int requests, string published) =>
        "    { \"company\": \"google\", \"jurisdiction\": \"US\", \"jurisdictionName\": \"United States\", \"start\": \"2021-07-01\", \"end\": \"2021-12-31\", "
        + "\"startDerived\": true, \"category\": \"Wiretap Orders\", "
        + $"\"requests\": {{ \"kind\": \"exact\", \"text\": \"{requests}\", \"count\": {requests} }}, "
        + $"\"provenance\": {{ \"file\": \"google-global-user-data-requests.csv\", \"line\": 2833, \"published\": \"{published}\" }} }}";

    private static DatasetReadResult Load(params string[] versions) =>
        PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(Head + "\n" + string.Join(",\n", versions) + "\n  ]\n}\n")),
            new DatasetReadOptions { FileName = "versions.json" });

    [Fact]
    public void Two_different_sets_for_one_key_and_version_are_an_error_and_a_restatement_is_information()
    {
        var conflicting = () => Load(Version(3, "2022-01-15"), Version(4, "2022-01-15"));

        var error = conflicting.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.DuplicateId);
        error.IsError.Should().BeTrue();
        error.Location.Should().Be(new DiagnosticLocation("versions.json", 7, 5, "$.figures[1]"));
        error.Message.Should().Contain("as published 2022-01-15").And.Contain("line 6");

        var restated = Load(Version(3, "2022-01-15"), Version(4, "2022-07-15"));
        var information = restated.Validate().Should().ContainSingle().Subject;
        information.Code.Should().Be(DiagnosticCodes.FigureRestated);
        information.Severity.Should().Be(DiagnosticSeverity.Information);
        information.Location.Should().Be(new DiagnosticLocation("versions.json", 7, 5, "$.figures[1]"));
        information.Message.Should().Contain("restated on 2022-07-15: Requests 3 → 4");
        information.ToString().Should().Contain("information PE0118");
    }
}
