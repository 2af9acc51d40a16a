using NodaTime;
using NodaTime.Text;
using static PolicyEvents.Tests.Queries.HongKongFixture;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>Argument checks, orderings, boundaries and equality of the queries that the mutation run (Stryker.NET, see
/// docs/reliability.md) showed no other test pinned down.</summary>
public class PolicyHistoryEdgeTests
{
    private static readonly Instant July9 = Hkt(2020, 7, 9);
    private static readonly LocalDate Day = new(2020, 7, 9);
    private const DateReading BadReading = (DateReading)2;
    private const CompanyScope BadScope = (CompanyScope)7;
    private static readonly GovernmentRequest Request = new(HK, RequestKinds.Content, Requesters.LawEnforcement);
    private readonly PolicyHistory _history = History();

    private static PolicyEvent Elsewhere(string id, CompanyId company, string jurisdiction, string effective, string? statement = null) =>
        new(new EventId(id), company, new JurisdictionCode(jurisdiction), new RequestPolicy(PolicyStance.RespondingAsUsual), Date(effective), null,
            Release1, statement is null ? null : [new StatementId(statement)], null, null, null);

    [Fact]
    public void Every_query_rejects_a_default_company_or_jurisdiction_naming_the_parameter()
    {
        var h = _history;
        var company = new Action[]
        {
            () => h.PolicyAt(default, HK, July9), () => h.PoliciesAt(default, HK, July9, CompanyScope.CompanyOnly), () => h.PoliciesOf(default, July9),
            () => h.Timeline(default, HK), () => h.FiguresBesidePolicy([], default, HK, Day, Day), () => h.Family(default),
            () => h.Timeline(default, Request), () => h.ScopedTimeline(default, HK), () => h.PoliciesFor(default, Request, July9, CompanyScope.CompanyOnly),
            () => h.PolicyMap(default, HK, July9, CompanyScope.CompanyOnly),
        };
        var jurisdiction = new Action[]
        {
            () => h.PolicyAt(Google, default(JurisdictionCode), July9), () => h.PolicyAt(Google, default(JurisdictionCode), Day),
            () => h.PoliciesAt(Google, default, July9, CompanyScope.CompanyOnly), () => h.PoliciesToward(default, July9),
            () => h.PoliciesToward(default, Day), () => h.Timeline(Google, default(JurisdictionCode)), () => h.FiguresBesidePolicy([], Google, default, Day, Day),
            () => h.ScopedTimeline(Google, default), () => h.PolicyMap(Google, default, July9, CompanyScope.CompanyOnly),
            () => _ = h.SearchStatements(jurisdiction: default(JurisdictionCode)).Count(),
        };

        foreach (var act in company)
        {
            act.Should().Throw<ArgumentException>().WithParameterName("company").WithMessage("A default (uninitialized) CompanyId is not a valid value.*");
        }
        foreach (var act in jurisdiction)
        {
            act.Should().Throw<ArgumentException>().WithParameterName("jurisdiction")
                .WithMessage("A default (uninitialized) JurisdictionCode is not a valid value.*");
        }
    }

    [Fact]
    public void Every_query_rejects_an_undefined_reading_or_scope_naming_the_parameter()
    {
        var h = _history;
        var reading = new Action[]
        {
            () => h.PolicyAt(Google, HK, July9, BadReading), () => h.PoliciesAt(Google, HK, July9, CompanyScope.CompanyOnly, BadReading),
            () => h.PoliciesToward(HK, July9, BadReading), () => h.PoliciesOf(Google, July9, BadReading), () => h.Timeline(Google, HK, reading: BadReading),
            () => h.Changes(July9, July9, BadReading), () => h.ResponsesTo(Nsl, BadReading), () => h.AnnouncedBy(July9, BadReading),
            () => h.FiguresBesidePolicy([], Google, HK, Day, Day, BadReading), () => h.Timeline(Google, Request, reading: BadReading),
            () => h.ScopedTimeline(Google, HK, reading: BadReading), () => h.ScopedChanges(July9, July9, BadReading),
            () => h.ScopedResponsesTo(Nsl, BadReading), () => h.PoliciesFor(Google, Request, July9, CompanyScope.CompanyOnly, BadReading),
            () => h.PolicyMap(Google, HK, July9, CompanyScope.CompanyOnly, BadReading),
        };
        var scope = new Action[]
        {
            () => h.PoliciesAt(Google, HK, July9, BadScope), () => h.Timeline(Google, HK, BadScope), () => h.Timeline(Google, Request, BadScope),
            () => h.ScopedTimeline(Google, HK, BadScope), () => h.PoliciesFor(Google, Request, July9, BadScope), () => h.PolicyMap(Google, HK, July9, BadScope),
        };

        foreach (var act in reading)
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reading").WithMessage("Not a defined DateReading value.*");
        }
        foreach (var act in scope)
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scope").WithMessage("Not a defined CompanyScope value.*");
        }
    }

    [Fact]
    public void Reversed_ranges_and_an_empty_search_text_say_what_is_wrong()
    {
        var changes = () => _history.Changes(July9, July9 - Duration.Epsilon);
        var scopedChanges = () => _history.ScopedChanges(July9, July9 - Duration.Epsilon);
        var figures = () => _history.FiguresBesidePolicy([], Google, HK, Day, Day.PlusDays(-1));
        var search = () => _history.SearchStatements("");

        changes.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to").WithMessage("The end must not be before the start*");
        scopedChanges.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to").WithMessage("The end must not be before the start*");
        figures.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to").WithMessage($"The last day must not be before the first ({LocalDatePattern.Iso.Format(Day)}).*", "the date is ISO 8601 in any culture");
        search.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("The search text must not be empty*");
    }

    [Fact]
    public void Create_rejects_each_null_argument_by_name()
    {
        var cases = new (string Name, Action Act)[]
        {
            ("events", () => PolicyHistory.Create(null!, Companies(), Statements(), Sources(), Triggers())),
            ("companies", () => PolicyHistory.Create(Events(), null!, Statements(), Sources(), Triggers())),
            ("statements", () => PolicyHistory.Create(Events(), Companies(), null!, Sources(), Triggers())),
            ("sources", () => PolicyHistory.Create(Events(), Companies(), Statements(), null!, Triggers())),
            ("triggers", () => PolicyHistory.Create(Events(), Companies(), Statements(), Sources(), null!)),
            ("dataset", () => PolicyHistory.From(null!)),
        };

        foreach (var (name, act) in cases)
        {
            act.Should().Throw<ArgumentNullException>().WithParameterName(name);
        }
    }

    [Fact]
    public void Create_names_the_kind_of_each_repeated_id_and_each_unknown_reference()
    {
        var companies = () => PolicyHistory.Create([], [.. Companies(), new Company(Google, "Google again")], [], [], []);
        var sources = () => PolicyHistory.Create([], Companies(), [], [.. Sources(), Sources()[0]], []);
        var statements = () => PolicyHistory.Create([], Companies(), [.. Statements(), Statements()[0]], Sources(), []);
        var triggers = () => PolicyHistory.Create([], Companies(), [], Sources(), [.. Triggers(), Triggers()[0]]);
        var nullCompany = () => PolicyHistory.Create([], [.. Companies(), null!], [], [], []);
        var nullEvent = () => PolicyHistory.Create([null!], Companies(), [], [], []);
        var statementSource = () => PolicyHistory.Create([], Companies(), Statements(), [], []);
        var triggerPlace = () => PolicyHistory.Create([], Companies(), [], Sources(),
            [new Trigger(new TriggerId("t"), new JurisdictionCode("QQ"), "Somewhere else", Date("2020"), [new SourceId("fixture-gazette")])]);
        var eventPlace = () => History([Elsewhere("google-qq", Google, "QQ", "2020")]);
        var eventSource = () => History([Event("zoom-x", Zoom, PolicyStance.Paused, "2020", null, source: "nope")]);
        var eventTrigger = () => PolicyHistory.Create([Event("zoom-x", Zoom, PolicyStance.Paused, "2020", null)], Companies(), [], Sources(), []);

        companies.Should().Throw<ArgumentException>().WithParameterName("companies").WithMessage("The company id 'google' appears more than once.*");
        sources.Should().Throw<ArgumentException>().WithParameterName("sources").WithMessage("The source id 'fixture-news-2020-07-06' appears more than once.*");
        statements.Should().Throw<ArgumentException>().WithParameterName("statements").WithMessage("The statement id 'google-2020-07-06' appears more than once.*");
        triggers.Should().Throw<ArgumentException>().WithParameterName("triggers").WithMessage("The trigger id 'hk-nsl-2020' appears more than once.*");
        nullCompany.Should().Throw<ArgumentException>().WithParameterName("companies").WithMessage("The sequence must not contain null.*");
        nullEvent.Should().Throw<ArgumentException>().WithParameterName("events").WithMessage("The sequence must not contain null.*");
        statementSource.Should().Throw<ArgumentException>().WithMessage("Statement 'google-2020-07-06' cites source 'fixture-news-2020-07-06'*");
        triggerPlace.Should().Throw<ArgumentException>().WithMessage("Trigger 't' is about jurisdiction 'QQ'*");
        eventPlace.Should().Throw<ArgumentException>().WithMessage("Event 'google-qq' names jurisdiction 'QQ'*");
        eventSource.Should().Throw<ArgumentException>().WithMessage("Event 'zoom-x' cites source 'nope'*");
        eventTrigger.Should().Throw<ArgumentException>().WithMessage("Event 'zoom-x' names trigger 'hk-nsl-2020'*");
    }

    [Fact]
    public void A_history_keeps_its_own_copy_of_an_events_array()
    {
        var events = Events();
        var history = History(events);

        events[0] = Event("google-hk-2019", Google, PolicyStance.Refusing, "2019", null);

        history.PolicyAt(Google, HK, Hkt(2019, 6, 1)).Policy.Stance.Should().Be(PolicyStance.RespondingAsUsual);
        history.AsKnownAt(Release1).PolicyAt(Google, HK, Hkt(2019, 6, 1)).Policy.Stance.Should().Be(PolicyStance.RespondingAsUsual,
            "a view built later reads the history's own copy too");
    }

    [Fact]
    public void The_latest_reading_orders_events_by_their_own_instants()
    {
        // Read at the earliest, the year 2020 starts before 15 June; read at the latest, it ends after.
        var history = History([Event("google-2020", Google, PolicyStance.Reviewing, "2020", null), Event("google-june", Google, PolicyStance.Refusing, "2020-06-15", null)]);

        history.Timeline(Google, HK).Select(p => p.Event.Id.Value).Should().Equal("google-2020", "google-june");
        history.Timeline(Google, HK, reading: DateReading.Latest).Select(p => p.Event.Id.Value).Should().Equal("google-june", "google-2020");
        history.PolicyAt(Google, HK, Hkt(2020, 7, 1), DateReading.Latest).Event.Id.Value.Should().Be("google-june");
        history.PolicyAt(Google, HK, Hkt(2021, 1, 1), DateReading.Latest).Event.Id.Value.Should().Be("google-2020");
    }

    [Fact]
    public void The_latest_reading_of_a_day_or_month_is_its_last_tick_and_only_the_calendars_last_day_is_open()
    {
        var history = History([Event("google-31", Google, PolicyStance.Reviewing, "2020-07-31", null), Event("zoom-9999-06", Zoom, PolicyStance.Refusing, "9999-06", null)]);

        history.Timeline(Google, HK, reading: DateReading.Latest)[0].Start.Should().Be(Hkt(2020, 8, 1) - Duration.FromTicks(1));
        history.Timeline(Zoom, HK, reading: DateReading.Latest)[0].Start
            .Should().Be(new LocalDate(9999, 7, 1).AtStartOfDayInZone(Zone).ToInstant() - Duration.FromTicks(1));
    }

    [Fact]
    public void Snapshots_of_a_company_and_changes_are_ordered_by_jurisdiction_code()
    {
        var history = History([.. Events(), Elsewhere("google-us", Google, "US", "2020-07-06T00:00:00Z"), Elsewhere("google-de", Google, "DE", "2020-07-06T00:00:00Z")]);

        history.PoliciesOf(Google, July9).Select(a => a.Jurisdiction.Value).Should().Equal("DE", "HK", "US");
        history.Changes(Instant.FromUtc(2020, 7, 6, 0, 0), Instant.FromUtc(2020, 7, 6, 0, 1)).Select(p => p.Jurisdiction.Value).Should().Equal("DE", "US");
    }

    [Fact]
    public void A_statement_cited_in_several_jurisdictions_is_found_under_each()
    {
        var history = History([.. Events(), Elsewhere("google-us", Google, "US", "2020-07-06", statement: "google-2020-07-06")]);

        history.SearchStatements(jurisdiction: HK).Select(m => m.Statement.Id.Value).Should().Contain("google-2020-07-06");
        history.SearchStatements(jurisdiction: new JurisdictionCode("US")).Select(m => m.Statement.Id.Value).Should().Equal("google-2020-07-06");
    }

    [Fact]
    public void Subsidiaries_come_in_id_order_and_statements_by_date_then_id_with_undated_ones_last()
    {
        var acme = new CompanyId("acme");
        var companies = new[] { new Company(acme, "Acme"), new Company(new CompanyId("zeta"), "Zeta", parent: acme), new Company(new CompanyId("beta"), "Beta", parent: acme) };
        var speaker = new Speaker(acme);
        var sources = new[] { new SourceId("fixture-gazette") };
        var statements = new[]
        {
            new Statement(new StatementId("s-undated"), "Undated.", speaker, null, LanguageTag.English, sources),
            new Statement(new StatementId("s-later"), "Later.", speaker, Date("2020-07-07"), LanguageTag.English, sources),
            new Statement(new StatementId("s-b"), "Earlier, b.", speaker, Date("2020-07-06"), LanguageTag.English, sources),
            new Statement(new StatementId("s-a"), "Earlier, a.", speaker, Date("2020-07-06"), LanguageTag.English, sources),
        };
        var history = PolicyHistory.Create([], companies, statements, Sources(), []);

        history.Family(acme).Select(c => c.Value).Should().Equal("acme", "beta", "zeta");
        history.SearchStatements().Select(m => m.Statement.Id.Value).Should().Equal("s-a", "s-b", "s-later", "s-undated");
    }

    [Fact]
    public void A_family_timeline_is_ordered_by_start_then_company()
    {
        var history = History([.. Events(), Event("facebook-2021", Facebook, PolicyStance.Reviewing, "2021", null)]);

        history.Timeline(Facebook, HK, CompanyScope.IncludingSubsidiaries).Select(p => p.Event.Id.Value)
            .Should().Equal("facebook-hk-2020-07-pause", "whatsapp-hk-2020-07-pause", "facebook-2021");
    }

    [Fact]
    public void Announcements_at_the_same_instant_are_ordered_by_company_then_event_id()
    {
        var history = History([Event("zoom-b", Zoom, PolicyStance.Paused, null, "2020-07-07"), Event("zoom-a", Zoom, PolicyStance.Reviewing, null, "2020-07-07"),
            Event("twitter-c", Twitter, PolicyStance.Paused, null, "2020-07-07")]);

        history.AnnouncedBy(Hkt(2020, 7, 8)).Select(e => e.Id.Value).Should().Equal("twitter-c", "zoom-a", "zoom-b");
    }

    [Fact]
    public void A_response_ends_where_the_companys_next_policy_starts()
    {
        var history = History([.. Events(), Event("zoom-2021", Zoom, PolicyStance.Refusing, "2021", null)]);

        var responses = history.ResponsesTo(Nsl).ToDictionary(r => r.Company);

        responses[Zoom].Change.End.Should().Be(Hkt(2021, 1, 1));
        responses[Google].Change.End.Should().BeNull();
    }

    [Fact]
    public void An_answer_without_a_policy_has_no_window_start_or_sources_and_one_with_a_policy_describes_it()
    {
        var none = _history.PolicyAt(Zoom, HK, Hkt(2020, 7, 1));
        var some = _history.PolicyAt(Google, HK, July9);

        none.Invoking(a => a.Window).Should().Throw<InvalidOperationException>().WithMessage("No recorded policy for zoom in HK at *: check HasPolicy first.");
        none.Invoking(a => a.Since).Should().Throw<InvalidOperationException>().WithMessage("*check HasPolicy first.");
        none.Sources.Should().BeEmpty();
        some.EventOrNull.Should().BeSameAs(some.Event);
        some.EventOrNull!.Id.Value.Should().Be("google-hk-2020-07-pause");
        some.ToString().Should().Be($"google HK at {July9}: Paused (google-hk-2020-07-pause, since {Hkt(2020, 6, 30, 23, 0)})");
    }

    [Fact]
    public void Answers_differ_by_company_and_by_the_next_event()
    {
        var withoutPause = History(Events().Where(e => e.Id.Value != "google-hk-2020-07-pause"));
        var june = Hkt(2020, 6, 1);

        (_history.PolicyAt(new CompanyId("apple"), HK, june) == _history.PolicyAt(new CompanyId("banana"), HK, june)).Should().BeFalse();
        (_history.PolicyAt(Google, HK, june) == withoutPause.PolicyAt(Google, HK, june)).Should().BeFalse();
        (_history.PolicyAt(Google, HK, june) == History().PolicyAt(Google, HK, june)).Should().BeTrue();
    }

    [Fact]
    public void Periods_differ_by_event_and_by_reading()
    {
        var facebook = _history.Timeline(Facebook, HK)[0];
        var whatsApp = _history.Timeline(WhatsApp, HK)[0];
        var earliest = _history.Timeline(Google, HK)[^1];
        var latest = _history.Timeline(Google, HK, reading: DateReading.Latest)[^1];

        facebook.Start.Should().Be(whatsApp.Start);
        facebook.Should().NotBe(whatsApp);
        earliest.Start.Should().Be(latest.Start);
        earliest.Should().NotBe(latest);
        earliest.Should().Be(History().Timeline(Google, HK)[^1]);
        _history.Timeline(Google, HK)[0].Should().NotBe(History(Events().Where(e => e.Id.Value != "google-hk-2020-07-pause")).Timeline(Google, HK)[0],
            "the same event and reading, but one period ends at the pause and the other has no end");
    }

    [Fact]
    public void Days_of_the_same_date_in_two_time_zones_start_at_their_own_midnights()
    {
        var history = History([Elsewhere("google-de", Google, "DE", "2020-07-06"), Event("google-hk", Google, PolicyStance.Reviewing, "2020-07-06", null),
            Elsewhere("zoom-de", Zoom, "DE", "2020-07-06")]);
        var berlin = JurisdictionRegistry.Default.Get("DE").TimeZone;

        history.Timeline(Google, new JurisdictionCode("DE"))[0].Start.Should().Be(new LocalDate(2020, 7, 6).AtStartOfDayInZone(berlin).ToInstant());
        history.Timeline(Google, HK)[0].Start.Should().Be(Hkt(2020, 7, 6));
        history.Timeline(Zoom, new JurisdictionCode("DE"))[0].Start.Should().Be(new LocalDate(2020, 7, 6).AtStartOfDayInZone(berlin).ToInstant());
        // Between midnight in Hong Kong (16:00 UTC) and midnight in Berlin (22:00 UTC) only the Hong Kong day has begun.
        var between = Instant.FromUtc(2020, 7, 5, 20, 0);
        history.PolicyAt(Google, HK, between).HasPolicy.Should().BeTrue();
        history.PolicyAt(Google, new JurisdictionCode("DE"), between).HasPolicy.Should().BeFalse();
        history.PolicyAt(Zoom, new JurisdictionCode("DE"), between).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void A_day_the_zone_skipped_reads_as_its_empty_span_under_both_readings()
    {
        // Samoa skipped 30 December 2011 whole: the day is an empty span at the start of 31 December. Building the history
        // and the date queries threw NodaTime's SkippedTimeException before (found by the mutation run).
        var history = History([Elsewhere("google-ws", Google, "WS", "2011-12-30")]);
        var samoa = new JurisdictionCode("WS");

        var latest = history.Timeline(Google, samoa, reading: DateReading.Latest)[0].Start;

        latest.Should().Be(history.Timeline(Google, samoa)[0].Start);
        latest.Should().Be(new LocalDate(2011, 12, 31).AtStartOfDayInZone(JurisdictionRegistry.Default.Get(samoa).TimeZone).ToInstant());
        history.PolicyAt(Google, samoa, new LocalDate(2011, 12, 30)).Event.Id.Value.Should().Be("google-ws");
        history.PoliciesToward(samoa, new LocalDate(2011, 12, 30)).Should().ContainSingle().Which.At.Should().Be(latest);
    }

    [Fact]
    public void A_period_ends_at_the_next_event_also_when_that_event_came_first_in_the_input()
    {
        var history = History([Event("google-2021", Google, PolicyStance.Refusing, "2021", null), Event("google-2019", Google, PolicyStance.RespondingAsUsual, "2019", null)]);

        history.Timeline(Google, HK).Select(p => (p.Event.Id.Value, p.End)).Should().Equal(("google-2019", Hkt(2021, 1, 1)), ("google-2021", (Instant?)null));
    }

    [Fact]
    public void A_company_whose_every_event_precedes_the_trigger_gives_no_response()
    {
        var history = History([Event("twitter-2019", Twitter, PolicyStance.RespondingAsUsual, "2019", null), Event("zoom-pause", Zoom, PolicyStance.Paused, null, "2020-07-07")]);

        history.ResponsesTo(Nsl).Select(r => r.Company).Should().Equal(Zoom);
    }
}
