using NodaTime;
using NodaTime.Text;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>EDTF level 1 beyond a single date: unspecified digits (<c>2020-07-1X</c>) and intervals with known, open
/// (<c>..</c>) and unknown (empty) ends: parsing, the canonical text, refusals, spans in a zone, equality and order.</summary>
public partial class PartialDateTests
{
    private static readonly DateTimeZone HongKong = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

    private static Instant Utc(string text) => InstantPattern.General.Parse(text).Value;

    [Theory]
    [InlineData("2020-07-1X", DatePrecision.Day, 1, "2020-07-10", "2020-07-19")]
    [InlineData("2020-07-0X", DatePrecision.Day, 1, "2020-07-01", "2020-07-09")]
    [InlineData("2020-07-3X", DatePrecision.Day, 1, "2020-07-30", "2020-07-31")]
    [InlineData("2020-04-3X", DatePrecision.Day, 1, "2020-04-30", "2020-04-30")]
    [InlineData("2020-02-2X", DatePrecision.Day, 1, "2020-02-20", "2020-02-29")]
    [InlineData("2021-02-2X", DatePrecision.Day, 1, "2021-02-20", "2021-02-28")]
    [InlineData("2020-07-XX", DatePrecision.Day, 2, "2020-07-01", "2020-07-31")]
    [InlineData("2020-1X-XX", DatePrecision.Day, 3, "2020-10-01", "2020-12-31")]
    [InlineData("2020-0X-XX", DatePrecision.Day, 3, "2020-01-01", "2020-09-30")]
    [InlineData("2020-XX-XX", DatePrecision.Day, 4, "2020-01-01", "2020-12-31")]
    [InlineData("201X-XX-XX", DatePrecision.Day, 5, "2010-01-01", "2019-12-31")]
    [InlineData("20XX-XX-XX", DatePrecision.Day, 6, "2000-01-01", "2099-12-31")]
    [InlineData("2020-1X", DatePrecision.Month, 1, "2020-10-01", "2020-12-31")]
    [InlineData("2020-0X", DatePrecision.Month, 1, "2020-01-01", "2020-09-30")]
    [InlineData("2020-XX", DatePrecision.Month, 2, "2020-01-01", "2020-12-31")]
    [InlineData("201X-XX", DatePrecision.Month, 3, "2010-01-01", "2019-12-31")]
    [InlineData("20XX-XX", DatePrecision.Month, 4, "2000-01-01", "2099-12-31")]
    [InlineData("201X", DatePrecision.Year, 1, "2010-01-01", "2019-12-31")]
    [InlineData("20XX", DatePrecision.Year, 2, "2000-01-01", "2099-12-31")]
    [InlineData("999X", DatePrecision.Year, 1, "9990-01-01", "9999-12-31")]
    [InlineData("00XX", DatePrecision.Year, 2, "0000-01-01", "0099-12-31")]
    [InlineData("2020-07-1X~", DatePrecision.Day, 1, "2020-07-10", "2020-07-19")]
    [InlineData("201X?", DatePrecision.Year, 1, "2010-01-01", "2019-12-31")]
    [InlineData("2020-XX%", DatePrecision.Month, 2, "2020-01-01", "2020-12-31")]
    public void Unspecified_digits_cover_every_day_they_allow(string text, DatePrecision precision, int unspecified, string first, string last)
    {
        var value = PartialDate.Parse(text);

        value.ToString().Should().Be(text);
        value.Precision.Should().Be(precision);
        value.UnspecifiedDigits.Should().Be(unspecified);
        value.IsInterval.Should().BeFalse();
        value.StartDate.Should().Be(LocalDatePattern.Iso.Parse(first).Value);
        value.EndDate.Should().Be(LocalDatePattern.Iso.Parse(last).Value);
        value.Instant.Should().BeNull();
        PartialDate.Parse(value.ToString()).Should().Be(value);
    }

