using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// Queries over events whose dates are EDTF intervals or have unspecified digits. The TikTok example of docs/queries.md:
/// TikTok said on about 7 July 2020 (Hong Kong time) that it would leave Hong Kong "within days"; recorded here as taking
/// effect <c>2020-07-07/2020-07-14</c>, the bundled dataset's TikTok event with that effective date (the dataset itself
/// records only the announcement).
/// </summary>
public class EdtfDateQueryTests
{
    private static readonly JurisdictionCode HK = new("HK");
    private static readonly CompanyId TikTok = new("tiktok");
    private static readonly DateTimeZone Zone = JurisdictionRegistry.Default.Get("HK").TimeZone;

    private static Instant Hkt(int month, int day, int hour = 0) => new LocalDateTime(2020, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    /// <summary>The bundled dataset, TikTok's event taking effect on the given date instead of its announcement's.</summary>
    private static PolicyHistory WithTikTokEffective(string effective)
    {
        var dataset = PolicyDatasets.HongKong2020;
        var events = dataset.Events.Select(e => e.Company == TikTok && e.Jurisdiction == HK ? e.WithDates(PartialDate.Parse(effective), e.Announced) : e);
        return PolicyHistory.From(new PolicyDataset(dataset.Metadata, dataset.Companies, dataset.Jurisdictions, dataset.Sources,
            dataset.Statements, dataset.Triggers, events, dataset.Figures));
    }

    public static TheoryData<string, int, int, int, bool, bool> Probes => new()
    {
        // when (HKT)        month day hour  in force (Earliest), in force (Latest)
        { "before the week", 7, 6, 12, false, false },
        { "its first day",   7, 7, 0, true, false },
        { "inside the week", 7, 9, 12, true, false },
        { "its last day",    7, 14, 23, true, false },
        { "after the week",  7, 15, 0, true, true },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void An_interval_effective_date_is_in_force_from_its_start_or_after_its_end(string when, int month, int day, int hour, bool earliest, bool latest)
    {
        var history = WithTikTokEffective("2020-07-07/2020-07-14");
        var at = Hkt(month, day, hour);

        history.PolicyAt(TikTok, HK, at).HasPolicy.Should().Be(earliest, "{0} under the earliest reading", when);
        history.PolicyAt(TikTok, HK, at, DateReading.Latest).HasPolicy.Should().Be(latest, "{0} under the latest reading", when);
    }

    [Fact]
    public void The_answer_carries_the_whole_interval_as_its_window_and_reads_its_ends()
    {
        var history = WithTikTokEffective("2020-07-07/2020-07-14");

        var earliest = history.PolicyAt(TikTok, HK, Hkt(7, 20));
        var latest = history.PolicyAt(TikTok, HK, Hkt(7, 20), DateReading.Latest);

        earliest.Policy.Stance.Should().Be(PolicyStance.WithdrawnFromMarket);
        earliest.Basis.Should().Be(EffectiveBasis.Effective);
        earliest.Window.Should().Be(new Interval(Hkt(7, 7), Hkt(7, 15)));
        earliest.Since.Should().Be(Hkt(7, 7));
        latest.Since.Should().Be(Hkt(7, 15) - Duration.FromTicks(1));
        history.PolicyAt(TikTok, HK, Hkt(7, 9)).Since.Should().Be(Hkt(7, 7));
        history.PolicyAt(TikTok, HK, Hkt(7, 9), DateReading.Latest).Until.Should().Be(Hkt(7, 15) - Duration.FromTicks(1));
        history.Timeline(TikTok, HK).Single().Start.Should().Be(Hkt(7, 7));
        history.Timeline(TikTok, HK, reading: DateReading.Latest).Single().Start.Should().Be(Hkt(7, 15) - Duration.FromTicks(1));
    }

    [Fact]
    public void The_code_of_docs_queries_answers_as_documented()
    {
        // The snippet of docs/queries.md, rule 2, as written there.
        var dataset = PolicyDatasets.HongKong2020;
        var (tiktok, hk) = (new CompanyId("tiktok"), new JurisdictionCode("HK"));
        var events = dataset.Events.Select(e => e.Company == tiktok ? e.WithDates(PartialDate.Parse("2020-07-07/2020-07-14"), e.Announced) : e);
        var history = PolicyHistory.Create(events, dataset.Companies, dataset.Statements, dataset.Sources, dataset.Triggers, dataset.Registry);
        var at = new LocalDateTime(2020, 7, 9, 12, 0).InZoneStrictly(history.Registry.Get(hk).TimeZone).ToInstant();

        history.PolicyAt(tiktok, hk, at).Since.Should().Be(Instant.FromUtc(2020, 7, 6, 16, 0));
        history.PolicyAt(tiktok, hk, at, DateReading.Latest).HasPolicy.Should().BeFalse();
        history.PolicyAt(tiktok, hk, at).Basis.Should().Be(EffectiveBasis.Effective);
    }

    [Fact]
    public void Unspecified_digits_read_as_their_first_and_last_day()
    {
        var history = WithTikTokEffective("2020-07-1X");

        history.PolicyAt(TikTok, HK, Hkt(7, 9, 23)).HasPolicy.Should().BeFalse();
        history.PolicyAt(TikTok, HK, Hkt(7, 10)).Since.Should().Be(Hkt(7, 10));
        history.PolicyAt(TikTok, HK, Hkt(7, 19, 23), DateReading.Latest).HasPolicy.Should().BeFalse();
        history.PolicyAt(TikTok, HK, Hkt(7, 20), DateReading.Latest).Since.Should().Be(Hkt(7, 20) - Duration.FromTicks(1));
        history.PolicyAt(TikTok, HK, Hkt(7, 20)).Window.Should().Be(new Interval(Hkt(7, 10), Hkt(7, 20)));
    }

    [Fact]
    public void An_open_end_is_never_reached_under_the_latest_reading()
    {
        var history = WithTikTokEffective("2020-07-07/..");

        history.PolicyAt(TikTok, HK, Hkt(7, 7)).HasPolicy.Should().BeTrue();
        history.PolicyAt(TikTok, HK, Instant.FromUtc(9000, 1, 1, 0, 0), DateReading.Latest).HasPolicy.Should().BeFalse();
        history.PolicyAt(TikTok, HK, Hkt(7, 7)).Window.HasEnd.Should().BeFalse();
        WithTikTokEffective("2020-07-07/").PolicyAt(TikTok, HK, Hkt(12, 31), DateReading.Latest).HasPolicy.Should().BeFalse();
    }

    [Fact]
    public void An_open_start_is_in_force_from_the_beginning_of_time_under_the_earliest_reading()
    {
        var history = WithTikTokEffective("../2020-07-14");

        var answer = history.PolicyAt(TikTok, HK, Instant.FromUtc(1900, 1, 1, 0, 0));
        answer.HasPolicy.Should().BeTrue();
        answer.Since.Should().Be(Instant.MinValue);
        answer.Window.HasStart.Should().BeFalse();
        answer.Window.End.Should().Be(Hkt(7, 15));
        history.PolicyAt(TikTok, HK, Hkt(7, 14), DateReading.Latest).HasPolicy.Should().BeFalse();
        history.PolicyAt(TikTok, HK, Hkt(7, 15), DateReading.Latest).HasPolicy.Should().BeTrue();
        WithTikTokEffective("/2020-07-14").PolicyAt(TikTok, HK, Instant.FromUtc(1900, 1, 1, 0, 0)).HasPolicy.Should().BeTrue();
    }

    [Fact]
    public void An_interval_ending_at_an_instant_reads_that_instant_as_its_latest()
    {
        var history = WithTikTokEffective("2020-07-07/2020-07-10T09:30:00+08:00");
        var end = Hkt(7, 10, 9) + Duration.FromMinutes(30);

        history.PolicyAt(TikTok, HK, end - Duration.FromTicks(1), DateReading.Latest).HasPolicy.Should().BeFalse();
        history.PolicyAt(TikTok, HK, end, DateReading.Latest).Since.Should().Be(end);
    }

    [Fact]
    public void An_interval_announcement_counts_only_once_its_whole_span_has_passed()
    {
        var dataset = PolicyDatasets.HongKong2020;
        var events = dataset.Events.Select(e => e.Company == TikTok ? e.WithDates(null, PartialDate.Parse("2020-07-06/2020-07-08")) : e);
        var history = PolicyHistory.From(new PolicyDataset(dataset.Metadata, dataset.Companies, dataset.Jurisdictions, dataset.Sources,
            dataset.Statements, dataset.Triggers, events, dataset.Figures));

        history.AnnouncedBy(Hkt(7, 8)).Select(e => e.Company).Should().NotContain(TikTok);
        history.AnnouncedBy(Hkt(7, 9)).Select(e => e.Company).Should().Contain(TikTok);
        history.AnnouncedBy(Hkt(7, 6), DateReading.Earliest).Select(e => e.Company).Should().Contain(TikTok);
    }
}
