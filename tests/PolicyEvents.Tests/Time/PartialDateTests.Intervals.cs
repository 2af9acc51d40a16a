using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>How a partial date maps to the half-open span of time it covers in a time zone.</summary>
public partial class PartialDateTests
{
    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    [Theory]
    [InlineData("2020-07", "2020-06-30T16:00:00Z", "2020-07-31T16:00:00Z")]
    [InlineData("2020", "2019-12-31T16:00:00Z", "2020-12-31T16:00:00Z")]
    [InlineData("2020-07-01~", "2020-06-30T16:00:00Z", "2020-07-01T16:00:00Z")]
    public void Months_and_years_in_Hong_Kong_start_at_local_midnight(string text, string start, string end)
    {
        var interval = PartialDate.Parse(text).ToInterval(Zone("Asia/Hong_Kong"));

        interval.Start.Should().Be(NodaTime.Text.InstantPattern.General.Parse(start).Value);
        interval.End.Should().Be(NodaTime.Text.InstantPattern.General.Parse(end).Value);
    }

    [Fact]
    public void A_fall_back_day_in_Los_Angeles_covers_25_hours()
    {
        var interval = PartialDate.Parse("2020-11-01").ToInterval(Zone("America/Los_Angeles"));

        interval.Start.Should().Be(Instant.FromUtc(2020, 11, 1, 7, 0));
        interval.End.Should().Be(Instant.FromUtc(2020, 11, 2, 8, 0));
        interval.Duration.Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void Months_with_a_clock_change_are_an_hour_short_or_long_and_a_year_evens_out()
    {
        var la = Zone("America/Los_Angeles");

        PartialDate.Parse("2020-03").ToInterval(la).Duration.Should().Be(Duration.FromDays(31) - Duration.FromHours(1));
        PartialDate.Parse("2020-11").ToInterval(la).Duration.Should().Be(Duration.FromDays(30) + Duration.FromHours(1));
        PartialDate.Parse("2020").ToInterval(la).Duration.Should().Be(Duration.FromDays(366));
    }

    [Fact]
    public void Lord_Howe_days_change_by_half_an_hour()
    {
        var lordHowe = Zone("Australia/Lord_Howe");

        var autumn = PartialDate.Parse("2020-04-05").ToInterval(lordHowe);
        autumn.Start.Should().Be(Instant.FromUtc(2020, 4, 4, 13, 0));
        autumn.Duration.Should().Be(Duration.FromMinutes((24 * 60) + 30));

        var spring = PartialDate.Parse("2020-10-04").ToInterval(lordHowe);
        spring.Start.Should().Be(Instant.FromUtc(2020, 10, 3, 13, 30));
        spring.Duration.Should().Be(Duration.FromMinutes((23 * 60) + 30));
    }

    [Fact]
    public void A_day_whose_midnight_was_skipped_starts_at_its_first_valid_instant()
    {
        // Brazil started daylight saving time at midnight: 2018-11-04 began at 01:00 -02:00 in Sao Paulo.
        var interval = PartialDate.Parse("2018-11-04").ToInterval(Zone("America/Sao_Paulo"));

        interval.Start.Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        interval.End.Should().Be(Instant.FromUtc(2018, 11, 5, 2, 0));
        interval.Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void A_day_the_zone_skipped_whole_covers_an_empty_span()
    {
        // Samoa moved from UTC-10 to UTC+14 at the end of 2011-12-29: 2011-12-30 never happened in Pacific/Apia.
        var apia = Zone("Pacific/Apia");
        var nextDayStart = Instant.FromUtc(2011, 12, 30, 10, 0);

        var skipped = PartialDate.Parse("2011-12-30").ToInterval(apia);
        skipped.Start.Should().Be(nextDayStart);
        skipped.End.Should().Be(nextDayStart);
        PartialDate.Parse("2011-12-29").ToInterval(apia).End.Should().Be(nextDayStart);
        PartialDate.Parse("2011-12-31").ToInterval(apia).Start.Should().Be(nextDayStart);
        PartialDate.Parse("2011-12").ToInterval(apia).Duration.Should().Be(Duration.FromDays(30));
    }

    [Theory]
    [InlineData("Asia/Hong_Kong")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("America/Sao_Paulo")]
    [InlineData("Pacific/Apia")]
    [InlineData("UTC")]
    public void Days_tile_their_months_and_months_tile_their_year(string zoneId)
    {
        var zone = Zone(zoneId);
        foreach (var year in new[] { 2011, 2018, 2020 })
        {
            var yearInterval = PartialDate.FromYear(year).ToInterval(zone);
            var monthStart = yearInterval.Start;
            for (var month = 1; month <= 12; month++)
            {
                var monthInterval = PartialDate.FromYearMonth(year, month).ToInterval(zone);
                monthInterval.Start.Should().Be(monthStart, "{0}-{1:D2} must start where the previous month ended in {2}", year, month, zoneId);
                var dayStart = monthInterval.Start;
                for (var date = new LocalDate(year, month, 1); date.Month == month; date = date.PlusDays(1))
                {
                    var day = PartialDate.FromDate(date).ToInterval(zone);
                    day.Start.Should().Be(dayStart, "{0} must start where the previous day ended in {1}", date, zoneId);
                    day.Duration.Should().BeGreaterThanOrEqualTo(Duration.Zero);
                    if (day.Duration > Duration.Zero)
                    {
                        day.Start.Should().Be(zone.AtStartOfDay(date).ToInstant(), "a day that happened starts at NodaTime's start of day");
                    }
                    dayStart = day.End;
                }
                dayStart.Should().Be(monthInterval.End);
                monthStart = monthInterval.End;
            }
            monthStart.Should().Be(yearInterval.End);
        }
    }

    [Fact]
    public void The_start_of_a_day_is_the_resolvers_around_every_transition_of_every_zone()
    {
        // StartOfDay skips NodaTime's mapping for a midnight far from any transition: compare it with the mapping on the
        // days around each transition since 1900 of every zone in the bundled time zone database, and on every 97th day.
        var resolver = NodaTime.TimeZones.Resolvers.CreateMappingResolver(
            NodaTime.TimeZones.Resolvers.ReturnEarlier, NodaTime.TimeZones.Resolvers.ReturnStartOfIntervalAfter);
        var from = Instant.FromUtc(1900, 1, 1, 0, 0);
        var to = Instant.FromUtc(2040, 1, 1, 0, 0);
        var compared = 0;
        foreach (var zone in DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id]))
        {
            var days = new HashSet<LocalDate>();
            foreach (var interval in zone.GetZoneIntervals(from, to))
            {
                if (interval.HasStart && interval.Start > from)
                {
                    var local = interval.Start.InZone(zone).Date;
                    for (var d = -3; d <= 3; d++)
                    {
                        days.Add(local.PlusDays(d));
                    }
                }
            }
            for (var date = new LocalDate(1900, 1, 1); date.Year < 2040; date = date.PlusDays(97))
            {
                days.Add(date);
            }
            foreach (var date in days)
            {
                PartialDate.StartOfDay(zone, date).Should().Be(zone.ResolveLocal(date.AtMidnight(), resolver).ToInstant(), "{0} in {1}", date, zone.Id);
                compared++;
            }
        }
        compared.Should().BeGreaterThan(100_000);
    }

