using System.Text;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Datasets;

public class PolicyDatasetTests
{
    private static readonly Instant Recorded = Instant.FromUtc(2026, 11, 28, 15, 0);
    private static readonly DatasetMetadata Metadata = new(new DatasetId("built"), "Built in code", "1.0.0", Recorded, "CC0-1.0");
    private static readonly Company Acme = new(new CompanyId("acme"), "Acme");
    private static readonly Source News = new(new SourceId("news"), "News", "Acme pauses", published: PartialDate.Parse("2020-07-06"));

    private static PolicyEvent Event(string id, PolicyStance stance = PolicyStance.Paused, string company = "acme") =>
        new(new EventId(id), new CompanyId(company), new JurisdictionCode("HK"), new RequestPolicy(stance), PartialDate.Parse("2020-07-06"), null, Recorded,
            sources: [new SourceId("news")]);

    private static PolicyDataset Small() => PolicyDatasetSerializer.LoadFile(Fixtures());

    private static string Fixtures() => Path.Combine(AppContext.BaseDirectory, "Data", "valid", "small.json");

    [Fact]
    public void The_builder_returns_a_sorted_dataset_with_lookups_and_the_registry()
    {
        var dataset = new PolicyDatasetBuilder(Metadata).AddCompanies(Acme).AddSources(News).AddEvents(Event("z"), Event("a", PolicyStance.Paused)).Build();

        dataset.Events.Select(e => e.Id.Value).Should().Equal("a", "z");
        dataset.TryGetCompany(new CompanyId("acme"), out var acme).Should().BeTrue();
        acme.Should().BeSameAs(Acme);
        dataset.TryGetCompany(new CompanyId("nobody"), out _).Should().BeFalse();
        dataset.GetSource(new SourceId("news")).Should().Be(News);
        dataset.Invoking(d => d.GetStatement(new StatementId("none"))).Should().Throw<KeyNotFoundException>().WithMessage("*statement*none*");
        dataset.GetJurisdiction(new JurisdictionCode("HK")).TimeZoneId.Should().Be("Asia/Hong_Kong");
        dataset.Registry.Should().BeSameAs(JurisdictionRegistry.Default);
    }

    [Fact]
    public void The_builder_throws_with_every_problem()
    {
        var builder = new PolicyDatasetBuilder(Metadata).AddCompanies(Acme, Acme.WithName("Acme again")).AddSources(News)
            .AddEvents(Event("e1", company: "nobody"), Event("e2", PolicyStance.Refusing));

        var diagnostics = builder.Invoking(b => b.Build()).Should().Throw<DatasetValidationException>().Which.Diagnostics;

        diagnostics.Select(d => (d.Code, d.Location.Path)).Should().BeEquivalentTo(new[]
        {
            ("PE0108", "$.companies[1]"),
            ("PE0101", "$.events[0].company"),
        });
    }

    [Fact]
    public void Warnings_do_not_stop_a_build()
    {
        var dataset = new PolicyDatasetBuilder(Metadata).AddSources(new Source(new SourceId("untitled"), "News", null)).Build();

        dataset.Validate().Should().ContainSingle(d => d.Code == "PE0120" && d.Severity == DiagnosticSeverity.Information && d.Location.Path == "$.sources[0].title");
    }

    [Fact]
    public void Datasets_compare_by_content_whatever_the_order_of_their_records()
    {
        var one = new PolicyDataset(Metadata, [Acme], sources: [News], events: [Event("a"), Event("b")]);
        var two = new PolicyDataset(Metadata, [new Company(new CompanyId("acme"), "Acme")], sources: [News], events: [Event("b"), Event("a")]);

        one.Should().Be(two);
        (one == two).Should().BeTrue();
        one.GetHashCode().Should().Be(two.GetHashCode());
        one.Should().NotBe(one.WithMetadata(Metadata.WithVersion("1.0.1", Recorded)));
    }

    [Fact]
    public void The_constructor_rejects_repeated_ids()
    {
        var act = () => new PolicyDataset(Metadata, events: [Event("a"), Event("a", PolicyStance.Refusing)]);

        act.Should().Throw<ArgumentException>().WithMessage("*'a'*more than once*");
    }

    [Fact]
    public void Merging_a_dataset_with_itself_or_a_part_of_it_changes_nothing()
    {
        var small = Small();
        var part = new PolicyDataset(small.Metadata, small.Companies, sources: small.Sources.Take(1));

        small.Merge(small).Should().Be(small);
        small.Merge(part).Should().Be(small);
    }

    [Fact]
    public void Merging_adds_records_and_metadata_sources()
    {
        var left = new PolicyDataset(Metadata, [Acme], sources: [News], events: [Event("a")]);
        var right = new PolicyDataset(new DatasetMetadata(new DatasetId("other"), "Other", "2", Recorded, sources: [new SourceId("news")]),
            [Acme], sources: [News], events: [Event("b")]);

        var merged = left.Merge(right);

        merged.Events.Select(e => e.Id.Value).Should().Equal("a", "b");
        merged.Companies.Should().ContainSingle();
        merged.Metadata.Id.Should().Be(Metadata.Id);
        merged.Metadata.Sources.Should().Equal(new SourceId("news"));
    }

