using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// The facts of the primary article (AFP, "Microsoft, Zoom Join Pause On Hong Kong Data Request", 2020-07-08 11:16 HKT),
/// asserted one by one against the dataset.
/// </summary>
public class HongKong2020ArticleFactsTests
{
    private const string Afp = HongKong2020Fixture.PrimarySourceId;
    private static readonly DateTimeZone HongKong = JurisdictionRegistry.Default.Get("HK").TimeZone;

    [Fact]
    public void The_article_is_a_source_dated_to_the_minute_in_Hong_Kong_time_and_credited_to_AFP()
    {
        using var document = HongKong2020Fixture.Open();
        var source = HongKong2020Fixture.ById(document.RootElement, "sources", Afp);

        source.GetProperty("title").GetString().Should().Be("Microsoft, Zoom Join Pause On Hong Kong Data Request");
        source.GetProperty("agency").GetString().Should().Be("AFP");
        var published = PartialDate.Parse(source.GetProperty("published").GetString()!);
        published.Precision.Should().Be(DatePrecision.Instant);
        published.Instant.Should().Be(Instant.FromUtc(2020, 7, 8, 3, 16));
        HongKong2020Fixture.SourceText(Afp).Should().Contain("2020-07-08 HKT 11:16").And.EndWith("Read more");
        HongKong2020Fixture.Strings(document.RootElement.GetProperty("metadata"), "sources").Should().Equal(Afp);
    }

    [Theory]
    [InlineData("facebook", "Facebook")]
    [InlineData("whatsapp", "WhatsApp")]
    [InlineData("google", "Google")]
    [InlineData("twitter", "Twitter")]
    [InlineData("microsoft", "Microsoft")]
    [InlineData("zoom", "Zoom")]
    public void Each_of_the_six_companies_is_named_in_the_article_and_paused_citing_it(string id, string name)
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;

