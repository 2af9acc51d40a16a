using NodaTime;
using PolicyEvents.Comparison;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Comparison;

/// <summary>
/// <see cref="DatasetDiff"/>: records of every kind added, removed and changed, each member of each kind named as in the
/// format with its old and new text, metadata-only changes, and the order of the changes.
/// </summary>
public class DatasetDiffTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 28, 15, 0);
    private static readonly SourceId News = new("news");
    private static readonly SourceId Wire = new("wire");

    private static readonly DatasetMetadata Metadata = new(new DatasetId("base"), "Base", "1.0.0", Created, "CC0-1.0", "A base dataset",
        ["Ann"], [News]);

    private static readonly Company Acme = new(new CompanyId("acme"), "Acme", [new CompanyName("Acme Corp", CompanyNameKind.Former)],
        new CompanyId("holding"), new WikidataId("Q1"));

    private static readonly Jurisdiction Kosovo = new(new JurisdictionCode("XK"), "Kosovo", JurisdictionKind.PartiallyRecognizedState, "Europe/Belgrade",
        new JurisdictionCode("RS"));

    private static readonly Source NewsSource = new(News, "News", "Acme pauses", new Uri("https://example.org/news"), PartialDate.Parse("2020-07-06"),
        "Bo Lee", "AFP", Instant.FromUtc(2020, 7, 7, 0, 0));

    private static readonly Statement Pause = new(new StatementId("pause"), "We paused.", new Speaker(new CompanyId("acme"), "Cy", "spokesperson"),
        PartialDate.Parse("2020-07-06"), LanguageTag.English, [News]);

    private static readonly Trigger Law = new(new TriggerId("law"), new JurisdictionCode("HK"), "The law", PartialDate.Parse("2020-06-30"), [News],
        [new DateClaim(PartialDate.Parse("2020-07-01"), [News], "from 1 July")]);

    private static readonly PolicyEvent Paused = new(new EventId("acme-pause"), new CompanyId("acme"), new JurisdictionCode("HK"),
        new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.UserData, Requesters.Government, ["mail"]), ["review"], ["emergencies"]),
        PartialDate.Parse("2020-06-30"), PartialDate.Parse("2020-07-06"), Created, [new StatementId("pause")], [News], new TriggerId("law"),
        new EventId("acme-old"), "A note");

    private static readonly ReportedFigures Figures = new(new CompanyId("acme"), new JurisdictionCode("HK"), "Hong Kong",
        new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)), new RequestCategory("Requests", RequestKinds.UserData, LegalProcessKind.All),
        new RequestFigures(PublishedNumber.Exact(1624, "1,624"), PublishedNumber.Range(0, 499, "0-499"), PublishedNumber.Exact(10),
            PublishedNumber.Percentage(24, "24%")), new FigureProvenance("acme.csv", 2));

    private const string FigureKey = "acme HK 2020-01-01/2020-06-30 \"Requests\"";

    private static PolicyDataset Base(DatasetMetadata? metadata = null, Company? company = null, Jurisdiction? jurisdiction = null, Source? source = null,
        Statement? statement = null, Trigger? trigger = null, PolicyEvent? policyEvent = null, ReportedFigures? figures = null) =>
        new(metadata ?? Metadata, [company ?? Acme], [jurisdiction ?? Kosovo], [source ?? NewsSource], [statement ?? Pause], [trigger ?? Law],
            [policyEvent ?? Paused], [figures ?? Figures]);

    private static void ChangesOneMember(PolicyDataset newer, DatasetRecordKind kind, string id, string member, string? oldValue, string? newValue)
    {
        var diff = DatasetDiff.Compare(Base(), newer);

        diff.Changes.Should().Equal(new RecordChange(kind, id, RecordChangeKind.Changed, [new MemberChange(member, oldValue, newValue)]));
        diff.IsEmpty.Should().BeFalse();
        diff.AreEqual.Should().BeFalse();
    }

    [Fact]
    public void Equal_datasets_have_no_differences()
    {
        var diff = DatasetDiff.Compare(Base(), Base());

        diff.IsEmpty.Should().BeTrue();
        diff.AreEqual.Should().BeTrue();
        diff.Changes.Should().BeEmpty();
        diff.ToString().Should().Be("no differences");
    }

    [Fact]
    public void A_document_and_its_json_lines_copy_are_equal()
    {
        var document = PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020));
        var lines = PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020, DatasetFormat.JsonLines));

        DatasetDiff.Compare(document, lines).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("title", "Base", "Base, revised")]
    [InlineData("version", "1.0.0", "1.1.0")]
    [InlineData("created", "2026-11-28T15:00:00Z", "2026-12-01T00:00:00Z")]
    [InlineData("license", "CC0-1.0", "CC-BY-4.0")]
    [InlineData("description", "A base dataset", null)]
    [InlineData("creators", "[\"Ann\"]", "[\"Ann\",\"Bo\"]")]
    [InlineData("sources", "[\"news\"]", "[\"news\",\"wire\"]")]
    [InlineData("id", "base", "base-two")]
    public void A_metadata_only_change_is_a_difference(string member, string? oldValue, string? newValue)
    {
        var m = Metadata;
        var metadata = member switch
        {
            "title" => new DatasetMetadata(m.Id, newValue!, m.Version, m.Created, m.License, m.Description, m.Creators, m.Sources),
            "version" => new DatasetMetadata(m.Id, m.Title, newValue!, m.Created, m.License, m.Description, m.Creators, m.Sources),
            "created" => m.WithVersion(m.Version, Instant.FromUtc(2026, 12, 1, 0, 0)),
            "license" => new DatasetMetadata(m.Id, m.Title, m.Version, m.Created, newValue, m.Description, m.Creators, m.Sources),
            "description" => new DatasetMetadata(m.Id, m.Title, m.Version, m.Created, m.License, null, m.Creators, m.Sources),
            "creators" => new DatasetMetadata(m.Id, m.Title, m.Version, m.Created, m.License, m.Description, ["Ann", "Bo"], m.Sources),
            "sources" => m.WithSources([News, Wire]),
            _ => new DatasetMetadata(new DatasetId(newValue!), m.Title, m.Version, m.Created, m.License, m.Description, m.Creators, m.Sources),
        };

        ChangesOneMember(Base(metadata), DatasetRecordKind.Metadata, "base", member, oldValue, newValue);
    }

    [Fact]
    public void A_new_version_and_title_are_two_members_of_one_metadata_change()
    {
        var newer = Base(new DatasetMetadata(Metadata.Id, "Base, revised", "2.0.0", Created, Metadata.License, Metadata.Description, Metadata.Creators, Metadata.Sources));

        var diff = DatasetDiff.Compare(Base(), newer);

        diff.ToString().Should().Be("metadata base changed: title: Base -> Base, revised; version: 1.0.0 -> 2.0.0\n");
    }

    [Theory]
    [InlineData("name", "Acme", "Acme Inc")]
    [InlineData("names", "[{\"name\":\"Acme Corp\",\"kind\":\"former\"}]", null)]
    [InlineData("parent", "holding", "other-holding")]
    [InlineData("wikidata", "Q1", null)]
    public void Each_member_of_a_company(string member, string? oldValue, string? newValue)
    {
        var company = member switch
        {
            "name" => Acme.WithName(newValue!),
            "names" => Acme.WithNames([]),
            "parent" => Acme.WithParent(new CompanyId(newValue!)),
            _ => Acme.WithWikidata(null),
        };

        ChangesOneMember(Base(company: company), DatasetRecordKind.Company, "acme", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("name", "Kosovo", "Republic of Kosovo")]
    [InlineData("kind", "partiallyRecognizedState", "sovereignState")]
    [InlineData("timeZone", "Europe/Belgrade", "Europe/Paris")]
    [InlineData("parent", "RS", null)]
    public void Each_member_of_a_jurisdiction(string member, string? oldValue, string? newValue)
    {
        var k = Kosovo;
        var jurisdiction = member switch
        {
            "name" => k.WithName(newValue!),
            "kind" => new Jurisdiction(k.Code, k.Name, JurisdictionKind.SovereignState, k.TimeZoneId, k.Parent),
            "timeZone" => k.WithTimeZone(newValue!),
            _ => new Jurisdiction(k.Code, k.Name, k.Kind, k.TimeZoneId),
        };

        ChangesOneMember(Base(jurisdiction: jurisdiction), DatasetRecordKind.Jurisdiction, "XK", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("publisher", "News", "Daily")]
    [InlineData("title", "Acme pauses", "Acme halts")]
    [InlineData("url", "https://example.org/news", "https://example.org/news-2")]
    [InlineData("url", "https://example.org/news", "https://example.org/news#pause")]
    [InlineData("url", "https://example.org/news", "https://EXAMPLE.org/news")]
    [InlineData("published", "2020-07-06", "2020-07")]
    [InlineData("byline", "Bo Lee", null)]
    [InlineData("agency", "AFP", "Reuters")]
    [InlineData("retrieved", "2020-07-07T00:00:00Z", "2020-07-08T00:00:00Z")]
    public void Each_member_of_a_source(string member, string? oldValue, string? newValue)
    {
        var s = NewsSource;
        var source = member switch
        {
            "publisher" => new Source(s.Id, newValue, s.Title, s.Url, s.Published, s.Byline, s.Agency, s.Retrieved),
            "title" => new Source(s.Id, s.Publisher, newValue, s.Url, s.Published, s.Byline, s.Agency, s.Retrieved),
            "url" => new Source(s.Id, s.Publisher, s.Title, new Uri(newValue!), s.Published, s.Byline, s.Agency, s.Retrieved),
            "published" => new Source(s.Id, s.Publisher, s.Title, s.Url, PartialDate.Parse(newValue!), s.Byline, s.Agency, s.Retrieved),
            "byline" => new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, null, s.Agency, s.Retrieved),
            "agency" => new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Byline, newValue, s.Retrieved),
            _ => new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Byline, s.Agency, Instant.FromUtc(2020, 7, 8, 0, 0)),
        };

        ChangesOneMember(Base(source: source), DatasetRecordKind.Source, "news", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("text", "We paused.", "We have paused.")]
    [InlineData("speaker.company", "acme", "acme-asia")]
    [InlineData("speaker.person", "Cy", null)]
    [InlineData("speaker.role", "spokesperson", "chief executive")]
    [InlineData("date", "2020-07-06", "2020-07-07")]
    [InlineData("language", "en", "zh-Hant")]
    [InlineData("sources", "[\"news\"]", "[\"news\",\"wire\"]")]
    public void Each_member_of_a_statement(string member, string? oldValue, string? newValue)
    {
        var s = Pause;
        var statement = member switch
        {
            "text" => new Statement(s.Id, newValue!, s.Speaker, s.Date, s.Language, s.Sources),
            "speaker.company" => new Statement(s.Id, s.Text, new Speaker(new CompanyId(newValue!), "Cy", "spokesperson"), s.Date, s.Language, s.Sources),
            "speaker.person" => new Statement(s.Id, s.Text, new Speaker(new CompanyId("acme"), null, "spokesperson"), s.Date, s.Language, s.Sources),
            "speaker.role" => new Statement(s.Id, s.Text, new Speaker(new CompanyId("acme"), "Cy", newValue), s.Date, s.Language, s.Sources),
            "date" => s.WithDate(PartialDate.Parse(newValue!)),
            "language" => new Statement(s.Id, s.Text, s.Speaker, s.Date, new LanguageTag(newValue!), s.Sources),
            _ => s.WithSources([News, Wire]),
        };

        ChangesOneMember(Base(statement: statement), DatasetRecordKind.Statement, "pause", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("jurisdiction", "HK", "MO")]
    [InlineData("title", "The law", "The national security law")]
    [InlineData("effective", "2020-06-30", "2020-06-30T23:00:00+08:00")]
    [InlineData("sources", "[\"news\"]", null)]
    [InlineData("effectiveClaims", "[{\"date\":\"2020-07-01\",\"sources\":[\"news\"],\"wording\":\"from 1 July\"}]", null)]
    public void Each_member_of_a_trigger(string member, string? oldValue, string? newValue)
    {
        var t = Law;
        var trigger = member switch
        {
            "jurisdiction" => new Trigger(t.Id, new JurisdictionCode(newValue!), t.Title, t.Effective, t.Sources, t.EffectiveClaims),
            "title" => new Trigger(t.Id, t.Jurisdiction, newValue!, t.Effective, t.Sources, t.EffectiveClaims),
            "effective" => new Trigger(t.Id, t.Jurisdiction, t.Title, PartialDate.Parse(newValue!), t.Sources, t.EffectiveClaims),
            "sources" => new Trigger(t.Id, t.Jurisdiction, t.Title, t.Effective, null, t.EffectiveClaims),
            _ => new Trigger(t.Id, t.Jurisdiction, t.Title, t.Effective, t.Sources),
        };

        ChangesOneMember(Base(trigger: trigger), DatasetRecordKind.Trigger, "law", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("company", "acme", "acme-asia")]
    [InlineData("jurisdiction", "HK", "MO")]
    [InlineData("policy.stance", "paused", "refusing")]
    [InlineData("policy.scope.requestKinds", "[\"userData\"]", "[\"userData\",\"contentRemoval\"]")]
    [InlineData("policy.scope.requesters", "[\"government\"]", "[\"government\",\"courts\"]")]
    [InlineData("policy.scope.products", "[\"mail\"]", null)]
    [InlineData("policy.conditions", "[\"review\"]", "[\"review\",\"a court order\"]")]
    [InlineData("policy.exceptions", "[\"emergencies\"]", null)]
    [InlineData("effective", "2020-06-30", null)]
    [InlineData("announced", "2020-07-06", "2020-07-06?")]
    [InlineData("recorded", "2026-11-28T15:00:00Z", "2026-11-29T15:00:00Z")]
    [InlineData("statements", "[\"pause\"]", null)]
    [InlineData("sources", "[\"news\"]", "[\"wire\"]")]
    [InlineData("trigger", "law", null)]
    [InlineData("supersedes", "acme-old", "acme-older")]
    [InlineData("note", "A note", null)]
    public void Each_member_of_an_event(string member, string? oldValue, string? newValue)
    {
        var e = Paused;
        var p = e.Policy;
        PolicyEvent Make(CompanyId? company = null, JurisdictionCode? jurisdiction = null, RequestPolicy? policy = null,
            IEnumerable<StatementId>? statements = null, IEnumerable<SourceId>? sources = null, bool noTrigger = false, EventId? supersedes = null, bool noNote = false) =>
            new(e.Id, company ?? e.Company, jurisdiction ?? e.Jurisdiction, policy ?? p, e.Effective, e.Announced, e.Recorded, statements ?? e.Statements,
                sources ?? e.Sources, noTrigger ? null : e.Trigger, supersedes ?? e.Supersedes, noNote ? null : e.Note);
        var policyEvent = member switch
        {
            "company" => Make(company: new CompanyId(newValue!)),
            "jurisdiction" => Make(jurisdiction: new JurisdictionCode(newValue!)),
            "policy.stance" => e.WithPolicy(p.WithStance(PolicyStance.Refusing)),
            "policy.scope.requestKinds" => e.WithPolicy(p.WithScope(new RequestScope(RequestKinds.UserData | RequestKinds.ContentRemoval, Requesters.Government, ["mail"]))),
            "policy.scope.requesters" => e.WithPolicy(p.WithScope(new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.Courts, ["mail"]))),
            "policy.scope.products" => e.WithPolicy(p.WithScope(new RequestScope(RequestKinds.UserData, Requesters.Government))),
            "policy.conditions" => e.WithPolicy(new RequestPolicy(p.Stance, p.Scope, ["review", "a court order"], p.Exceptions)),
            "policy.exceptions" => e.WithPolicy(new RequestPolicy(p.Stance, p.Scope, p.Conditions)),
            "effective" => e.WithDates(null, e.Announced),
            "announced" => e.WithDates(e.Effective, PartialDate.Parse(newValue!)),
            "recorded" => e.WithRecorded(Instant.FromUtc(2026, 11, 29, 15, 0)),
            "statements" => Make(statements: []),
            "sources" => Make(sources: [Wire]),
            "trigger" => Make(noTrigger: true),
            "supersedes" => Make(supersedes: new EventId(newValue!)),
            _ => Make(noNote: true),
        };

        ChangesOneMember(Base(policyEvent: policyEvent), DatasetRecordKind.Event, "acme-pause", member, oldValue, newValue);
    }

    [Theory]
    [InlineData("jurisdictionName", "Hong Kong", "Hong Kong SAR")]
    [InlineData("startDerived", null, "true")]
    [InlineData("requestKinds", "[\"userData\"]", null)]
    [InlineData("legalProcess", "all", "subpoena")]
    [InlineData("requests.text", "1,624", "1624")]
    [InlineData("accounts.maximum", "499", "999")]
    [InlineData("requestsWithDataProduced.count", "10", "11")]
    [InlineData("percentWithDataProduced.percent", "24", "25")]
    [InlineData("provenance.line", "2", "3")]
    public void Each_member_of_a_figure_set(string member, string? oldValue, string? newValue)
    {
        var f = Figures;
        var figures = member switch
        {
            "jurisdictionName" => f.WithJurisdiction(f.Jurisdiction, newValue!),
            "startDerived" => f.WithPeriod(new ReportingPeriod(f.Period.Start, f.Period.End, isStartDerived: true)),
            "requestKinds" => f.WithCategory(f.Category.WithKinds(RequestKinds.None)),
            "legalProcess" => f.WithCategory(f.Category.WithLegalProcess(LegalProcessKind.Subpoena)),
            "requests.text" => f.WithFigures(f.Figures.WithRequests(PublishedNumber.Exact(1624))),
            "accounts.maximum" => f.WithFigures(f.Figures.WithAccounts(PublishedNumber.Range(0, 999, "0-499"))),
            "requestsWithDataProduced.count" => f.WithFigures(f.Figures.WithRequestsWithDataProduced(PublishedNumber.Exact(11, "10"))),
            "percentWithDataProduced.percent" => f.WithFigures(f.Figures.WithPercentWithDataProduced(PublishedNumber.Percentage(25, "24%"))),
            _ => f.WithProvenance(new FigureProvenance("acme.csv", 3)),
        };

        ChangesOneMember(Base(figures: figures), DatasetRecordKind.Figure, FigureKey, member, oldValue, newValue);
    }

    [Fact]
    public void A_number_that_changes_kind_lists_each_member_the_older_members_first_where_both_have_their_own()
    {
        var newer = Base(figures: Figures.WithFigures(Figures.Figures.WithAccounts(PublishedNumber.Exact(7))));

        var change = DatasetDiff.Compare(Base(), newer).Changes.Should().ContainSingle().Subject;

        change.Members.Should().Equal(
            new MemberChange("accounts.kind", "range", "exact"), new MemberChange("accounts.text", "0-499", "7"),
            new MemberChange("accounts.minimum", "0", null), new MemberChange("accounts.maximum", "499", null), new MemberChange("accounts.count", null, "7"));
    }

    public static TheoryData<string> Kinds => ["company", "jurisdiction", "source", "statement", "trigger", "event", "figure"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_record_of_each_kind_added_and_removed(string kind)
    {
        var (recordKind, id, newer) = kind switch
        {
            "company" => (DatasetRecordKind.Company, "zeta", Base() is var b ? new PolicyDataset(b.Metadata, [.. b.Companies, new Company(new CompanyId("zeta"), "Zeta")],
                b.Jurisdictions, b.Sources, b.Statements, b.Triggers, b.Events, b.Figures) : null!),
            "jurisdiction" => (DatasetRecordKind.Jurisdiction, "XA", Base() is var b2 ? new PolicyDataset(b2.Metadata, b2.Companies,
                [.. b2.Jurisdictions, new Jurisdiction(new JurisdictionCode("XA"), "Atlantis", JurisdictionKind.Other, "Etc/UTC")], b2.Sources, b2.Statements,
                b2.Triggers, b2.Events, b2.Figures) : null!),
            "source" => (DatasetRecordKind.Source, "wire", Base() is var b3 ? new PolicyDataset(b3.Metadata, b3.Companies, b3.Jurisdictions,
                [.. b3.Sources, new Source(Wire, "Wire", "Acme pauses")], b3.Statements, b3.Triggers, b3.Events, b3.Figures) : null!),
            "statement" => (DatasetRecordKind.Statement, "again", Base() is var b4 ? new PolicyDataset(b4.Metadata, b4.Companies, b4.Jurisdictions, b4.Sources,
                [.. b4.Statements, new Statement(new StatementId("again"), "Still paused.", new Speaker(new CompanyId("acme")), null, LanguageTag.English)],
                b4.Triggers, b4.Events, b4.Figures) : null!),
            "trigger" => (DatasetRecordKind.Trigger, "order", Base() is var b5 ? new PolicyDataset(b5.Metadata, b5.Companies, b5.Jurisdictions, b5.Sources,
                b5.Statements, [.. b5.Triggers, new Trigger(new TriggerId("order"), new JurisdictionCode("HK"), "An order", PartialDate.Parse("2021"))],
                b5.Events, b5.Figures) : null!),
            "event" => (DatasetRecordKind.Event, "acme-resume", Base() is var b6 ? new PolicyDataset(b6.Metadata, b6.Companies, b6.Jurisdictions, b6.Sources,
                b6.Statements, b6.Triggers, [.. b6.Events, new PolicyEvent(new EventId("acme-resume"), new CompanyId("acme"), new JurisdictionCode("HK"),
                    new RequestPolicy(PolicyStance.RespondingAsUsual), PartialDate.Parse("2021"), null, Created)], b6.Figures) : null!),
            _ => (DatasetRecordKind.Figure, "acme HK 2020-07-01/2020-12-31 \"Requests\"", Base() is var b7 ? new PolicyDataset(b7.Metadata, b7.Companies,
                b7.Jurisdictions, b7.Sources, b7.Statements, b7.Triggers, b7.Events,
                [.. b7.Figures, Figures.WithPeriod(new ReportingPeriod(new LocalDate(2020, 7, 1), new LocalDate(2020, 12, 31)))]) : null!),
        };

        DatasetDiff.Compare(Base(), newer).Changes.Should().Equal(new RecordChange(recordKind, id, RecordChangeKind.Added));
        DatasetDiff.Compare(newer, Base()).Changes.Should().Equal(new RecordChange(recordKind, id, RecordChangeKind.Removed));
    }

    [Fact]
    public void Changes_come_by_kind_then_id_with_the_metadata_first()
    {
        var older = Base();
        var newer = new PolicyDataset(older.Metadata.WithVersion("1.1.0", Created),
            [new Company(new CompanyId("aaa"), "Aaa"), Acme.WithName("Acme Inc")], older.Jurisdictions, older.Sources, older.Statements, older.Triggers,
            [new PolicyEvent(new EventId("a-first"), new CompanyId("aaa"), new JurisdictionCode("HK"), new RequestPolicy(PolicyStance.Paused),
                PartialDate.Parse("2020"), null, Created)], older.Figures);

        var diff = DatasetDiff.Compare(older, newer);

        diff.ToString().Should().Be("""
            metadata base changed: version: 1.0.0 -> 1.1.0
            company aaa added
            company acme changed: name: Acme -> Acme Inc
            event a-first added
            event acme-pause removed

            """.Replace("\r", ""));
        diff.Should().Be(DatasetDiff.Compare(older, newer)).And.NotBe(DatasetDiff.Compare(newer, older));
        diff.GetHashCode().Should().Be(DatasetDiff.Compare(older, newer).GetHashCode());
        (diff == DatasetDiff.Compare(older, newer)).Should().BeTrue();
        (diff != DatasetDiff.Compare(newer, older)).Should().BeTrue();
    }

    [Fact]
    public void Members_keep_the_formats_order_with_added_members_in_place()
    {
        var newer = Base(policyEvent: new PolicyEvent(Paused.Id, Paused.Company, Paused.Jurisdiction, Paused.Policy.WithStance(PolicyStance.Refusing),
            Paused.Effective, Paused.Announced, Paused.Recorded, Paused.Statements, Paused.Sources, null, Paused.Supersedes, "Another note"));

        DatasetDiff.Compare(Base(), newer).Changes.Single().Members.Select(m => m.ToString()).Should().Equal(
            "policy.stance: paused -> refusing", "trigger: law -> (none)", "note: A note -> Another note");
    }

    [Fact]
    public void The_result_types_check_their_arguments()
    {
        FluentActions.Invoking(() => new MemberChange("note", "a", "a")).Should().Throw<ArgumentException>().WithParameterName("newValue");
        FluentActions.Invoking(() => new MemberChange("note", null, null)).Should().Throw<ArgumentException>().WithParameterName("newValue");
        FluentActions.Invoking(() => new MemberChange(" note", null, "a")).Should().Throw<ArgumentException>().WithParameterName("member");
        FluentActions.Invoking(() => new RecordChange(DatasetRecordKind.Event, "e", RecordChangeKind.Added, [new MemberChange("note", null, "a")]))
            .Should().Throw<ArgumentException>().WithParameterName("members");
        FluentActions.Invoking(() => new RecordChange(DatasetRecordKind.Event, "e", RecordChangeKind.Changed,
                [new MemberChange("note", null, "a"), new MemberChange("note", "b", "a")]))
            .Should().Throw<ArgumentException>().WithParameterName("members");
        FluentActions.Invoking(() => DatasetDiff.Compare(Base(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("newer");
        new RecordChange(DatasetRecordKind.Jurisdiction, "XK", RecordChangeKind.Added).ToString().Should().Be("jurisdiction XK added");
    }
}