    [Fact]
    public void A_date_with_unspecified_digits_names_only_the_parts_it_knows()
    {
        var tenToNineteen = PartialDate.Parse("2020-07-1X");
        (tenToNineteen.Year, tenToNineteen.Month, tenToNineteen.Day).Should().Be((2020, 7, null));
        var autumn = PartialDate.Parse("2020-1X-XX");
        (autumn.Year, autumn.Month, autumn.Day).Should().Be((2020, null, null));
        var decade = PartialDate.Parse("201X");
        (decade.Year, decade.Month, decade.Day).Should().Be((2010, null, null));
        var someMonth = PartialDate.Parse("2020-XX");
        (someMonth.Year, someMonth.Month).Should().Be((2020, null));
    }

    [Fact]
    public void Unspecified_digits_span_the_days_they_allow_in_Hong_Kong()
    {
        var span = PartialDate.Parse("2020-07-1X").ToInterval(HongKong);

        span.Start.Should().Be(Utc("2020-07-09T16:00:00Z"));
        span.End.Should().Be(Utc("2020-07-19T16:00:00Z"));
        PartialDate.Parse("201X").ToInterval(HongKong).Should().Be(new Interval(Utc("2009-12-31T16:00:00Z"), Utc("2019-12-31T16:00:00Z")));
        PartialDate.Parse("999X").ToInterval(HongKong).HasEnd.Should().BeFalse("the calendar ends in 9999");
    }

