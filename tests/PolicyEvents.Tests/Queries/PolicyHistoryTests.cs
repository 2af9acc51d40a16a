using NodaTime;
using static PolicyEvents.Tests.Queries.HongKongFixture;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Queries;

public class PolicyHistoryTests
{
    private readonly PolicyHistory _history = History();

    [Fact]
    public void Every_company_has_paused_by_9_July_in_Hong_Kong()
    {
        var snapshot = _history.PoliciesToward(HK, new LocalDate(2020, 7, 9));

        snapshot.Select(a => a.Company.Value).Should().Equal("facebook", "google", "microsoft", "twitter", "whatsapp", "zoom");
        snapshot.Should().OnlyContain(a => a.HasPolicy && a.Policy.Stance == PolicyStance.Paused);
        snapshot.Should().OnlyContain(a => a.At == Hkt(2020, 7, 9));
    }

    [Fact]
    public void Before_the_law_Google_responded_as_usual_since_2019_read_in_Hong_Kong()
    {
        var answer = _history.PolicyAt(Google, HK, Hkt(2020, 6, 30, 22, 59));

        answer.Status.Should().Be(PolicyStatus.InForce);
        answer.Event.Id.Value.Should().Be("google-hk-2019");
        answer.Basis.Should().Be(EffectiveBasis.Effective);
        answer.Since.Should().Be(Hkt(2019, 1, 1));
        answer.Window.Should().Be(new Interval(Hkt(2019, 1, 1), Hkt(2020, 1, 1)));
        answer.Until.Should().Be(Hkt(2020, 6, 30, 23, 0));
    }

    [Fact]
    public void The_pause_takes_effect_at_the_instant_the_law_took_effect()
    {
        var answer = _history.PolicyAt(Google, HK, Hkt(2020, 6, 30, 23, 0));

        answer.Event.Id.Value.Should().Be("google-hk-2020-07-pause");
        answer.Window.Should().Be(new Interval(Hkt(2020, 6, 30, 23, 0), Hkt(2020, 6, 30, 23, 0) + Duration.Epsilon));
        answer.Until.Should().BeNull();
        answer.Statements.Select(s => s.Id.Value).Should().Equal("google-2020-07-06");
        answer.Sources.Select(s => s.Id.Value).Should().Equal("fixture-news-2020-07-06");
    }

    [Fact]
    public void No_recorded_policy_is_an_explicit_answer()
    {
        var answer = _history.PolicyAt(Zoom, HK, Hkt(2020, 7, 1));

        answer.Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        answer.HasPolicy.Should().BeFalse();
        answer.EventOrNull.Should().BeNull();
        answer.Until.Should().Be(Hkt(2020, 7, 7));
        answer.Statements.Should().BeEmpty();
        answer.ToString().Should().Contain("no recorded policy");
        var read = () => answer.Policy;
        read.Should().Throw<InvalidOperationException>().WithMessage("*HasPolicy*");
    }

    [Fact]
    public void A_company_the_history_does_not_know_has_no_recorded_policy()
    {
        var answer = _history.PolicyAt(new CompanyId("apple"), HK, Hkt(2020, 7, 9));

        answer.Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        answer.Until.Should().BeNull();
        answer.Company.Value.Should().Be("apple");
    }

    [Fact]
    public void An_announcement_date_stands_in_for_an_unknown_effective_date_and_the_reading_is_selectable()
    {
        var midday = Hkt(2020, 7, 6, 12, 0);

        var earliest = _history.PolicyAt(Facebook, HK, midday);
        var latest = _history.PolicyAt(Facebook, HK, midday, DateReading.Latest);

        earliest.Basis.Should().Be(EffectiveBasis.Announced);
        earliest.Since.Should().Be(Hkt(2020, 7, 6));
        earliest.Window.Should().Be(new Interval(Hkt(2020, 7, 6), Hkt(2020, 7, 7)));
        latest.Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        latest.Until.Should().Be(Hkt(2020, 7, 7) - Duration.FromTicks(1));
        _history.PolicyAt(Facebook, HK, Hkt(2020, 7, 7) - Duration.FromTicks(1), DateReading.Latest).HasPolicy.Should().BeTrue();
    }

