using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// The embedded Hong Kong dataset (release 2.0.0) asked about one request at a time: every company and every scope on
/// 9 July 2020, the requests about Hong Kong users (Zoom, Telegram), Apple's two scoped policies and Google's channel.
/// </summary>
public class HongKong2020ScopedAnswersTests
{
    private static readonly PolicyDataset Dataset = PolicyDatasets.HongKong2020;
    private static readonly PolicyHistory History = PolicyHistory.From(Dataset);
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly JurisdictionCode Us = new("US");
    private static readonly LocalDate July9 = new(2020, 7, 9);
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private static readonly FormalChannel MlatViaDoj = new(FormalChannelKind.Mlat, "United States Department of Justice", Us);

    public static TheoryData<string, RequestKinds, Requesters, string?, string?> On9July => new()
    {
        // company, kind, requester (from Hong Kong, about a user of unknown jurisdiction), expected event (null: no recorded policy)
        { "apple", RequestKinds.Content, Requesters.LawEnforcement, null, "apple-hk-2020-07-06-v2" },
        { "apple", RequestKinds.NonContent, Requesters.LawEnforcement, null, "apple-hk-2020-06-non-content" },
        { "apple", RequestKinds.NonContent, Requesters.Government, null, "apple-hk-2020-06-non-content" },
        { "apple", RequestKinds.Content, Requesters.Government, null, null },
        { "apple", RequestKinds.ContentRemoval, Requesters.Government, null, null },
        { "facebook", RequestKinds.UserData, Requesters.LawEnforcement, null, "facebook-hk-2020-07-06" },
        { "facebook", RequestKinds.EmergencyDisclosure, Requesters.Government, null, "facebook-hk-2020-07-06" },
        { "facebook", RequestKinds.ContentRemoval, Requesters.Government, null, null },
        { "google", RequestKinds.UserData, Requesters.LawEnforcement, null, "google-hk-2020-07-06-v2" },
        { "google", RequestKinds.Content, Requesters.Government, null, "google-hk-2020-07-06-v2" },
        { "google", RequestKinds.ContentRemoval, Requesters.Government, null, null },
        { "google", RequestKinds.ContentRemoval, Requesters.LawEnforcement, null, null },
        { "linkedin", RequestKinds.UserData, Requesters.LawEnforcement, null, "linkedin-hk-2020-07-07-v2" },
        { "linkedin", RequestKinds.UserData, Requesters.Government, null, null },
        { "microsoft", RequestKinds.UserData, Requesters.Government, null, "microsoft-hk-2020-07-07" },
        { "microsoft", RequestKinds.ContentRemoval, Requesters.Government, null, null },
        { "telegram", RequestKinds.UserData, Requesters.Government, null, "telegram-hk-2020-07-05" },
        { "telegram", RequestKinds.UserData, Requesters.LawEnforcement, null, null },
        { "telegram", RequestKinds.UserData, Requesters.LawEnforcement, "HK", "telegram-hk-2020-07-05-subject-hk" },
        { "telegram", RequestKinds.UserData, Requesters.Government, "HK", "telegram-hk-2020-07-05-subject-hk" },
        { "tiktok", RequestKinds.UserData, Requesters.LawEnforcement, null, "tiktok-hk-2020-07-07-v2" },
        { "tiktok", RequestKinds.ContentRemoval, Requesters.Courts, null, "tiktok-hk-2020-07-07-v2" },
        { "twitter", RequestKinds.UserData, Requesters.LawEnforcement, null, "twitter-hk-2020-07-06-v2" },
        { "twitter", RequestKinds.ContentRemoval, Requesters.Government, null, null },
        { "whatsapp", RequestKinds.UserData, Requesters.Government, null, "whatsapp-hk-2020-07-06" },
        { "zoom", RequestKinds.UserData, Requesters.LawEnforcement, null, "zoom-hk-2020-07-07" },
        { "zoom", RequestKinds.UserData, Requesters.Courts, null, null },
        { "zoom", RequestKinds.UserData, Requesters.Courts, "HK", "zoom-hk-2020-07-07-subject-hk" },
        { "zoom", RequestKinds.NonContent, Requesters.LawEnforcement, "HK", "zoom-hk-2020-07-07-subject-hk" },
    };