    [Theory]
    [InlineData("2020-07-07/2020-07-14", IntervalEnd.Known, IntervalEnd.Known, "2020-07-07", "2020-07-14")]
    [InlineData("2020-07-07/..", IntervalEnd.Known, IntervalEnd.Open, "2020-07-07", null)]
    [InlineData("../2020-07-14", IntervalEnd.Open, IntervalEnd.Known, null, "2020-07-14")]
    [InlineData("2020-07-07/", IntervalEnd.Known, IntervalEnd.Unknown, "2020-07-07", null)]
    [InlineData("/2020-07-14", IntervalEnd.Unknown, IntervalEnd.Known, null, "2020-07-14")]
    [InlineData("2020/2021-06", IntervalEnd.Known, IntervalEnd.Known, "2020", "2021-06")]
    [InlineData("2020-07~/2020-07-1X?", IntervalEnd.Known, IntervalEnd.Known, "2020-07~", "2020-07-1X?")]
    [InlineData("2020-07/2020-07-14", IntervalEnd.Known, IntervalEnd.Known, "2020-07", "2020-07-14")]
    [InlineData("2020-07-07/2020-07-07", IntervalEnd.Known, IntervalEnd.Known, "2020-07-07", "2020-07-07")]
    [InlineData("2020-06-30T23:00:00+08:00/2020-07-14", IntervalEnd.Known, IntervalEnd.Known, "2020-06-30T23:00:00+08:00", "2020-07-14")]
    [InlineData("2020-07-07/2020-07-10T09:30:00.123456789+08:00", IntervalEnd.Known, IntervalEnd.Known, "2020-07-07", "2020-07-10T09:30:00.123456789+08:00")]
    [InlineData("2020-06-30T15:00:00Z/2020-06-30T15:00:00Z", IntervalEnd.Known, IntervalEnd.Known, "2020-06-30T15:00:00Z", "2020-06-30T15:00:00Z")]
    [InlineData("201X/..", IntervalEnd.Known, IntervalEnd.Open, "201X", null)]
    [InlineData("../2020-XX-XX%", IntervalEnd.Open, IntervalEnd.Known, null, "2020-XX-XX%")]
    public void Intervals_parse_into_their_ends_and_format_back(string text, IntervalEnd fromKind, IntervalEnd toKind, string? from, string? to)
    {
        var value = PartialDate.Parse(text);

        value.IsInterval.Should().BeTrue();
        value.ToString().Should().Be(text);
        (value.FromKind, value.ToKind).Should().Be((fromKind, toKind));
        value.From.Should().Be(from is null ? null : PartialDate.Parse(from));
        value.To.Should().Be(to is null ? null : PartialDate.Parse(to));
        value.Qualifier.Should().Be(DateQualifier.None, "an interval's ends carry the qualifiers");
        value.UnspecifiedDigits.Should().Be(0);
        value.Instant.Should().BeNull();
        value.OffsetDateTime.Should().BeNull();
        PartialDate.Parse(value.ToString()).Should().Be(value);
        PartialDate.TryParse(text.AsSpan(), out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be(value);
    }

    [Fact]
    public void A_single_date_is_its_own_first_and_last_date()
    {
        var day = PartialDate.Parse("2020-07-07");

        (day.From, day.To).Should().Be((day, day));
        (day.FromKind, day.ToKind).Should().Be((IntervalEnd.Known, IntervalEnd.Known));
    }

    [Fact]
    public void An_interval_describes_its_first_known_date_and_its_coarsest_precision()
    {
        var week = PartialDate.Parse("2020-07-07/2020-07-14");
        (week.Year, week.Month, week.Day, week.Precision).Should().Be((2020, 7, 7, DatePrecision.Day));
        (week.StartDate, week.EndDate).Should().Be((new LocalDate(2020, 7, 7), new LocalDate(2020, 7, 14)));

        var mixed = PartialDate.Parse("2020/2021-06-15");
        (mixed.Year, mixed.Month, mixed.Day, mixed.Precision).Should().Be((2020, null, null, DatePrecision.Year));

        var openStart = PartialDate.Parse("../2020-07-14");
        (openStart.Year, openStart.Month, openStart.Day, openStart.Precision).Should().Be((2020, 7, 14, DatePrecision.Day));
        (openStart.StartDate, openStart.EndDate).Should().Be((LocalDate.MinIsoValue, new LocalDate(2020, 7, 14)));
        PartialDate.Parse("2020-07-07/").EndDate.Should().Be(LocalDate.MaxIsoValue);

        var qualified = PartialDate.Parse("2020-07-07~/2020-07-14?");
        (qualified.IsApproximate, qualified.IsUncertain).Should().Be((true, true));
        (week.IsApproximate, week.IsUncertain).Should().Be((false, false));
    }

    [Theory]
    [InlineData("2020-07-07/2020-07-14", "2020-07-06T16:00:00Z", "2020-07-14T16:00:00Z")]
    [InlineData("2020-07/2020-07-14", "2020-06-30T16:00:00Z", "2020-07-14T16:00:00Z")]
    [InlineData("2020-07-07/2020-07-1X", "2020-07-06T16:00:00Z", "2020-07-19T16:00:00Z")]
    [InlineData("2020/2021", "2019-12-31T16:00:00Z", "2021-12-31T16:00:00Z")]
    [InlineData("2020-07-07~/2020-07-14?", "2020-07-06T16:00:00Z", "2020-07-14T16:00:00Z")]
    [InlineData("2020-06-30T23:00:00+08:00/2020-07-07", "2020-06-30T15:00:00Z", "2020-07-07T16:00:00Z")]
    [InlineData("2020-07-07/2020-07-10T09:00:00+08:00", "2020-07-06T16:00:00Z", "2020-07-10T01:00:00.000000001Z")]
    [InlineData("2020-07-07/..", "2020-07-06T16:00:00Z", null)]
    [InlineData("2020-07-07/", "2020-07-06T16:00:00Z", null)]
    [InlineData("../2020-07-14", null, "2020-07-14T16:00:00Z")]
    [InlineData("/2020-07-14", null, "2020-07-14T16:00:00Z")]
    [InlineData("2020/9999", "2019-12-31T16:00:00Z", null)]
    public void An_interval_spans_from_the_start_of_its_first_date_to_the_end_of_its_last_in_Hong_Kong(string text, string? start, string? end)
    {
        var span = PartialDate.Parse(text).ToInterval(HongKong);

        span.HasStart.Should().Be(start is not null);
        span.HasEnd.Should().Be(end is not null);
        if (start is not null)
        {
            span.Start.Should().Be(Utc(start));
        }
        if (end is not null)
        {
            span.End.Should().Be(InstantPattern.ExtendedIso.Parse(end).Value);
        }
    }

    [Fact]
    public void An_interval_covers_the_spans_of_both_its_ends_in_every_zone()
    {
        foreach (var zoneId in new[] { "Asia/Hong_Kong", "America/Los_Angeles", "Pacific/Apia", "UTC" })
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            foreach (var text in new[] { "2011-12-29/2011-12-31", "2020-03-07/2020-03-08", "2020-07-1X/2020-1X", "2020-06-30T23:00:00+08:00/2020-07" })
            {
                var value = PartialDate.Parse(text);
                var span = value.ToInterval(zone);
                span.Start.Should().Be(value.From!.Value.ToInterval(zone).Start, "{0} in {1}", text, zoneId);
                span.End.Should().Be(value.To!.Value.ToInterval(zone).End, "{0} in {1}", text, zoneId);
            }
        }
    }

