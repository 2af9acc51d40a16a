using NodaTime;
using static PolicyEvents.Tests.Queries.HongKongFixture;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

public class BitemporalTests
{
    private static readonly Instant Release2 = Instant.FromUtc(2020, 8, 1, 0, 0);

    /// <summary>Release 1 dates Google's pause to 1 July (day) and has no Zoom event; release 2 corrects the date to the
    /// law's instant with a superseding event, and adds Zoom.</summary>
    private static PolicyHistory TwoReleases() => History(
    [
        Event("google-hk-2019", Google, PolicyStance.RespondingAsUsual, "2019", null),
        Event("google-hk-2020-07-pause", Google, PolicyStance.Paused, "2020-07-01", "2020-07-06"),
        Event("google-hk-2020-07-pause-corrected", Google, PolicyStance.Paused, "2020-06-30T23:00:00+08:00", "2020-07-06",
            recorded: Release2, supersedes: "google-hk-2020-07-pause"),
        Event("zoom-hk-2020-07-pause", Zoom, PolicyStance.Paused, null, "2020-07-07", recorded: Release2),
    ]);

    [Fact]
    public void The_first_release_is_seen_as_it_was_and_the_default_view_applies_the_correction()
    {
        var history = TwoReleases();
        var firstRelease = history.AsKnownAt(Release1);
        var lawNight = Hkt(2020, 6, 30, 23, 30);

        firstRelease.KnownAt.Should().Be(Release1);
        firstRelease.PolicyAt(Google, HK, lawNight).Event.Id.Value.Should().Be("google-hk-2019");
        firstRelease.PolicyAt(Google, HK, Hkt(2020, 7, 1)).Event.Id.Value.Should().Be("google-hk-2020-07-pause");
        firstRelease.PolicyAt(Zoom, HK, Hkt(2020, 7, 9)).Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        firstRelease.Events.Select(e => e.Id.Value).Should().Equal("google-hk-2019", "google-hk-2020-07-pause");

        history.KnownAt.Should().BeNull();
        history.PolicyAt(Google, HK, lawNight).Event.Id.Value.Should().Be("google-hk-2020-07-pause-corrected");
        history.PolicyAt(Zoom, HK, Hkt(2020, 7, 9)).HasPolicy.Should().BeTrue();
        history.Events.Select(e => e.Id.Value).Should().NotContain("google-hk-2020-07-pause");
        history.AllEvents.Should().HaveCount(4);
        history.AsKnownAt(Release2).Events.Should().Equal(history.Events);
    }

    [Fact]
    public void The_correction_applies_from_its_recorded_instant_on()
    {
        var history = TwoReleases();

        history.AsKnownAt(Release2 - Duration.Epsilon).Timeline(Google, HK).Select(p => p.Event.Id.Value)
            .Should().Equal("google-hk-2019", "google-hk-2020-07-pause");
        history.AsKnownAt(Release2).Timeline(Google, HK).Select(p => p.Event.Id.Value)
            .Should().Equal("google-hk-2019", "google-hk-2020-07-pause-corrected");
        history.AsKnownAt(Release1 - Duration.Epsilon).Events.Should().BeEmpty();
    }

    [Fact]
    public void Views_are_taken_from_the_whole_dataset_and_announcements_follow_the_view()
    {
        var history = TwoReleases();
        var early = history.AsKnownAt(Release1);

        early.AsKnownAt(Release2).Events.Should().Equal(history.Events);
        early.AnnouncedBy(Hkt(2020, 7, 9)).Select(e => e.Id.Value).Should().Equal("google-hk-2020-07-pause");
        history.AnnouncedBy(Hkt(2020, 7, 9)).Select(e => e.Id.Value).Should().Equal("google-hk-2020-07-pause-corrected", "zoom-hk-2020-07-pause");
    }

    [Fact]
    public void Chains_of_corrections_leave_only_the_latest_known()
    {
        var r2 = Release1 + Duration.FromDays(1);
        var r3 = Release1 + Duration.FromDays(2);
        var history = History(
        [
            Event("zoom-a", Zoom, PolicyStance.Reviewing, "2020-07-07", null),
            Event("zoom-b", Zoom, PolicyStance.Paused, "2020-07-07", null, recorded: r2, supersedes: "zoom-a"),
            Event("zoom-c", Zoom, PolicyStance.Refusing, "2020-07-08", null, recorded: r3, supersedes: "zoom-b"),
        ]);
        var at = Hkt(2020, 7, 9);

        history.AsKnownAt(Release1).PolicyAt(Zoom, HK, at).Event.Id.Value.Should().Be("zoom-a");
        history.AsKnownAt(r2).PolicyAt(Zoom, HK, at).Event.Id.Value.Should().Be("zoom-b");
        history.AsKnownAt(r3).PolicyAt(Zoom, HK, at).Event.Id.Value.Should().Be("zoom-c");
        history.PolicyAt(Zoom, HK, at).Event.Id.Value.Should().Be("zoom-c");
        history.PolicyAt(Zoom, HK, Hkt(2020, 7, 7, 12, 0)).Status.Should().Be(PolicyStatus.NoRecordedPolicy);
        history.Events.Select(e => e.Id.Value).Should().Equal("zoom-c");
    }
}