    [Theory]
    [MemberData(nameof(On9July))]
    public void On_9_July_2020_a_request_from_Hong_Kong_is_answered_by_the_scoped_policy_that_covers_it(
        string company, RequestKinds kind, Requesters requester, string? subject, string? expected)
    {
        var request = new GovernmentRequest(Hk, kind, requester, subject is null ? null : new JurisdictionCode(subject));

        var answer = History.PolicyFor(new CompanyId(company), request, July9);

        answer.EventOrNull?.Id.Value.Should().Be(expected, "{0} is asked {1}", company, request);
    }

    [Fact]
    public void On_9_July_2020_every_company_has_a_policy_toward_Hong_Kong_with_the_stances_the_sources_give()
    {
        var stances = Dataset.Companies.ToDictionary(
            c => c.Id.Value,
            c => History.PolicyMap(c.Id, Hk, July9).Select(p => (p.Event.Id.Value, p.Policy.Stance)).ToList());

        stances["apple"].Should().Equal(("apple-hk-2020-06-non-content", PolicyStance.RespondingAsUsual), ("apple-hk-2020-07-06-v2", PolicyStance.FormalChannelOnly));
        stances["google"].Should().Equal(("google-hk-2020-07-06-v2", PolicyStance.Paused));
        stances["tiktok"].Should().Equal(("tiktok-hk-2020-07-07-v2", PolicyStance.WithdrawnFromMarket));
        foreach (var paused in new[] { "facebook", "google", "linkedin", "microsoft", "telegram", "twitter", "whatsapp", "zoom" })
        {
            stances[paused].Should().NotBeEmpty(paused).And.OnlyContain(s => s.Stance == PolicyStance.Paused, paused);
        }
        stances.Keys.Should().BeEquivalentTo(["apple", "facebook", "google", "linkedin", "microsoft", "telegram", "tiktok", "twitter", "whatsapp", "zoom"]);
    }

