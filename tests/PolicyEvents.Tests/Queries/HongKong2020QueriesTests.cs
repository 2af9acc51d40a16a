using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>The product questions 1-6 (docs/queries.md) asserted on the bundled Hong Kong 2020 dataset.</summary>
public class HongKong2020QueriesTests
{
    private static readonly PolicyDataset Dataset = PolicyDatasets.HongKong2020;
    private static readonly PolicyHistory History = PolicyHistory.From(Dataset);
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];
    private static readonly string[] ArticleCompanies = ["facebook", "whatsapp", "google", "twitter", "microsoft", "zoom"];

    private static Instant Hkt(int month, int day, int hour = 0) =>
        new LocalDateTime(2020, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    [Fact]
    public void Question1_on_9_July_2020_each_of_the_articles_six_companies_is_paused()
    {
        var answers = History.PoliciesToward(Hk, new LocalDate(2020, 7, 9)).ToDictionary(a => a.Company.Value);

        foreach (var company in ArticleCompanies)
        {
            answers[company].HasPolicy.Should().BeTrue(company);
            answers[company].Policy.Stance.Should().Be(PolicyStance.Paused, company);
        }
        answers["apple"].Policy.Stance.Should().Be(PolicyStance.FormalChannelOnly);
        answers["tiktok"].Policy.Stance.Should().Be(PolicyStance.WithdrawnFromMarket);
        answers.Keys.Should().BeEquivalentTo(["apple", "facebook", "google", "linkedin", "microsoft", "telegram", "tiktok", "twitter", "whatsapp", "zoom"]);
        answers["google"].Since.Should().Be(Hkt(7, 1), "release 2.0.0 dates Google's pause to 1 July, as its sources do");
        answers["google"].Basis.Should().Be(EffectiveBasis.Effective);
        answers["microsoft"].Since.Should().Be(Hkt(7, 7));
        answers["microsoft"].Basis.Should().Be(EffectiveBasis.Announced);
    }

    [Fact]
    public void Question1_before_the_law_only_standing_practices_are_in_force_and_nobody_has_paused()
    {
        var before = History.PoliciesToward(Hk, Hkt(6, 30, 22)).Where(a => a.HasPolicy).ToList();

        // Apple's answers to non-content requests are older than the law: their effective date is an interval open at its start.
        before.Select(a => a.Event.Id.Value).Should().Equal("apple-hk-2020-06-non-content");
        before.Should().OnlyContain(a => a.Policy.Stance != PolicyStance.Paused);
        History.PolicyFor(new CompanyId("google"), new GovernmentRequest(Hk, RequestKinds.UserData, Requesters.Government), Hkt(6, 30, 22))
            .Status.Should().Be(PolicyStatus.NoRecordedPolicy);
    }

    [Fact]
    public void Question2_Googles_timeline_is_a_pause_from_1_July_then_the_formal_channel_from_13_August()
    {
        var periods = History.Timeline(new CompanyId("google"), Hk);

        periods.Select(p => (p.Event.Id.Value, p.Policy.Stance)).Should().Equal(
            ("google-hk-2020-07-06-v2", PolicyStance.Paused), ("google-hk-2020-08-13-v2", PolicyStance.FormalChannelOnly));
        periods[0].Start.Should().Be(Hkt(7, 1));
        periods[0].End.Should().Be(Hkt(8, 13));
        periods[1].End.Should().BeNull();
        periods[0].Statements.Select(s => s.Id.Value).Should().Contain("google-2020-07-paused-production");
        periods[0].Sources.Should().Contain(s => s.Publisher == "Reuters");
        periods[0].Event.Policy.Exceptions.Should().NotBeEmpty("Google still reviewed content-removal requests");
        periods[1].Policy.Channel!.Intermediary.Should().Be("United States Department of Justice");
    }

    [Fact]
    public void Question3_every_company_changed_within_8_days_of_the_law_by_effect_and_by_announcement()
    {
        var responses = History.ResponsesTo(new TriggerId("hk-national-security-law")).ToDictionary(r => r.Company.Value);

        responses.Should().HaveCount(10);
        responses["apple"].Change.Event.Id.Value.Should().Be("apple-hk-2020-07-06-v2", "dated by its announcement, as no source dates the practice");
        responses.Values.Should().OnlyContain(r => r.EffectiveDelay <= Duration.FromDays(8));
        responses.Values.Should().OnlyContain(r => r.AnnouncementDelay <= Duration.FromDays(8));
        responses["google"].EffectiveDelay.Should().Be(Duration.FromHours(1), "the law took effect at 11 pm on 30 June; Google's pause is dated 1 July");
        responses["twitter"].EffectiveDelay.Should().Be(Duration.FromHours(1));
        responses["google"].AnnouncementDelay.Should().Be(Hkt(7, 6) - Hkt(6, 30, 23));
        responses["zoom"].EffectiveDelay.Should().Be(Hkt(7, 7) - Hkt(6, 30, 23), "without an effective date, the announcement day stands in");
        responses["telegram"].EffectiveDelay.Should().Be(Hkt(7, 5) - Hkt(6, 30, 23));
    }

    [Fact]
    public void Question4_by_7_July_0000_HKT_Microsoft_and_Zoom_had_not_yet_spoken_by_9_July_everyone_had()
    {
        var by7 = History.AnnouncedBy(Hkt(7, 7)).Select(e => e.Company.Value).ToHashSet();
        var by9 = History.AnnouncedBy(Hkt(7, 9)).Select(e => e.Company.Value).ToHashSet();

        by7.Should().BeEquivalentTo(["telegram", "apple", "facebook", "google", "twitter", "whatsapp"]);
        by7.Should().NotContain(["microsoft", "zoom"]);
        by9.Should().BeEquivalentTo(["telegram", "apple", "facebook", "google", "twitter", "whatsapp", "linkedin", "microsoft", "tiktok", "zoom"]);
    }

    [Fact]
    public void Question4_as_known_when_the_article_was_recorded_the_dataset_held_only_its_six_companies()
    {
        var firstRecorded = Dataset.Events.Min(e => e.Recorded);

        var earlier = History.AsKnownAt(firstRecorded).PoliciesToward(Hk, new LocalDate(2020, 7, 9));

        earlier.Select(a => a.Company.Value).Should().BeEquivalentTo(ArticleCompanies);
        History.AsKnownAt(firstRecorded - Duration.FromSeconds(1)).Events.Should().BeEmpty();
    }

    [Fact]
    public void Question5_Facebook_with_its_subsidiaries_answers_for_Facebook_and_WhatsApp()
    {
        var answers = History.PoliciesAt(new CompanyId("facebook"), Hk, Hkt(7, 9), CompanyScope.IncludingSubsidiaries);

        answers.Select(a => (a.Company.Value, a.Policy.Stance)).Should().BeEquivalentTo(
            [("facebook", PolicyStance.Paused), ("whatsapp", PolicyStance.Paused)]);
    }

    [Fact]
    public void Question6_statements_speaking_of_pausing_come_with_speaker_date_and_source()
    {
        var matches = History.SearchStatements("paus").ToList();

        matches.Select(m => m.Statement.Id.Value).Should().BeEquivalentTo(
        [
            "facebook-2020-07-06-andy-stone", "zoom-2020-07-07-hkfp-statement", "microsoft-2020-07-07-pausing-responses",
            "zoom-2020-07-07-paused-processing", "google-2020-07-paused-production", "linkedin-2020-07-07-paused-responses",
        ]);
        matches.Should().OnlyContain(m => !m.Sources.IsEmpty);
        matches.Should().OnlyContain(m => m.Statement.Text.Contains("paus", StringComparison.OrdinalIgnoreCase));
        Dataset.Statements.Where(s => s.Text.Contains("paus", StringComparison.OrdinalIgnoreCase)).Should().HaveSameCount(matches);
    }
}
