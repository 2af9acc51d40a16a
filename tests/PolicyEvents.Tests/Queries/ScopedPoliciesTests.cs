using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using static PolicyEvents.Tests.Queries.ScopedPoliciesFixture;

using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Queries;

/// <summary>The Zoom, Telegram, Apple and Google cases of <see cref="ScopedPoliciesFixture"/>, queried back.</summary>
public class ScopedPoliciesTests
{
    private static readonly LocalDate July10 = new(2020, 7, 10);
    private readonly PolicyHistory _history = PolicyHistory.From(Dataset());

    private string? Answer(CompanyId company, GovernmentRequest request, LocalDate date) =>
        _history.PolicyFor(company, request, date).EventOrNull?.Id.Value;

    [Fact]
    public void A_content_request_from_the_Hong_Kong_police_about_a_Hong_Kong_user_on_10_July()
    {
        var request = new GovernmentRequest(HK, RequestKinds.Content, Requesters.LawEnforcement, subject: HK);

        Answer(Zoom, request, July10).Should().Be("zoom-hk-from", "both Zoom events cover it; of equal time and record, the greater id wins");
        Answer(Telegram, request, July10).Should().Be("telegram-hk-about");
        Answer(Google, request, July10).Should().Be("google-hk-user-data");
        var apple = _history.PolicyFor(Apple, request, July10);
        apple.Event.Id.Value.Should().Be("apple-hk-content");
        apple.Policy.Stance.Should().Be(PolicyStance.FormalChannelOnly);
        apple.Policy.Channel.Should().Be(new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", US));
        apple.Sources.Select(s => s.Id.Value).Should().Equal("apple-source");
        apple.Since.Should().Be(Instant.FromUtc(2020, 7, 7, 16, 0), "announced 2020-07-08, read at the start of the Hong Kong day");
        apple.Basis.Should().Be(EffectiveBasis.Announced);
    }

    [Fact]
    public void Apple_answered_non_content_requests_while_content_needed_the_MLAT()
    {
        Answer(Apple, new GovernmentRequest(HK, RequestKinds.NonContent, Requesters.LawEnforcement, subject: HK), July10).Should().Be("apple-hk-non-content");
        Answer(Apple, new GovernmentRequest(HK, RequestKinds.Content, Requesters.Courts), July10).Should().Be("apple-hk-content");
        Answer(Apple, new GovernmentRequest(HK, RequestKinds.ContentRemoval, Requesters.Government), July10)
            .Should().Be("apple-hk-before", "no later event covers content removal");
        Answer(Apple, new GovernmentRequest(HK, RequestKinds.Content, Requesters.Courts), new LocalDate(2020, 7, 7)).Should().Be("apple-hk-before");
    }

    [Fact]
    public void Google_kept_reviewing_removals_and_moved_user_data_to_the_MLAT_in_August()
    {
        var userData = new GovernmentRequest(HK, RequestKinds.NonContent, Requesters.Government);
        var removal = new GovernmentRequest(HK, RequestKinds.ContentRemoval, Requesters.Government);
        Answer(Google, removal, July10).Should().Be("google-hk-removal");
        Answer(Google, userData, new LocalDate(2020, 8, 25)).Should().Be("google-hk-mlat-dated");
        Answer(Google, userData, new LocalDate(2020, 8, 19)).Should().Be("google-hk-user-data", "the correction dates the MLAT answer to 20 August");
        _history.PolicyFor(Google, userData, new LocalDate(2020, 8, 25)).Policy.Channel!.Intermediary.Should().Be("United States Department of Justice");
        Answer(Google, removal, new LocalDate(2020, 9, 1)).Should().Be("google-hk-removal");

        var before = _history.AsKnownAt(CorrectionRecorded - Duration.FromSeconds(1));
        before.PolicyFor(Google, userData, new LocalDate(2020, 8, 19)).Event.Id.Value.Should().Be("google-hk-mlat", "before the correction, August meant its first day");
        _history.PolicyFor(Google, userData, new LocalDate(2020, 8, 31), DateReading.Latest).Event.Id.Value.Should().Be("google-hk-mlat-dated");
    }

    [Fact]
    public void Requests_from_elsewhere_about_Hong_Kong_users_meet_only_the_scopes_from_any_jurisdiction()
    {
        var fromUs = new GovernmentRequest(US, RequestKinds.Content, Requesters.Courts, subject: HK);
        Answer(Zoom, fromUs, July10).Should().Be("zoom-hk-about");
        Answer(Telegram, fromUs, July10).Should().Be("telegram-hk-about");
        _history.PolicyFor(Google, fromUs, July10).Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        _history.PolicyFor(Apple, fromUs, July10).HasPolicy.Should().BeFalse();
        _history.PolicyFor(Telegram, new GovernmentRequest(US, RequestKinds.Content, Requesters.Courts, subject: US), July10).HasPolicy.Should().BeFalse();
        _history.PolicyFor(Telegram, fromUs, new LocalDate(2020, 7, 5)).ToString().Should().EndWith("no recorded policy");
        _history.PolicyFor(new CompanyId("nobody"), fromUs, July10).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void Who_covered_requests_about_Hong_Kong_users_on_10_July()
    {
        var about = _history.PoliciesAbout(HK, July10);
        about.Select(p => (p.Company.Value, p.Event.Id.Value)).Should().Equal(("telegram", "telegram-hk-about"), ("zoom", "zoom-hk-about"));
        about.Select(p => p.Policy.Stance).Should().Equal(PolicyStance.Refusing, PolicyStance.Paused);
        _history.PoliciesAbout(US, July10).Should().BeEmpty();
        _history.PoliciesAbout(HK, new LocalDate(2020, 7, 6)).Select(p => p.Company.Value).Should().Equal("telegram");
    }

    [Fact]
    public void The_policy_map_has_one_entry_per_scope_piece()
    {
        var apple = _history.PolicyMap(Apple, HK, July10);
        apple.Select(p => p.Event.Id.Value).Should().Equal("apple-hk-before", "apple-hk-content", "apple-hk-non-content");
        apple[0].OverriddenBy.Select(e => e.Id.Value).Should().Equal("apple-hk-content", "apple-hk-non-content");
        apple[1].OverriddenBy.Should().BeEmpty();
        apple[0].ToString().Should().Be("apple RespondingAsUsual: unspecified kinds from unspecified requesters (all products) (apple-hk-before) except where apple-hk-content, apple-hk-non-content");

        _history.PolicyMap(Google, HK, new LocalDate(2020, 9, 1)).Select(p => p.Event.Id.Value)
            .Should().Equal("google-hk-removal", "google-hk-mlat-dated");
        _history.PolicyMap(Zoom, HK, July10).Select(p => p.Event.Id.Value).Should().Equal(["zoom-hk-from"], "its open scope decides every request from Hong Kong");
        _history.PolicyMap(Telegram, HK, July10).Select(p => p.Event.Id.Value).Should().Equal("telegram-hk-about");
        _history.PolicyMap(Telegram, US, July10).Select(p => p.Event.Id.Value).Should().Equal(["telegram-hk-about"], "it covers requests from the US about Hong Kong users");
        _history.PolicyMap(Apple, HK, new LocalDate(2019, 1, 1)).Should().BeEmpty();
    }

    [Fact]
    public void Point_queries_for_a_request_allocate_nothing()
    {
        var request = new GovernmentRequest(US, RequestKinds.Content, Requesters.Courts, subject: HK);
        var at = Instant.FromUtc(2020, 7, 10, 0, 0);
        _history.PolicyFor(Zoom, request, at);
        ThreadAllocations.Least(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                _history.PolicyFor(Zoom, request, at);
                _history.PolicyFor(Apple, request, at);
            }
        }).Should().Be(0);
    }