    [Fact]
    public void An_instant_end_a_zone_puts_before_the_first_day_gives_an_empty_span_at_the_start()
    {
        // The local dates agree (7 July at +08:00 is not before 7 July), but in UTC the instant is 17:00 on 6 July.
        var value = PartialDate.Parse("2020-07-07/2020-07-07T01:00:00+08:00");

        var inUtc = value.ToInterval(DateTimeZone.Utc);
        inUtc.Start.Should().Be(Utc("2020-07-07T00:00:00Z"));
        inUtc.Duration.Should().Be(Duration.Zero);
        value.ToInterval(HongKong).Should().Be(new Interval(Utc("2020-07-06T16:00:00Z"), Utc("2020-07-06T17:00:00Z") + Duration.Epsilon));
    }

    [Theory]
    [InlineData("2020-07-14/2020-07-07", "the interval ends (2020-07-07) before it starts (2020-07-14)")]
    [InlineData("2021/2020", "the interval ends (2020) before it starts (2021)")]
    [InlineData("2020-08/2020-07-1X", "the interval ends (2020-07-1X) before it starts (2020-08)")]
    [InlineData("2020-06-30T15:00:01Z/2020-06-30T15:00:00Z", "the interval ends (2020-06-30T15:00:00Z) before it starts (2020-06-30T15:00:01Z)")]
    [InlineData("2020-07-08T01:00:00+08:00/2020-07-07", "the interval ends (2020-07-07) before it starts (2020-07-08T01:00:00+08:00)")]
    [InlineData("../..", "an interval needs a date at one end at least")]
    [InlineData("/", "an interval needs a date at one end at least")]
    [InlineData("../", "an interval needs a date at one end at least")]
    [InlineData("/..", "an interval needs a date at one end at least")]
    [InlineData("..", "'..' (an open end) belongs to an interval")]
    [InlineData("2020/07/06", "at most one '/'")]
    [InlineData("2020-07-07//2020-07-14", "at most one '/'")]
    [InlineData("2020-07-07/2020-13", "its end '2020-13': month 13 is out of range (01 to 12)")]
    [InlineData("2020-02-30/2020-07-14", "its start '2020-02-30': day 30 does not exist in 2020-02")]
    [InlineData("2020-07-07/...", "its end '...': expected a four-digit year")]
    [InlineData("2020-07-07 /2020-07-14", "its start '2020-07-07 ': unexpected ' ' after the day")]
    [InlineData("2020-07-1x", "upper-case 'X'")]
    [InlineData("202x", "upper-case 'X'")]
    [InlineData("2020-XX-15", "only the rightmost digits of a date may be unspecified")]
    [InlineData("2020-X7", "only the rightmost digits of a date may be unspecified")]
    [InlineData("2X20", "only the rightmost digits of a date may be unspecified")]
    [InlineData("2XXX", "at most the last two digits of the year may be unspecified")]
    [InlineData("XXXX-XX-XX", "at most the last two digits of the year may be unspecified")]
    [InlineData("2020-2X", "month 2X is out of range (01 to 12)")]
    [InlineData("2020-02-3X", "day 3X does not exist in 2020-02")]
    [InlineData("2020-07-4X", "day 4X does not exist in 2020-07")]
    [InlineData("2020-07-1XT10:00:00Z", "an instant (a date with a time) cannot have unspecified digits")]
    [InlineData("2020-21", "month 21 is out of range (01 to 12; EDTF seasons, 21 to 41, are not supported)")]
    [InlineData("Y12000", "EDTF years beyond 9999")]
    [InlineData("-0500", "years before 0000 are not supported")]
    [InlineData("2020-07-07/2020-07-14~?", "its end '2020-07-14~?': only one qualifier")]
    public void Invalid_EDTF_level_1_text_is_rejected_with_the_reason(string text, string reason)
    {
        FluentActions.Invoking(() => PartialDate.Parse(text))
            .Should().ThrowExactly<FormatException>().WithMessage($"'{text}' is not a valid EDTF date: *{reason}*");
        PartialDate.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(default(PartialDate));
    }