    [Fact]
    public void A_qualifier_does_not_change_the_interval()
    {
        var zone = Zone("Asia/Hong_Kong");

        PartialDate.Parse("2020-07~").ToInterval(zone).Should().Be(PartialDate.Parse("2020-07").ToInterval(zone));
        PartialDate.Parse("2020%").ToInterval(zone).Should().Be(PartialDate.Parse("2020").ToInterval(zone));
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-12")]
    [InlineData("9999-12-31")]
    public void The_last_representable_dates_have_an_open_end(string text)
    {
        var interval = PartialDate.Parse(text).ToInterval(Zone("UTC"));

        interval.HasEnd.Should().BeFalse();
        interval.HasStart.Should().BeTrue();
    }

    [Fact]
    public void An_instant_covers_one_tick_whatever_the_zone()
    {
        var value = PartialDate.Parse("2020-06-30T23:00:00+08:00");
        foreach (var zoneId in new[] { "Asia/Hong_Kong", "America/Los_Angeles", "Australia/Lord_Howe", "UTC" })
        {
            var interval = value.ToInterval(Zone(zoneId));
            interval.Start.Should().Be(Instant.FromUtc(2020, 6, 30, 15, 0));
            interval.End.Should().Be(interval.Start + Duration.Epsilon);
        }
    }

    [Fact]
    public void ToInterval_rejects_a_null_zone()
    {
        FluentActions.Invoking(() => PartialDate.Parse("2020").ToInterval(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("zone");
    }
}