    [Fact]
    public void Without_scopes_every_request_gets_the_event_PolicyAt_gives_as_in_format_1_0()
    {
        var dataset = PolicyDatasets.HongKong2020;
        var unscoped = dataset.Events.Select(e => e.WithPolicy(e.Policy.WithScope(RequestScope.Unspecified)));
        var history = PolicyHistory.Create(unscoped, dataset.Companies, dataset.Statements, dataset.Sources, dataset.Triggers, dataset.Registry);
        var checks = 0;
        foreach (var e in history.Events)
        {
            var window = history.PolicyAt(e.Company, e.Jurisdiction, Instant.MaxValue).Window;
            var start = window.HasStart ? window.Start : Instant.FromUtc(2000, 1, 1, 0, 0); // an interval open at its start (../2020-06-30)
            foreach (var at in new[] { start - Duration.FromTicks(1), start, Instant.FromUtc(2020, 7, 10, 0, 0), Instant.MaxValue })
            {
                foreach (var kind in new[] { RequestKinds.Content, RequestKinds.ContentRemoval })
                {
                    var request = new GovernmentRequest(e.Jurisdiction, kind, Requesters.LawEnforcement, e.Jurisdiction);
                    history.PolicyFor(e.Company, request, at).EventOrNull.Should().Be(history.PolicyAt(e.Company, e.Jurisdiction, at).EventOrNull);
                    checks++;
                }
            }
        }
        checks.Should().BeGreaterThan(50);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var request = new GovernmentRequest(HK, RequestKinds.Content, Requesters.Courts);
        _history.Invoking(h => h.PolicyFor(Apple, null!, Instant.MinValue)).Should().Throw<ArgumentNullException>().WithParameterName("request");
        _history.Invoking(h => h.PolicyFor(default, request, Instant.MinValue)).Should().Throw<ArgumentException>().WithParameterName("company");
        _history.Invoking(h => h.PolicyFor(Apple, request, Instant.MinValue, (DateReading)5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reading");
        _history.Invoking(h => h.PolicyMap(Apple, default, Instant.MinValue)).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        _history.Invoking(h => h.PoliciesAbout(default, Instant.MinValue)).Should().Throw<ArgumentException>().WithParameterName("subject");
    }
}
