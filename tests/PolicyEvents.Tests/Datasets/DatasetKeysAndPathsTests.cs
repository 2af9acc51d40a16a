using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Datasets;

/// <summary>The names and keys that diagnostics and look-ups are built from: record kinds' names in paths and messages,
/// the key of a figure set and its order, and the words of a failed look-up and of a dataset's summary.</summary>
public class DatasetKeysAndPathsTests
{
    private static readonly DatasetMetadata Metadata = new(new DatasetId("keys"), "Keys", "1", Instant.FromUtc(2026, 1, 1, 0, 0));

    [Theory]
    [InlineData(DatasetRecordKind.Metadata, "metadata", "dataset", "$.metadata")]
    [InlineData(DatasetRecordKind.Company, "companies", "company", "$.companies[2]")]
    [InlineData(DatasetRecordKind.Jurisdiction, "jurisdictions", "jurisdiction", "$.jurisdictions[2]")]
    [InlineData(DatasetRecordKind.Source, "sources", "source", "$.sources[2]")]
    [InlineData(DatasetRecordKind.Statement, "statements", "statement", "$.statements[2]")]
    [InlineData(DatasetRecordKind.Trigger, "triggers", "trigger", "$.triggers[2]")]
    [InlineData(DatasetRecordKind.Event, "events", "event", "$.events[2]")]
    [InlineData(DatasetRecordKind.Figure, "figures", "figure", "$.figures[2]")]
    public void Each_record_kind_has_its_collection_its_name_and_its_path(DatasetRecordKind kind, string collection, string type, string path)
    {
        (DatasetPaths.CollectionOf(kind), DatasetPaths.TypeOf(kind), DatasetPaths.Record(kind, 2)).Should().Be((collection, type, path));
    }

    [Fact]
    public void A_member_or_an_index_is_appended_to_a_path()
    {
        DatasetPaths.Member("$.events[0]", null).Should().Be("$.events[0]");
        DatasetPaths.Member("$.events[0]", "company").Should().Be("$.events[0].company");
        DatasetPaths.Member("$.events[0].sources", "[1]").Should().Be("$.events[0].sources[1]");
    }

    [Fact]
    public void A_figure_key_uses_the_code_when_there_is_one_and_the_published_name_otherwise()
    {
        var coded = new FigureKey(Set("HK", "Hong Kong"));
        var named = new FigureKey(Set(null, "Hong Kong"));

        (coded.Code, coded.Name).Should().Be(("HK", (string?)null));
        (named.Code, named.Name).Should().Be(((string?)null, "Hong Kong"));
        coded.ToString().Should().Be("facebook HK 2020-01-01/2020-06-30 \"Total Requests\"");
        named.ToString().Should().Be("facebook \"Hong Kong\" 2020-01-01/2020-06-30 \"Total Requests\"");
        new FigureKey(Set("HK", "Hong Kong SAR")).Should().Be(coded, "the published name does not count when there is a code");
        new FigureKey(Set(null, "Hong Kong SAR")).Should().NotBe(named);
    }

    [Fact]
    public void Figure_keys_order_by_company_then_coded_before_named_then_code_or_name_then_period_then_label()
    {
        FigureKey[] ordered =
        [
            new(Set("HK", "x")), new(Set("HK", "x", label: "Urgent")), new(Set("HK", "x", end: new LocalDate(2020, 12, 31))),
            new(Set("HK", "x", start: new LocalDate(2020, 2, 1))), new(Set("MO", "x")), new(Set(null, "Atlantis")), new(Set(null, "Hong Kong")),
            new(Set("HK", "x", company: "google")),
        ];

        for (var i = 0; i < ordered.Length; i++)
        {
            for (var j = 0; j < ordered.Length; j++)
            {
                Math.Sign(ordered[i].CompareTo(ordered[j])).Should().Be(Math.Sign(i.CompareTo(j)), "{0} against {1}", ordered[i], ordered[j]);
                ordered[i].Equals(ordered[j]).Should().Be(i == j);
                ordered[i].Equals((object)ordered[j]).Should().Be(i == j);
            }
        }
    }