    [Fact]
    public void A_local_date_is_read_at_the_start_of_the_day_in_the_jurisdiction_zone()
    {
        _history.PolicyAt(MicrosoftCorp, HK, new LocalDate(2020, 7, 7)).HasPolicy.Should().BeTrue();
        _history.PolicyAt(MicrosoftCorp, HK, new LocalDate(2020, 7, 6)).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void Google_timeline_has_half_open_periods_with_evidence()
    {
        var timeline = _history.Timeline(Google, HK);

        timeline.Should().HaveCount(2);
        timeline[0].Policy.Stance.Should().Be(PolicyStance.RespondingAsUsual);
        timeline[0].Interval.Should().Be(new Interval(Hkt(2019, 1, 1), Hkt(2020, 6, 30, 23, 0)));
        timeline[1].Policy.Stance.Should().Be(PolicyStance.Paused);
        timeline[1].Start.Should().Be(timeline[0].End!.Value);
        timeline[1].End.Should().BeNull();
        timeline[1].Interval.HasEnd.Should().BeFalse();
        timeline[1].Statements.Single().Text.Should().Contain("paused");
        timeline[1].Sources.Single().Publisher.Should().Be("Fixture News");
    }

    [Fact]
    public void Changes_between_two_instants_cover_the_whole_history_in_order()
    {
        var changes = _history.Changes(Hkt(2020, 6, 30), Hkt(2020, 7, 8));

        changes.Select(p => p.Company.Value).Should().Equal("google", "facebook", "twitter", "whatsapp", "microsoft", "zoom");
        _history.Changes(Hkt(2020, 7, 7), Hkt(2020, 7, 7)).Should().BeEmpty();
        var backwards = () => _history.Changes(Hkt(2020, 7, 8), Hkt(2020, 7, 7));
        backwards.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
    }

    [Fact]
    public void Responses_to_the_law_give_the_delay_by_effect_and_by_announcement()
    {
        var responses = _history.ResponsesTo(Nsl);

        responses.Select(r => r.Company.Value).Should().Equal("google", "facebook", "twitter", "whatsapp", "microsoft", "zoom");
        var google = responses[0];
        google.TriggerAt.Should().Be(Hkt(2020, 6, 30, 23, 0));
        google.EffectiveDelay.Should().Be(Duration.Zero);
        google.AnnouncementDelay.Should().Be(Duration.FromHours(1) + Duration.FromDays(5));
        responses[1].EffectiveDelay.Should().Be(Duration.FromDays(5) + Duration.FromHours(1));
        responses[1].Change.Basis.Should().Be(EffectiveBasis.Announced);
        responses.Where(r => r.EffectiveDelay <= Duration.FromDays(8)).Should().HaveCount(6);
        responses.Where(r => r.EffectiveDelay <= Duration.FromDays(6)).Select(r => r.Company.Value)
            .Should().Equal("google", "facebook", "twitter", "whatsapp");
    }

    [Fact]
    public void Announced_by_7_July_midnight_excludes_announcements_made_that_day()
    {
        var by7 = _history.AnnouncedBy(Hkt(2020, 7, 7));
        var by7Possibly = _history.AnnouncedBy(Hkt(2020, 7, 7), DateReading.Earliest);
        var by9 = _history.AnnouncedBy(Hkt(2020, 7, 9));

        by7.Select(e => e.Company.Value).Should().Equal("facebook", "google", "twitter", "whatsapp");
        by7Possibly.Select(e => e.Company.Value).Should().Equal("facebook", "google", "twitter", "whatsapp", "microsoft", "zoom");
        by9.Should().HaveCount(6);
    }

    [Fact]
    public void Facebook_including_its_subsidiaries_says_which_company_each_answer_comes_from()
    {
        _history.Family(Facebook).Should().Equal(Facebook, WhatsApp);

        var answers = _history.PoliciesAt(Facebook, HK, Hkt(2020, 7, 9), CompanyScope.IncludingSubsidiaries);
        var alone = _history.PoliciesAt(Facebook, HK, Hkt(2020, 7, 9), CompanyScope.CompanyOnly);
        var timeline = _history.Timeline(Facebook, HK, CompanyScope.IncludingSubsidiaries);

        answers.Select(a => (a.Company, a.Event.Id.Value)).Should().Equal(
            (Facebook, "facebook-hk-2020-07-pause"), (WhatsApp, "whatsapp-hk-2020-07-pause"));
        alone.Should().ContainSingle().Which.Company.Should().Be(Facebook);
        timeline.Select(p => p.Company).Should().Equal(Facebook, WhatsApp);
    }

    [Fact]
    public void Snapshot_of_one_company_lists_its_jurisdictions()
    {
        var answers = _history.PoliciesOf(Google, Hkt(2020, 7, 9));

        answers.Should().ContainSingle().Which.Jurisdiction.Should().Be(HK);
        _history.PoliciesOf(new CompanyId("apple"), Hkt(2020, 7, 9)).Should().BeEmpty();
    }

    [Fact]
    public void Statements_that_speak_of_pausing_are_found_ignoring_case()
    {
        var matches = _history.SearchStatements("paus").ToList();

        matches.Select(m => m.Statement.Id.Value).Should().Equal("facebook-2020-07-06", "google-2020-07-06", "whatsapp-2020-07-06", "zoom-2020-07-07");
        matches[0].Sources.Single().Publisher.Should().Be("Fixture News");
        matches[0].Events.Single().Id.Value.Should().Be("facebook-hk-2020-07-pause");
        matches.Select(m => m.Statement.Speaker.Company).Should().Equal(Facebook, Google, WhatsApp, Zoom);
    }

    [Fact]
    public void Statements_are_filtered_by_company_family_jurisdiction_and_dates()
    {
        _history.SearchStatements(company: Facebook).Select(m => m.Company).Should().Equal(Facebook);
        _history.SearchStatements(company: Facebook, scope: CompanyScope.IncludingSubsidiaries).Select(m => m.Company).Should().Equal(Facebook, WhatsApp);
        _history.SearchStatements(jurisdiction: new JurisdictionCode("US")).Should().BeEmpty();
        _history.SearchStatements(jurisdiction: HK).Should().HaveCount(6);
        _history.SearchStatements(dates: new DateInterval(new LocalDate(2020, 7, 7), new LocalDate(2020, 7, 31)))
            .Select(m => m.Company).Should().Equal(MicrosoftCorp, Zoom);
    }

    [Fact]
    public void Statement_search_checks_its_arguments_before_enumeration()
    {
        var empty = () => _history.SearchStatements("");
        var defaultCompany = () => _history.SearchStatements(company: default(CompanyId));
        var badScope = () => _history.SearchStatements(scope: (CompanyScope)7);

        empty.Should().Throw<ArgumentException>().WithParameterName("text");
        defaultCompany.Should().Throw<ArgumentException>().WithParameterName("company");
        badScope.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("scope");
    }

    [Fact]
    public void Point_queries_reject_bad_arguments()
    {
        var defaultCompany = () => _history.PolicyAt(default, HK, Hkt(2020, 7, 9));
        var defaultJurisdiction = () => _history.PolicyAt(Google, default(JurisdictionCode), Hkt(2020, 7, 9));
        var badReading = () => _history.PolicyAt(Google, HK, Hkt(2020, 7, 9), (DateReading)2);
        var unknownTrigger = () => _history.ResponsesTo(new TriggerId("nope"));

        defaultCompany.Should().Throw<ArgumentException>().WithParameterName("company");
        defaultJurisdiction.Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        badReading.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reading");
        unknownTrigger.Should().Throw<KeyNotFoundException>().WithMessage("*nope*");
    }

    [Fact]
    public void Ties_go_to_the_later_recorded_event_then_the_greater_id()
    {
        var at = "2020-07-06";
        var events = new[]
        {
            Event("zoom-a", Zoom, PolicyStance.Reviewing, at, null, recorded: Release1 + Duration.FromDays(1)),
            Event("zoom-b", Zoom, PolicyStance.Paused, at, null, recorded: Release1),
            Event("twitter-b", Twitter, PolicyStance.Paused, at, null),
            Event("twitter-a", Twitter, PolicyStance.Reviewing, at, null),
        };
        var history = History(events);

        history.PolicyAt(Zoom, HK, Hkt(2020, 7, 6)).Event.Id.Value.Should().Be("zoom-a");
        history.PolicyAt(Twitter, HK, Hkt(2020, 7, 6)).Event.Id.Value.Should().Be("twitter-b");
        history.Timeline(Zoom, HK).Should().ContainSingle().Which.Event.Id.Value.Should().Be("zoom-a");
    }

    [Fact]
    public void Create_rejects_unknown_references_and_repeated_ids()
    {
        var unknownCompany = () => History([Event("apple-hk", new CompanyId("apple"), PolicyStance.Paused, "2020", null)]);
        var repeated = () => History([Event("zoom-a", Zoom, PolicyStance.Paused, "2020", null), Event("zoom-a", Zoom, PolicyStance.Paused, "2021", null)]);
        var unknownSuperseded = () => History([Event("zoom-a", Zoom, PolicyStance.Paused, "2020", null, supersedes: "zoom-x")]);
        var unknownStatement = () => History([Event("zoom-a", Zoom, PolicyStance.Paused, "2020", null, statement: "nope")]);

        unknownCompany.Should().Throw<ArgumentException>().WithMessage("*apple-hk*apple*");
        repeated.Should().Throw<ArgumentException>().WithMessage("*zoom-a*more than once*");
        unknownSuperseded.Should().Throw<ArgumentException>().WithMessage("*zoom-x*");
        unknownStatement.Should().Throw<ArgumentException>().WithMessage("*nope*");
    }

    [Fact]
    public void Answers_compare_by_value()
    {
        var a = _history.PolicyAt(Google, HK, Hkt(2020, 7, 9));
        var b = History().PolicyAt(Google, HK, Hkt(2020, 7, 9));
        var c = _history.PolicyAt(Google, HK, Hkt(2020, 7, 10));

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != c).Should().BeTrue();
        default(PolicyAnswer).Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        _history.Timeline(Google, HK).Should().Equal(History().Timeline(Google, HK));
    }