        HongKong2020Fixture.ById(root, "companies", id).GetProperty("name").GetString().Should().Be(name);
        HongKong2020Fixture.SourceText(Afp).Should().Contain(name);
        var superseded = HongKong2020Fixture.Items(root, "events").Select(e => HongKong2020Fixture.OptionalString(e, "supersedes")).OfType<string>().ToHashSet();
        var events = HongKong2020Fixture.Items(root, "events")
            .Where(e => e.GetProperty("company").GetString() == id && HongKong2020Fixture.Strings(e, "sources").Contains(Afp))
            .Where(e => !superseded.Contains(e.GetProperty("id").GetString()!) && !IsAboutUsersFromAnywhere(e))
            .ToList();
        events.Should().ContainSingle();
        var policy = events[0].GetProperty("policy");
        policy.GetProperty("stance").GetString().Should().Be("paused");
        events[0].GetProperty("jurisdiction").GetString().Should().Be("HK");
        events[0].GetProperty("trigger").GetString().Should().Be("hk-national-security-law");
        HongKong2020Fixture.Strings(policy.GetProperty("scope"), "requesters").Should().Equal("government", "lawEnforcement");
    }

    [Fact]
    public void Exactly_the_six_companies_cite_the_article()
    {
        using var document = HongKong2020Fixture.Open();

        var companies = HongKong2020Fixture.Items(document.RootElement, "events")
            .Where(e => HongKong2020Fixture.Strings(e, "sources").Contains(Afp))
            .Select(e => e.GetProperty("company").GetString())
            .Distinct();

        companies.Should().BeEquivalentTo(["facebook", "whatsapp", "google", "twitter", "microsoft", "zoom"]);
    }

    private static bool IsAboutUsersFromAnywhere(System.Text.Json.JsonElement e) =>
        e.GetProperty("policy").TryGetProperty("scope", out var scope) && HongKong2020Fixture.OptionalString(scope, "origin") == "anyJurisdiction";

    [Fact]
    public void WhatsApp_belongs_to_Facebook_and_LinkedIn_to_Microsoft()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;

        HongKong2020Fixture.ById(root, "companies", "whatsapp").GetProperty("parent").GetString().Should().Be("facebook");
        HongKong2020Fixture.ById(root, "companies", "linkedin").GetProperty("parent").GetString().Should().Be("microsoft");
        HongKong2020Fixture.ById(root, "companies", "facebook").TryGetProperty("parent", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("microsoft", "As we would with any new legislation, we are reviewing the new law to understand its implications")]
    [InlineData("microsoft", "In the past, we've typically received only a relatively small number of requests from Hong Kong authorities, but we are pausing our responses to these requests as we conduct our review.")]
    [InlineData("zoom", "Zoom supports the free and open exchange of thoughts and ideas")]
    [InlineData("zoom", "We have paused processing any data requests from, and related to, Hong Kong SAR.")]
    [InlineData("facebook", "pending further assessment")]
    [InlineData("facebook", "formal human rights due diligence and consultations with human rights experts")]
    public void The_article_s_quotes_are_statements_of_their_company_citing_it(string company, string text)
    {
        using var document = HongKong2020Fixture.Open();

        var statement = HongKong2020Fixture.Items(document.RootElement, "statements")
            .Single(s => s.GetProperty("text").GetString() == text && HongKong2020Fixture.Strings(s, "sources").Contains(Afp));

        statement.GetProperty("speaker").GetProperty("company").GetString().Should().Be(company);
        statement.GetProperty("language").GetString().Should().Be("en");
        HongKong2020Fixture.SourceText(Afp).Should().Contain("\"" + text);
    }

    [Fact]
    public void Facebook_s_quotes_in_the_article_are_undated_because_the_article_does_not_date_them()
    {
        using var document = HongKong2020Fixture.Open();

        var facebookAfp = HongKong2020Fixture.Items(document.RootElement, "statements")
            .Where(s => s.GetProperty("speaker").GetProperty("company").GetString() == "facebook" && HongKong2020Fixture.Strings(s, "sources").Contains(Afp))
            .ToList();

        facebookAfp.Should().HaveCount(2);
        facebookAfp.Select(s => HongKong2020Fixture.OptionalString(s, "date")).Should().AllSatisfy(date => date.Should().BeNull());
    }

    [Theory]
    [InlineData("microsoft-hk-2020-07-07", "2020-07-07?", DateQualifier.Uncertain)]
    [InlineData("zoom-hk-2020-07-07", "2020-07-07", DateQualifier.None)]
    [InlineData("facebook-hk-2020-07-06", "2020-07-06", DateQualifier.None)]
    [InlineData("whatsapp-hk-2020-07-06", "2020-07-06", DateQualifier.None)]
    [InlineData("google-hk-2020-07-06", "2020-07-06?", DateQualifier.Uncertain)]
    [InlineData("twitter-hk-2020-07-06", "2020-07-06?", DateQualifier.Uncertain)]
    public void Announcement_dates_are_days_with_the_precision_the_sources_support(string eventId, string announced, DateQualifier qualifier)
    {
        using var document = HongKong2020Fixture.Open();
        var e = HongKong2020Fixture.ById(document.RootElement, "events", eventId);

        var date = PartialDate.Parse(e.GetProperty("announced").GetString()!);

        date.ToString().Should().Be(announced);
        date.Precision.Should().Be(DatePrecision.Day);
        date.Qualifier.Should().Be(qualifier);
        date.ToInterval(HongKong).Start.Should().BeLessThan(Instant.FromUtc(2020, 7, 8, 3, 16), "it was announced before the article");
    }

    [Theory]
    [InlineData("facebook-hk-2020-07-06")]
    [InlineData("whatsapp-hk-2020-07-06")]
    [InlineData("microsoft-hk-2020-07-07")]
    [InlineData("zoom-hk-2020-07-07")]
    public void When_a_pause_took_effect_is_unknown_unless_a_source_says(string eventId)
    {
        using var document = HongKong2020Fixture.Open();

        HongKong2020Fixture.ById(document.RootElement, "events", eventId).TryGetProperty("effective", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("google-hk-2020-07-06", "google-hk-2020-07-06-v2")]
    [InlineData("twitter-hk-2020-07-06", "twitter-hk-2020-07-06-v2")]
    public void Google_and_Twitter_paused_on_1_July_as_the_sources_say_correcting_the_law_s_instant_of_release_1_0_0(string released, string correction)
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var old = HongKong2020Fixture.ById(root, "events", released);
        var e = HongKong2020Fixture.ById(root, "events", correction);
        var trigger = HongKong2020Fixture.ById(root, "triggers", "hk-national-security-law");

        old.GetProperty("effective").GetString().Should().Be(trigger.GetProperty("effective").GetString(), "release 1.0.0 is kept as released");
        e.GetProperty("supersedes").GetString().Should().Be(released);
        var effective = PartialDate.Parse(e.GetProperty("effective").GetString()!);
        effective.ToString().Should().Be("2020-07-01?");
        effective.Precision.Should().Be(DatePrecision.Day, "no source gives an hour");
        effective.Qualifier.Should().Be(DateQualifier.Uncertain);
        e.GetProperty("note").GetString().Should().Contain("disagree on the hour").And.Contain("11 pm");
        HongKong2020Fixture.Strings(e, "statements").Should().Equal(HongKong2020Fixture.Strings(old, "statements"));
    }

    [Fact]
    public void Google_s_pause_and_its_MLAT_channel_cover_user_data_requests_only_while_content_removal_requests_are_still_reviewed()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var pause = HongKong2020Fixture.ById(root, "events", "google-hk-2020-07-06-v2").GetProperty("policy");
        var mlat = HongKong2020Fixture.ById(root, "events", "google-hk-2020-08-13-v2").GetProperty("policy");

        HongKong2020Fixture.Strings(pause.GetProperty("scope"), "requestKinds").Should().Equal("userData");
        HongKong2020Fixture.Strings(mlat.GetProperty("scope"), "requestKinds").Should().Equal("userData");
        HongKong2020Fixture.Strings(pause, "exceptions").Should().ContainSingle().Which.Should().Contain("removals of user-generated content");
        mlat.GetProperty("channel").GetProperty("intermediary").GetString().Should().Be("United States Department of Justice");
        var kinds = HongKong2020Fixture.Items(root, "events")
            .SelectMany(e => e.GetProperty("policy").TryGetProperty("scope", out var scope) ? HongKong2020Fixture.Strings(scope, "requestKinds") : [])
            .ToList();
        kinds.Should().NotContain("contentRemoval", "no source reports a change in how Google handles removal requests");
        HongKong2020Fixture.SourceText("reuters-tech-giants-suspend-hong-kong-requests")
            .Should().Contain("Google said it would continue reviewing Hong Kong government requests for removals of user-generated content");
    }

    [Fact]
    public void Release_1_0_0_s_Google_event_keeps_its_exception_text()
    {
        using var document = HongKong2020Fixture.Open();
        var policy = HongKong2020Fixture.ById(document.RootElement, "events", "google-hk-2020-07-06").GetProperty("policy");

        HongKong2020Fixture.Strings(policy, "exceptions").Should().ContainSingle().Which.Should().Contain("removals of user-generated content");
        HongKong2020Fixture.Strings(policy.GetProperty("scope"), "requestKinds").Should().Equal("userData");
    }

    [Fact]
    public void The_law_took_effect_at_11_pm_on_30_June_HKT_and_the_sources_that_say_1_July_are_kept()
    {
        using var document = HongKong2020Fixture.Open();
        var trigger = HongKong2020Fixture.ById(document.RootElement, "triggers", "hk-national-security-law");

        var effective = PartialDate.Parse(trigger.GetProperty("effective").GetString()!);
        var claims = HongKong2020Fixture.Items(trigger, "effectiveClaims").Select(c => c.GetProperty("date").GetString()).ToList();

        effective.Instant.Should().Be(Instant.FromUtc(2020, 6, 30, 15, 0));
        trigger.GetProperty("jurisdiction").GetString().Should().Be("HK");
        claims.Should().Contain(["2020-06-30T23:00:00+08:00", "2020-06-30", "2020-07-01"]);
    }

    [Fact]
    public void The_article_s_wording_of_the_scope_maps_to_government_and_law_enforcement()
    {
        HongKong2020Fixture.SourceText(Afp).Should().Contain("pausing consideration of data requests by officials or police in Hong Kong");
    }
}