    [Fact]
    public void The_factories_build_every_kind_of_interval()
    {
        var seventh = PartialDate.FromDate(new LocalDate(2020, 7, 7));
        var fourteenth = PartialDate.FromDate(new LocalDate(2020, 7, 14));

        PartialDate.Interval(seventh, fourteenth).Should().Be(PartialDate.Parse("2020-07-07/2020-07-14"));
        PartialDate.Interval(seventh, IntervalEnd.Open).Should().Be(PartialDate.Parse("2020-07-07/.."));
        PartialDate.Interval(seventh, IntervalEnd.Unknown).Should().Be(PartialDate.Parse("2020-07-07/"));
        PartialDate.Interval(IntervalEnd.Open, fourteenth).Should().Be(PartialDate.Parse("../2020-07-14"));
        PartialDate.Interval(IntervalEnd.Unknown, fourteenth).Should().Be(PartialDate.Parse("/2020-07-14"));
        PartialDate.Interval(seventh.WithQualifier(DateQualifier.Approximate), fourteenth.WithUnspecifiedDigits(1)).ToString()
            .Should().Be("2020-07-07~/2020-07-1X");
    }

    [Fact]
    public void The_factories_refuse_an_interval_that_ends_before_it_starts_and_nested_intervals()
    {
        var seventh = PartialDate.FromDate(new LocalDate(2020, 7, 7));
        var fourteenth = PartialDate.FromDate(new LocalDate(2020, 7, 14));
        var week = PartialDate.Interval(seventh, fourteenth);

        FluentActions.Invoking(() => PartialDate.Interval(fourteenth, seventh)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("to").WithMessage("The interval ends (2020-07-07) before it starts (2020-07-14).*");
        FluentActions.Invoking(() => PartialDate.Interval(week, fourteenth)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("from").WithMessage("An end of an interval is a single date, not the interval '2020-07-07/2020-07-14'.*");
        FluentActions.Invoking(() => PartialDate.Interval(seventh, week)).Should().ThrowExactly<ArgumentException>().WithParameterName("to");
        FluentActions.Invoking(() => PartialDate.Interval(week, IntervalEnd.Open)).Should().ThrowExactly<ArgumentException>().WithParameterName("from");
        FluentActions.Invoking(() => PartialDate.Interval(IntervalEnd.Open, week)).Should().ThrowExactly<ArgumentException>().WithParameterName("to");
        FluentActions.Invoking(() => PartialDate.Interval(seventh, IntervalEnd.Known)).Should().ThrowExactly<ArgumentException>().WithParameterName("to");
        FluentActions.Invoking(() => PartialDate.Interval(IntervalEnd.Known, seventh)).Should().ThrowExactly<ArgumentException>().WithParameterName("from");
        FluentActions.Invoking(() => PartialDate.Interval(seventh, (IntervalEnd)7)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("to");
        FluentActions.Invoking(() => week.WithQualifier(DateQualifier.Approximate)).Should().ThrowExactly<InvalidOperationException>();
        FluentActions.Invoking(() => week.WithUnspecifiedDigits(1)).Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void WithUnspecifiedDigits_hides_the_rightmost_digits_and_keeps_the_qualifier()
    {
        var day = PartialDate.Parse("2020-07-17~");

        day.WithUnspecifiedDigits(1).ToString().Should().Be("2020-07-1X~");
        day.WithUnspecifiedDigits(1).Should().Be(PartialDate.Parse("2020-07-1X~"));
        day.WithUnspecifiedDigits(2).ToString().Should().Be("2020-07-XX~");
        day.WithUnspecifiedDigits(3).ToString().Should().Be("2020-0X-XX~");
        day.WithUnspecifiedDigits(6).ToString().Should().Be("20XX-XX-XX~");
        day.WithUnspecifiedDigits(0).Should().Be(day);
        PartialDate.Parse("2020-07-1X").WithUnspecifiedDigits(0).Should().Be(PartialDate.Parse("2020-07-10"));
        PartialDate.Parse("2020-12").WithUnspecifiedDigits(1).ToString().Should().Be("2020-1X");
        PartialDate.Parse("2020").WithUnspecifiedDigits(2).ToString().Should().Be("20XX");
        FluentActions.Invoking(() => day.WithUnspecifiedDigits(7)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => PartialDate.Parse("2020").WithUnspecifiedDigits(3)).Should().ThrowExactly<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => day.WithUnspecifiedDigits(-1)).Should().ThrowExactly<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PartialDate.Parse("2020-07-07T10:00:00Z").WithUnspecifiedDigits(1)).Should().ThrowExactly<InvalidOperationException>();
    }

    [Fact]
    public void Equality_and_ordering_follow_the_contract_across_every_form()
    {
        EqualityContract.AssertOrdering(
            PartialDate.Parse("../2020-07-14"), PartialDate.Interval(IntervalEnd.Open, PartialDate.Parse("2020-07-14")),
            PartialDate.Parse("../2020-07-15"),
            PartialDate.Parse("/2020-07-01"),
            PartialDate.Parse("2020-07"),
            PartialDate.Parse("2020-07/2020-08"),
            PartialDate.Parse("2020-07/.."),
            PartialDate.Parse("2020-07/"),
            PartialDate.Parse("2020-07-07"),
            PartialDate.Parse("2020-07-07/2020-07-07"),
            PartialDate.Parse("2020-07-07/2020-07-1X"),
            PartialDate.Parse("2020-07-07/2020-07-14"),
            PartialDate.Parse("2020-07-07/.."),
            PartialDate.Parse("2020-07-07/"),
            PartialDate.Parse("2020-07-07~/2020-07-14"),
            PartialDate.Parse("2020-07-10"),
            PartialDate.Parse("2020-07-1X"),
            PartialDate.Parse("2020-07-1X/2020-07-20"));
    }

    [Fact]
    public void An_interval_is_never_equal_to_a_single_date_with_the_same_span()
    {
        PartialDate.Parse("2020-07-07/2020-07-07").Should().NotBe(PartialDate.Parse("2020-07-07"));
        PartialDate.Parse("2020-07-01/2020-07-31").Should().NotBe(PartialDate.Parse("2020-07"));
        PartialDate.Parse("2020-07-XX").Should().NotBe(PartialDate.Parse("2020-07"));
        PartialDate.Parse("2020-07-07/..").Should().NotBe(PartialDate.Parse("2020-07-07/"));
    }
}
