using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// Release 2.0.0 of the embedded Hong Kong dataset: what it answers as known before its own recording time equals what
/// release 1.0.0 (kept under Fixtures/releases, see Fixtures/sources/PROVENANCE.md) answers, for every company,
/// jurisdiction, request scope, instant and reading; and the corrections are visible from that time on.
/// </summary>
public class HongKong2020ReleaseTests
{
    private static readonly PolicyDataset Current = PolicyDatasets.HongKong2020;
    private static readonly PolicyDataset Release1 =
        PolicyDatasetSerializer.LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "releases", "hong-kong-2020-1.0.0.json"));
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly JurisdictionCode Us = new("US");
    private static readonly JurisdictionCode Cn = new("CN");
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private static readonly RequestKinds[] Kinds =
        [RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.EmergencyDisclosure, RequestKinds.Preservation, RequestKinds.ContentRemoval];

    private static readonly Requesters[] RequesterValues = [Requesters.Government, Requesters.LawEnforcement, Requesters.Courts];

    /// <summary>The instant release 2.0.0 was recorded: its metadata's creation, the recording time of all its events.</summary>
    private static Instant Release2Recorded => Current.Metadata.Created;

    private static Instant[] Instants() =>
    [
        Hkt(2020, 6, 30, 22), Instant.FromUtc(2020, 6, 30, 15, 0), Hkt(2020, 7, 1), Hkt(2020, 7, 1, 12), Hkt(2020, 7, 5), Hkt(2020, 7, 6),
        Hkt(2020, 7, 7), Hkt(2020, 7, 7, 12), Hkt(2020, 7, 9), Hkt(2020, 7, 10), Hkt(2020, 7, 11), Hkt(2020, 8, 13), Hkt(2020, 8, 15),
        Hkt(2021, 1, 1), Hkt(2021, 5, 9), Hkt(2023, 6, 1),
    ];

    private static Instant Hkt(int year, int month, int day, int hour = 0) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    [Fact]
    public void Release_2_is_a_new_version_recorded_after_release_1_and_keeps_every_released_event_byte_for_byte_in_value()
    {
        Current.Metadata.Version.Should().Be("2.0.0");
        Release1.Metadata.Version.Should().Be("1.0.0");
        Release2Recorded.Should().BeGreaterThan(Release1.Events.Max(e => e.Recorded));
        foreach (var released in Release1.Events)
        {
            Current.Events.Should().ContainSingle(e => e.Id == released.Id).Which.Should().Be(released, "release 1.0.0's events are superseded, never edited or deleted");
        }
        Current.Events.Where(e => !Release1.Events.Any(r => r.Id == e.Id)).Should().OnlyContain(e => e.Recorded == Release2Recorded);
    }

    [Fact]
    public void As_known_before_release_2_the_history_holds_exactly_release_1_s_events()
    {
        var before = PolicyHistory.From(Current).AsKnownAt(Release2Recorded - Duration.FromSeconds(1));
        var release1 = PolicyHistory.From(Release1);

        before.Events.Select(e => e.Id).Should().BeEquivalentTo(release1.Events.Select(e => e.Id));
        PolicyHistory.From(Current).AsKnownAt(Release2Recorded).Events.Select(e => e.Id.Value)
            .Should().Contain(["google-hk-2020-07-06-v2", "zoom-hk-2020-07-07-subject-hk"]).And.NotContain("google-hk-2020-07-06");
    }

    [Fact]
    public void As_known_before_release_2_every_point_answer_is_release_1_s()
    {
        var before = PolicyHistory.From(Current).AsKnownAt(Release2Recorded - Duration.FromSeconds(1));
        var release1 = PolicyHistory.From(Release1);
        var companies = Current.Companies.Select(c => c.Id).Append(new CompanyId("signal")).ToList();
        var compared = 0;

        foreach (var company in companies)
        {
            foreach (var jurisdiction in new[] { Hk, Us, Cn })
            {
                foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
                {
                    foreach (var at in Instants())
                    {
                        Describe(before.PolicyAt(company, jurisdiction, at, reading))
                            .Should().Be(Describe(release1.PolicyAt(company, jurisdiction, at, reading)), "{0} toward {1} at {2}, {3}", company, jurisdiction, at, reading);
                        compared++;
                    }
                    before.Timeline(company, jurisdiction, reading: reading).Select(p => (p.Event.Id, p.Start, p.End))
                        .Should().Equal(release1.Timeline(company, jurisdiction, reading: reading).Select(p => (p.Event.Id, p.Start, p.End)));
                }
            }
        }

        compared.Should().Be(companies.Count * 3 * 2 * Instants().Length);
    }

    [Fact]
    public void As_known_before_release_2_every_request_of_every_scope_is_answered_as_release_1_answers_it()
    {
        var before = PolicyHistory.From(Current).AsKnownAt(Release2Recorded - Duration.FromSeconds(1));
        var release1 = PolicyHistory.From(Release1);
        var compared = 0;

        foreach (var company in Current.Companies.Select(c => c.Id))
        {
            foreach (var from in new[] { Hk, Us })
            {
                foreach (var kind in Kinds)
                {
                    foreach (var requester in RequesterValues)
                    {
                        foreach (var subject in new JurisdictionCode?[] { null, Hk, Us })
                        {
                            var request = new GovernmentRequest(from, kind, requester, subject);
                            foreach (var at in Instants())
                            {
                                Describe(before.PolicyFor(company, request, at))
                                    .Should().Be(Describe(release1.PolicyFor(company, request, at)), "{0}: {1} at {2}", company, request, at);
                                compared++;
                            }
                        }
                    }
                }
            }
            Map(before.PolicyMap(company, Hk, Hkt(2020, 7, 9))).Should().Equal(Map(release1.PolicyMap(company, Hk, Hkt(2020, 7, 9))));
        }
        foreach (var at in Instants())
        {
            Map(before.PoliciesAbout(Hk, at)).Should().Equal(Map(release1.PoliciesAbout(Hk, at)));
        }

        compared.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void As_known_before_release_2_the_responses_to_the_law_and_the_announcements_are_release_1_s()
    {
        var before = PolicyHistory.From(Current).AsKnownAt(Release2Recorded - Duration.FromSeconds(1));
        var release1 = PolicyHistory.From(Release1);
        var law = new TriggerId("hk-national-security-law");

        foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
        {
            before.ResponsesTo(law, reading).Select(r => (r.Company, r.Change.Event.Id, r.EffectiveDelay, r.AnnouncementDelay))
                .Should().Equal(release1.ResponsesTo(law, reading).Select(r => (r.Company, r.Change.Event.Id, r.EffectiveDelay, r.AnnouncementDelay)));
        }
        foreach (var at in Instants())
        {
            before.AnnouncedBy(at).Select(e => e.Id).Should().Equal(release1.AnnouncedBy(at).Select(e => e.Id));
        }
    }

    [Fact]
    public void From_release_2_on_the_corrections_answer_and_the_same_questions_can_differ()
    {
        var now = PolicyHistory.From(Current);
        var release1 = PolicyHistory.From(Release1);
        var lawInstant = Instant.FromUtc(2020, 6, 30, 15, 0);

        release1.PolicyAt(new CompanyId("google"), Hk, lawInstant).Event.Id.Value.Should().Be("google-hk-2020-07-06");
        now.PolicyFor(new CompanyId("google"), new GovernmentRequest(Hk, RequestKinds.UserData, Requesters.Government), lawInstant)
            .HasPolicy.Should().BeFalse("no source puts Google's pause at 11 pm on 30 June");
        now.PolicyAt(new CompanyId("google"), Hk, Hkt(2020, 7, 1)).Event.Id.Value.Should().Be("google-hk-2020-07-06-v2");
        now.PolicyAt(new CompanyId("twitter"), Hk, Hkt(2020, 7, 1)).Event.Id.Value.Should().Be("twitter-hk-2020-07-06-v2");
    }

    [Fact]
    public void The_data_README_names_every_event_and_source_and_the_release_s_recording_time()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PolicyEvents.sln")))
        {
            root = root.Parent;
        }
        root.Should().NotBeNull("the tests run inside the repository");
        var readme = File.ReadAllText(Path.Combine(root!.FullName, "data", "README.md"));

        foreach (var id in Current.Events.Select(e => e.Id.Value).Concat(Current.Sources.Select(s => s.Id.Value)))
        {
            readme.Should().Contain($"`{id}`");
        }
        readme.Should().Contain($"`{NodaTime.Text.InstantPattern.General.Format(Release2Recorded)}`").And.Contain("### 2.0.0 - ");
    }

    private static string Describe(PolicyAnswer answer) =>
        answer.HasPolicy ? $"{answer.Event.Id} {answer.Policy.Stance} since {answer.Since} by {answer.Basis}" : $"none until {answer.Until}";

    private static string Describe(RequestAnswer answer) =>
        answer.HasPolicy ? $"{answer.Event.Id} {answer.Policy.Stance} since {answer.Since} by {answer.Basis}" : "none";

    private static IEnumerable<string> Map(IReadOnlyList<ScopedPolicy> policies) =>
        policies.Select(p => $"{p.Event.Id} {p.Since} over {string.Join(",", p.OverriddenBy.Select(e => e.Id.Value))}");
}