    [Fact]
    public void A_failed_look_up_names_the_kind_and_the_id()
    {
        var empty = new PolicyDataset(Metadata);

        empty.Invoking(d => d.GetCompany(new CompanyId("acme"))).Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no company with id 'acme'.");
        empty.Invoking(d => d.GetSource(new SourceId("news"))).Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no source with id 'news'.");
        empty.Invoking(d => d.GetStatement(new StatementId("said"))).Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no statement with id 'said'.");
        empty.Invoking(d => d.GetTrigger(new TriggerId("law"))).Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no trigger with id 'law'.");
        empty.Invoking(d => d.GetEvent(new EventId("e1"))).Should().Throw<KeyNotFoundException>().WithMessage("The dataset has no event with id 'e1'.");
        empty.Invoking(d => d.GetJurisdiction(new JurisdictionCode("XA"))).Should().Throw<KeyNotFoundException>().WithMessage("*XA*");
    }

    [Fact]
    public void A_dataset_summarizes_its_records_and_its_figures_only_when_it_has_some()
    {
        var without = new PolicyDataset(Metadata, [new Company(new CompanyId("facebook"), "Facebook")]);
        var with = new PolicyDataset(Metadata, [new Company(new CompanyId("facebook"), "Facebook")], figures: [Set("HK", "Hong Kong"), Set("MO", "Macau")]);

        without.ToString().Should().Be($"{Metadata}: 1 companies, 0 jurisdictions, 0 sources, 0 statements, 0 triggers, 0 events");
        with.ToString().Should().Be($"{Metadata}: 1 companies, 0 jurisdictions, 0 sources, 0 statements, 0 triggers, 0 events, 2 figure sets");
    }

    [Fact]
    public void A_repeated_figure_set_is_named_by_its_key_and_a_repeated_record_by_its_id()
    {
        var figures = () => new PolicyDataset(Metadata, figures: [Set("HK", "Hong Kong"), Set("HK", "Hong Kong SAR")]);
        var events = () => new PolicyDataset(Metadata, events: [Event("b"), Event("a"), Event("b")]);

        figures.Should().Throw<ArgumentException>().WithMessage("The key and version 'facebook HK 2020-01-01/2020-06-30 \"Total Requests\"' appears more than once*");
        events.Should().Throw<ArgumentException>().WithMessage("The id 'b' appears more than once*");
        var built = () => new PolicyDatasetBuilder(Metadata).AddCompanies(new Company(new CompanyId("facebook"), "Facebook")).AddFigures(Set("HK", "a"), Set("MO", "b"), Set("HK", "c")).Build();
        built.Should().Throw<PolicyEvents.Diagnostics.DatasetValidationException>().Which.Diagnostics.Should().ContainSingle().Which.Message
            .Should().Be("The figure set facebook HK 2020-01-01/2020-06-30 \"Total Requests\" is added more than once (addition 3 of its kind); a dataset holds one figure set per company, jurisdiction, period and category, and per version (the day it was published).");
    }

    [Fact]
    public void A_merge_conflict_tells_how_to_resolve_it_by_kind()
    {
        var other = new DatasetMetadata(new DatasetId("other"), "Other", "1", Instant.FromUtc(2026, 1, 1, 0, 0));
        var figureConflict = () => new PolicyDataset(Metadata, figures: [Set("HK", "a")]).Merge(new PolicyDataset(other, figures: [Set("HK", "b")]));
        var eventConflict = () => new PolicyDataset(Metadata, events: [Event("e")]).Merge(new PolicyDataset(other, events: [Event("e", PolicyStance.Refusing)]));

        figureConflict.Should().Throw<PolicyEvents.Diagnostics.DatasetValidationException>().Which.Diagnostics.Single().Message.Should().EndWith("correct one of them, make them equal, or date each version (provenance.published) to keep both.");
        eventConflict.Should().Throw<PolicyEvents.Diagnostics.DatasetValidationException>().Which.Diagnostics.Single().Message.Should().EndWith("give one of them another id, or make them equal.");
    }

    private static PolicyEvent Event(string id, PolicyStance stance = PolicyStance.Paused) =>
        new(new EventId(id), new CompanyId("facebook"), new JurisdictionCode("HK"), new RequestPolicy(stance), PartialDate.FromDate(new LocalDate(2020, 7, 6)), null,
            Instant.FromUtc(2026, 1, 1, 0, 0));

    private static ReportedFigures Set(string? code, string name, string company = "facebook", string label = "Total Requests", LocalDate? start = null, LocalDate? end = null) =>
        new(new CompanyId(company), code is null ? null : new JurisdictionCode(code), name,
            new ReportingPeriod(start ?? new LocalDate(2020, 1, 1), end ?? new LocalDate(2020, 6, 30)), new RequestCategory(label), new RequestFigures(PublishedNumber.Exact(1)));
}