    [Fact]
    public void Zoom_and_Telegram_cover_requests_about_Hong_Kong_users_from_any_jurisdiction()
    {
        var fromUs = new GovernmentRequest(Us, RequestKinds.Content, Requesters.Courts, Hk);

        History.PoliciesAbout(Hk, new LocalDate(2020, 7, 10)).Select(p => (p.Company.Value, p.Event.Id.Value, p.Policy.Stance)).Should().Equal(
            ("telegram", "telegram-hk-2020-07-05-subject-hk", PolicyStance.Paused), ("zoom", "zoom-hk-2020-07-07-subject-hk", PolicyStance.Paused));
        History.PoliciesAbout(Hk, new LocalDate(2020, 7, 6)).Select(p => p.Company.Value).Should().Equal("telegram");
        History.PoliciesAbout(Hk, new LocalDate(2020, 7, 4)).Should().BeEmpty();
        History.PoliciesAbout(Us, new LocalDate(2020, 7, 10)).Should().BeEmpty();
        History.PolicyFor(new CompanyId("zoom"), fromUs, July9).Event.Id.Value.Should().Be("zoom-hk-2020-07-07-subject-hk");
        History.PolicyFor(new CompanyId("telegram"), fromUs, July9).Event.Id.Value.Should().Be("telegram-hk-2020-07-05-subject-hk");
        History.PolicyFor(new CompanyId("telegram"), fromUs, July9).Statements.Select(s => s.Id.Value)
            .Should().Contain("telegram-2020-07-05-no-data-requests");
        History.PolicyFor(new CompanyId("google"), fromUs, July9).HasPolicy.Should().BeFalse("Google's pause covers requests from Hong Kong only");
        History.PolicyFor(new CompanyId("zoom"), new GovernmentRequest(Us, RequestKinds.Content, Requesters.Courts, Us), July9).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void Apple_has_two_scoped_policies_content_through_the_US_MLAT_and_non_content_answered()
    {
        var map = History.PolicyMap(new CompanyId("apple"), Hk, July9);

        map.Should().HaveCount(2);
        var content = map.Single(p => p.Scope.Kinds == RequestKinds.Content);
        var nonContent = map.Single(p => p.Scope.Kinds == RequestKinds.NonContent);
        content.Policy.Stance.Should().Be(PolicyStance.FormalChannelOnly);
        content.Policy.Channel.Should().Be(MlatViaDoj);
        content.Event.Trigger.Should().BeNull("Apple \"has always required\" it: the law did not cause it");
        content.Event.Effective.Should().BeNull("no source dates when the practice began");
        nonContent.Event.Effective!.Value.ToString().Should().Be("../2020-06-30");
        content.Event.Statements.Select(s => s.Value).Should().Contain("apple-2020-07-not-received-content-requests");
        nonContent.Policy.Stance.Should().Be(PolicyStance.RespondingAsUsual);
        nonContent.Event.Sources.Select(s => s.Value).Should().Contain("apple-transparency-account-requests-csv");
        Dataset.Statements.Single(s => s.Id.Value == "apple-2020-07-not-received-content-requests").Text
            .Should().Be("We’re assessing the new law, which went into effect less than a week ago, and we have not received any content requests since the law went into effect");
    }

    [Fact]
    public void Google_answers_user_data_requests_only_through_the_MLAT_from_August_2020_and_both_accounts_of_what_it_produced_are_kept()
    {
        var userData = new GovernmentRequest(Hk, RequestKinds.UserData, Requesters.LawEnforcement);
        var answer = History.PolicyFor(new CompanyId("google"), userData, new LocalDate(2020, 8, 20));

        answer.Event.Id.Value.Should().Be("google-hk-2020-08-13-v2");
        answer.Policy.Channel.Should().Be(MlatViaDoj);
        answer.Statements.Select(s => s.Text).Should().Contain(["not produced data in response to new requests from Hong Kong authorities", "produced some data"]);
        History.PolicyFor(new CompanyId("google"), userData, new LocalDate(2020, 8, 12)).Event.Id.Value.Should().Be("google-hk-2020-07-06-v2");
    }

    [Fact]
    public void TikTok_left_between_its_announcement_and_10_July_possibly_withdrawn_on_9_July_certainly_after_10_July()
    {
        var tiktok = new CompanyId("tiktok");
        Instant Hkt(int day) => new LocalDate(2020, 7, day).AtStartOfDayInZone(Zone).ToInstant();

        History.PolicyAt(tiktok, Hk, July9, DateReading.Earliest).Event.Id.Value.Should().Be("tiktok-hk-2020-07-07-v2");
        History.PolicyAt(tiktok, Hk, July9, DateReading.Latest).HasPolicy.Should().BeFalse();
        History.PolicyAt(tiktok, Hk, Hkt(11), DateReading.Latest).Event.Id.Value.Should().Be("tiktok-hk-2020-07-07-v2");
        History.PolicyAt(tiktok, Hk, July9).Window.Should().Be(new Interval(Hkt(7), Hkt(11)));
    }

    [Fact]
    public void Facebook_restated_its_pause_in_May_2021_and_Twitter_and_Google_are_dated_no_more_precisely_than_their_sources()
    {
        History.PolicyAt(new CompanyId("facebook"), Hk, new LocalDate(2021, 6, 1)).Event.Id.Value.Should().Be("facebook-hk-2021-05-08");
        History.PolicyAt(new CompanyId("facebook"), Hk, new LocalDate(2021, 6, 1)).Policy.Stance.Should().Be(PolicyStance.Paused);
        Dataset.Statements.Single(s => s.Id.Value == "facebook-2021-05-policy-unchanged").IsParaphrase.Should().BeTrue();
        foreach (var company in new[] { "google", "twitter" })
        {
            var pause = History.PolicyAt(new CompanyId(company), Hk, July9);
            pause.Event.Effective!.Value.ToString().Should().Be("2020-07-01?");
            pause.Window.Should().Be(new Interval(new LocalDate(2020, 7, 1).AtStartOfDayInZone(Zone).ToInstant(), new LocalDate(2020, 7, 2).AtStartOfDayInZone(Zone).ToInstant()));
        }
    }

    [Fact]
    public void Twitter_s_and_Facebook_s_words_keep_each_outlet_s_wording_and_attribution_and_search_finds_every_variant()
    {
        var reviewing = Dataset.Statements.Single(s => s.Id.Value == "twitter-2020-07-reviewing-law");
        reviewing.Text.Should().EndWith("vague without clear definition");
        reviewing.Variants.Should().Contain(v => v.Text != null && v.Text.EndsWith("vague and without clear definition", StringComparison.Ordinal));
        reviewing.Variants.Should().Contain(v => v.Speaker != null && v.Speaker.Person == "Ian Plunkett");
        var dueDiligence = Dataset.Statements.Single(s => s.Id.Value == "facebook-afp-human-rights-due-diligence");
        dueDiligence.Speaker.Company.Value.Should().Be("facebook");
        dueDiligence.Variants.Should().Contain(v => v.Speaker != null && v.Speaker.Company.Value == "whatsapp");

        History.SearchStatements("vague and without").Select(m => m.Statement.Id.Value).Should().Equal("twitter-2020-07-reviewing-law");
    }
}
