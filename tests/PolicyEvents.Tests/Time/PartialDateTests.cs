using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

public partial class PartialDateTests
{
    [Theory]
    [InlineData("2020", DatePrecision.Year, DateQualifier.None)]
    [InlineData("2020-07", DatePrecision.Month, DateQualifier.None)]
    [InlineData("2020-07-07", DatePrecision.Day, DateQualifier.None)]
    [InlineData("2020-07-07~", DatePrecision.Day, DateQualifier.Approximate)]
    [InlineData("2020?", DatePrecision.Year, DateQualifier.Uncertain)]
    [InlineData("2020-07%", DatePrecision.Month, DateQualifier.ApproximateAndUncertain)]
    [InlineData("2020-06-30T23:00:00+08:00", DatePrecision.Instant, DateQualifier.None)]
    [InlineData("2020-06-30T15:00:00Z", DatePrecision.Instant, DateQualifier.None)]
    [InlineData("2020-06-30T15:00:00.125Z", DatePrecision.Instant, DateQualifier.None)]
    public void Parse_then_format_round_trips(string text, DatePrecision precision, DateQualifier qualifier)
    {
        var value = PartialDate.Parse(text);

        value.Precision.Should().Be(precision);
        value.Qualifier.Should().Be(qualifier);
        value.ToString().Should().Be(text);
        PartialDate.Parse(value.ToString()).Should().Be(value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("2020-13-01", "month 13")]
    [InlineData("2020-02-30", "day 30 does not exist in 2020-02")]
    [InlineData("2020-07-07~?", "only one qualifier")]
    [InlineData("20", "four-digit year")]
    [InlineData("2020-7", "-MM")]
    [InlineData("2020-07-07T10:00:00", "UTC offset")]
    [InlineData("2020-07-07T10:00:00Z~", "no qualifier")]
    [InlineData("2020-07-07X", "unexpected 'X'")]
    [InlineData("2020-07-07T25:00:00Z", "valid time")]
    public void Parse_rejects_invalid_text_and_says_why(string text, string expected)
    {
        var act = () => PartialDate.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*{expected}*");
        PartialDate.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_day_in_Hong_Kong_is_the_day_in_Hong_Kong_time()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

        var interval = PartialDate.Parse("2020-07-07").ToInterval(zone);

        interval.Start.Should().Be(Instant.FromUtc(2020, 7, 6, 16, 0));
        interval.End.Should().Be(Instant.FromUtc(2020, 7, 7, 16, 0));
    }

    [Fact]
    public void A_day_across_a_DST_change_covers_23_hours()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

        var interval = PartialDate.Parse("2020-03-08").ToInterval(zone);

        interval.Duration.Should().Be(Duration.FromHours(23));
        interval.Start.Should().Be(Instant.FromUtc(2020, 3, 8, 8, 0));
    }

    [Fact]
    public void A_month_and_a_year_cover_their_whole_span()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Hong_Kong"];

        PartialDate.Parse("2020-02").ToInterval(zone).Duration.Should().Be(Duration.FromDays(29));
        PartialDate.Parse("2020").ToInterval(zone).Duration.Should().Be(Duration.FromDays(366));
        PartialDate.Parse("2020-02").EndDate.Should().Be(new LocalDate(2020, 2, 29));
    }

    [Fact]
    public void An_instant_ignores_the_zone()
    {
        var value = PartialDate.Parse("2020-06-30T23:00:00+08:00");

        var interval = value.ToInterval(DateTimeZoneProviders.Tzdb["America/New_York"]);

        interval.Start.Should().Be(Instant.FromUtc(2020, 6, 30, 15, 0));
        interval.Duration.Should().Be(Duration.Epsilon);
        value.Instant.Should().Be(Instant.FromUtc(2020, 6, 30, 15, 0));
    }

    [Fact]
    public void Ordering_puts_coarser_precision_first_at_the_same_start()
    {
        var values = new[] { "2020-07-01", "2020-07", "2020", "2020-06-30T23:00:00+08:00", "2019-12-31" }
            .Select(PartialDate.Parse).Order().Select(v => v.ToString());

        values.Should().Equal("2019-12-31", "2020", "2020-06-30T23:00:00+08:00", "2020-07", "2020-07-01");
    }

    [Fact]
    public void Default_is_the_year_0001()
    {
        default(PartialDate).ToString().Should().Be("0001");
        default(PartialDate).Precision.Should().Be(DatePrecision.Year);
    }
}