    [Fact]
    public void A_date_in_the_last_year_of_the_calendar_has_an_open_end_under_the_latest_reading()
    {
        var history = History([Event("zoom-far", Zoom, PolicyStance.Refusing, "9999", null)]);

        var latest = history.Timeline(Zoom, HK, reading: DateReading.Latest).Single();
        var earliest = history.Timeline(Zoom, HK).Single();

        latest.Start.Should().Be(Instant.MaxValue);
        earliest.Start.Should().Be(new LocalDate(9999, 1, 1).AtStartOfDayInZone(Zone).ToInstant());
        history.PolicyAt(Zoom, HK, Instant.MaxValue, DateReading.Latest).HasPolicy.Should().BeTrue();
        history.PolicyAt(Zoom, HK, Instant.FromUtc(9999, 12, 31, 0, 0), DateReading.Latest).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void A_point_query_allocates_nothing()
    {
        var at = Hkt(2020, 7, 9);
        for (var i = 0; i < 100; i++)
        {
            _ = _history.PolicyAt(Google, HK, at);
            _ = _history.PolicyAt(Zoom, HK, at, DateReading.Latest);
        }

        var found = 0;
        var allocated = ThreadAllocations.Least(() =>
        {
            found = 0;
            for (var i = 0; i < 10_000; i++)
            {
                found += _history.PolicyAt(Google, HK, at + Duration.FromSeconds(i)).HasPolicy ? 1 : 0;
                found += _history.PolicyAt(Zoom, HK, at, DateReading.Latest).HasPolicy ? 1 : 0;
            }
        });

        found.Should().Be(20_000);
        allocated.Should().BeLessThan(1_000, "20,000 point queries must not allocate (a constant overhead of the measurement is tolerated)");
    }

    [Fact]
    public void Trigger_responses_describe_themselves()
    {
        var google = _history.ResponsesTo(Nsl)[0];

        google.ToString().Should().Be("google after hk-nsl-2020: Paused effective +0:00:00:00, announced +5:01:00:00");
        google.AnnouncementWindow.Should().Be(new Interval(Hkt(2020, 7, 6), Hkt(2020, 7, 7)));
    }
}