    [Fact]
    public void A_source_url_written_differently_is_a_merge_conflict_and_saves_differently()
    {
        Source WithUrl(string url) => new(new SourceId("news"), "News", "Acme pauses", new Uri(url));
        var left = new PolicyDataset(Metadata, sources: [WithUrl("https://example.com/acme#pause")]);
        var right = new PolicyDataset(Metadata, sources: [WithUrl("https://example.com/acme#statement")]);

        left.Should().NotBe(right);
        PolicyDatasetSerializer.ToJson(left).Should().NotBe(PolicyDatasetSerializer.ToJson(right));
        left.Invoking(l => l.Merge(right)).Should().Throw<DatasetValidationException>()
            .Which.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.MergeConflict);
    }

    [Fact]
    public void A_dataset_with_its_own_jurisdiction_overrides_the_registry()
    {
        var dataset = new PolicyDataset(Metadata, jurisdictions: [new Jurisdiction(new JurisdictionCode("HK"), "Hong Kong SAR", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", new JurisdictionCode("CN"))]);

        dataset.Registry.Get("HK").Name.Should().Be("Hong Kong SAR");
        dataset.Jurisdictions.Should().ContainSingle();
    }

    [Theory]
    [InlineData("CC-BY-4.0", true)]
    [InlineData("MIT OR (Apache-2.0 AND BSD-3-Clause)", true)]
    [InlineData("GPL-2.0-or-later WITH Classpath-exception-2.0", true)]
    [InlineData("CC BY 4.0", false)]
    [InlineData("MIT OR", false)]
    [InlineData("(MIT", false)]
    [InlineData("MIT)", false)]
    [InlineData(")MIT", false)]
    [InlineData("()", false)]
    [InlineData("AND MIT", false)]
    [InlineData("OR", false)]
    [InlineData("WITH MIT", false)]
    [InlineData("MIT AND OR Apache-2.0", false)]
    [InlineData("MIT Apache-2.0", false)]
    [InlineData("MIT (Apache-2.0)", false)]
    [InlineData("(MIT) OR (Apache-2.0)", true)]
    [InlineData("((MIT))", true)]
    [InlineData("LicenseRef-my.licence+", true)]
    [InlineData("MIT) AND (Apache-2.0", false)]
    [InlineData("(MIT AND ) Apache-2.0", false)]
    [InlineData("MIT AND (", false)]
    [InlineData("( ) MIT", false)]
    [InlineData("MIT/2", false)]
    public void Metadata_checks_the_form_of_an_spdx_licence(string license, bool valid)
    {
        var act = () => new DatasetMetadata(new DatasetId("x"), "X", "1", Recorded, license);

        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentException>().WithMessage("*SPDX*");
        }
    }

    [Fact]
    public void Repeated_ids_are_named_whether_the_records_come_sorted_or_not()
    {
        var sorted = () => new PolicyDataset(Metadata, events: [Event("a"), Event("a", PolicyStance.Refusing)]);
        var unsorted = () => new PolicyDataset(Metadata, events: [Event("b"), Event("a"), Event("b", PolicyStance.Refusing)]);

        sorted.Should().Throw<ArgumentException>().WithParameterName("events").WithMessage("The id 'a' appears more than once.*");
        unsorted.Should().Throw<ArgumentException>().WithParameterName("events").WithMessage("The id 'b' appears more than once.*");
    }

    [Fact]
    public void A_diagnostic_points_at_the_line_of_a_record_that_came_out_of_id_order()
    {
        var text = """
            {
              "formatVersion": "1.0",
              "metadata": { "id": "order", "title": "Order", "version": "1", "created": "2026-01-01T00:00:00Z" },
              "companies": [ { "id": "acme", "name": "Acme" } ],
              "events": [
                { "id": "e2", "company": "acme", "jurisdiction": "HK", "policy": { "stance": "paused" }, "effective": "2020-07-06", "recorded": "2026-01-01T00:00:00Z" },
                { "id": "e1", "company": "acme", "jurisdiction": "HK", "policy": { "stance": "paused" }, "effective": "2021-07-06", "recorded": "2026-01-01T00:00:00Z", "statements": ["gone"] }
              ]
            }
            """;

        var read = PolicyDatasetSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new DatasetReadOptions { FileName = "order.json", Validate = false });

        read.Dataset.Events.Select(e => e.Id.Value).Should().Equal("e1", "e2");
        read.Dataset.Validate().Should().ContainSingle().Which.Location.Should().Be(new DiagnosticLocation(null, null, null, "$.events[0].statements[0]"),
            "a dataset's value holds no positions: without them a problem is placed by its path in the canonical order");
        read.Validate().Should().ContainSingle().Which.Location.Should().Be(new DiagnosticLocation("order.json", 7, 5, "$.events[1].statements[0]"));
    }

    [Fact]
    public void The_builder_says_which_addition_repeats_an_id_and_starts_from_a_whole_dataset()
    {
        var builder = new PolicyDatasetBuilder(Metadata).AddCompanies(Acme, Acme.WithName("Acme again"));
        var small = Small();

        builder.Invoking(b => b.Build()).Should().Throw<DatasetValidationException>().Which.Diagnostics
            .Should().ContainSingle(d => d.Code == "PE0108").Which.Message.Should().StartWith("The company id 'acme' is used more than once (addition 2 of its kind)");
        small.Jurisdictions.Should().NotBeEmpty();
        new PolicyDatasetBuilder(small).Build().Should().Be(small);
    }

    [Fact]
    public void Null_arguments_and_null_records_are_refused_by_name()
    {
        var builder = new PolicyDatasetBuilder(Metadata);

        FluentActions.Invoking(() => new PolicyDataset(null!)).Should().Throw<ArgumentNullException>().WithParameterName("metadata");
        FluentActions.Invoking(() => new PolicyDatasetBuilder((DatasetMetadata)null!)).Should().Throw<ArgumentNullException>().WithParameterName("metadata");
        builder.Invoking(b => b.AddCompanies((IEnumerable<Company>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("companies");
        builder.Invoking(b => b.AddCompanies(Acme, null!)).Should().Throw<ArgumentNullException>().WithParameterName("companies");
    }
}
