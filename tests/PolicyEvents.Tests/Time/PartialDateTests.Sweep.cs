using System.Globalization;
using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>Property-style sweeps: every day, every month, every qualifier, many offsets, each parsed and formatted back.</summary>
public partial class PartialDateTests
{
    public static TheoryData<int> SweepYears => [2019, 2020, 2024, 2000, 2100, 1, 9999];

    [Theory]
    [MemberData(nameof(SweepYears))]
    public void Every_day_of_the_year_round_trips(int year)
    {
        var days = CalendarSystem.Iso.GetDaysInYear(year);
        days.Should().Be(CalendarSystem.Iso.IsLeapYear(year) ? 366 : 365);
        for (var dayOfYear = 1; dayOfYear <= days; dayOfYear++)
        {
            var date = new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1);
            var text = date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
            var parsed = PartialDate.Parse(text);

            parsed.Precision.Should().Be(DatePrecision.Day);
            parsed.Qualifier.Should().Be(DateQualifier.None);
            (parsed.Year, parsed.Month, parsed.Day).Should().Be((date.Year, date.Month, date.Day), text);
            parsed.StartDate.Should().Be(date);
            parsed.EndDate.Should().Be(date);
            parsed.Instant.Should().BeNull();
            parsed.ToString().Should().Be(text);
            parsed.Should().Be(PartialDate.FromDate(date));
            PartialDate.TryParse(text.AsSpan(), out var fromSpan).Should().BeTrue();
            fromSpan.Should().Be(parsed);
        }
    }

    [Fact]
    public void Every_time_of_day_reads_as_the_time_pattern_reads_it()
    {
        // hh:mm:ss is read without NodaTime's pattern, which reads every other time: both must agree, on what they
        // accept and on what they give, for every two digits in each place.
        var pattern = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH':'mm':'ss");
        for (var hour = 0; hour < 100; hour++)
        {
            foreach (var minute in new[] { 0, 7, 30, 59, 60, 99 })
            {
                foreach (var second in new[] { 0, 1, 59, 60, 99 })
                {
                    var time = string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}:{second:D2}");
                    var expected = pattern.Parse(time);

                    var read = PartialDate.TryParse($"2020-07-06T{time}+08:00", out var parsed);

                    read.Should().Be(expected.Success, time);
                    if (read)
                    {
                        parsed.Instant.Should().Be(new LocalDate(2020, 7, 6).At(expected.Value).WithOffset(Offset.FromHours(8)).ToInstant(), time);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SweepYears))]
    public void Every_month_round_trips_and_ends_on_its_last_day(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
            var parsed = PartialDate.Parse(text);

            parsed.Precision.Should().Be(DatePrecision.Month);
            parsed.Month.Should().Be(month);
            parsed.Day.Should().BeNull();
            parsed.StartDate.Should().Be(new LocalDate(year, month, 1));
            parsed.EndDate.Should().Be(new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)));
            parsed.ToString().Should().Be(text);
            parsed.Should().Be(PartialDate.FromYearMonth(year, month));
        }
        var wholeYear = PartialDate.Parse(year.ToString("D4", CultureInfo.InvariantCulture));
        wholeYear.Should().Be(PartialDate.FromYear(year));
        (wholeYear.Month, wholeYear.Day).Should().Be((null, null));
        (wholeYear.StartDate, wholeYear.EndDate).Should().Be((new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    [Theory]
    [InlineData("2020", DatePrecision.Year)]
    [InlineData("2020-02", DatePrecision.Month)]
    [InlineData("2020-02-29", DatePrecision.Day)]
    [InlineData("0000", DatePrecision.Year)]
    [InlineData("9999-12-31", DatePrecision.Day)]
    public void Every_qualifier_applies_to_every_date_precision(string plain, DatePrecision precision)
    {
        var unqualified = PartialDate.Parse(plain);
        foreach (var (suffix, qualifier, approximate, uncertain) in new[]
        {
            ("~", DateQualifier.Approximate, true, false),
            ("?", DateQualifier.Uncertain, false, true),
            ("%", DateQualifier.ApproximateAndUncertain, true, true),
            ("", DateQualifier.None, false, false),
        })
        {
            var parsed = PartialDate.Parse(plain + suffix);

            parsed.Precision.Should().Be(precision);
            parsed.Qualifier.Should().Be(qualifier);
            parsed.IsApproximate.Should().Be(approximate);
            parsed.IsUncertain.Should().Be(uncertain);
            parsed.ToString().Should().Be(plain + suffix);
            parsed.Should().Be(unqualified.WithQualifier(qualifier));
            parsed.WithQualifier(DateQualifier.None).Should().Be(unqualified);
            (parsed.StartDate, parsed.EndDate).Should().Be((unqualified.StartDate, unqualified.EndDate));
            if (qualifier != DateQualifier.None)
            {
                parsed.Should().NotBe(unqualified);
            }
        }
    }

    [Fact]
    public void Factory_methods_take_the_qualifier_too()
    {
        PartialDate.FromYear(2020, DateQualifier.Approximate).ToString().Should().Be("2020~");
        PartialDate.FromYearMonth(2020, 7, DateQualifier.Uncertain).ToString().Should().Be("2020-07?");
        PartialDate.FromDate(new LocalDate(2020, 7, 7), DateQualifier.ApproximateAndUncertain).ToString().Should().Be("2020-07-07%");
    }

    public static TheoryData<string> Offsets => ["Z", "+08:00", "-03:30", "+14:00", "-12:00", "+05:45", "-09:30", "+18:00", "-18:00", "+00:30", "-00:30"];

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Instants_round_trip_with_any_offset(string offsetText)
    {
        var offset = offsetText == "Z" ? Offset.Zero : NodaTime.Text.OffsetPattern.GeneralInvariant.Parse(offsetText).Value;
        foreach (var time in new[] { "00:00:00", "23:59:59", "10:00:00", "12:34:56.789", "01:02:03.000000001", "23:59:59.999999999" })
        {
            foreach (var date in new[] { "2020-07-07", "2020-02-29", "2020-12-31", "2021-01-01", "0001-01-01" })
            {
                var text = $"{date}T{time}{offsetText}";
                var parsed = PartialDate.Parse(text);

                parsed.Precision.Should().Be(DatePrecision.Instant);
                parsed.Qualifier.Should().Be(DateQualifier.None);
                parsed.ToString().Should().Be(text);
                parsed.OffsetDateTime!.Value.Offset.Should().Be(offset);
                parsed.Instant.Should().Be(parsed.OffsetDateTime.Value.ToInstant());
                parsed.StartDate.Should().Be(parsed.OffsetDateTime.Value.Date, "the dates of an instant are its local date at its own offset");
                parsed.Should().Be(PartialDate.FromOffsetDateTime(parsed.OffsetDateTime.Value));
                PartialDate.FromInstant(parsed.Instant!.Value).Instant.Should().Be(parsed.Instant);
            }
        }
    }

    [Fact]
    public void A_zero_offset_is_always_written_Z()
    {
        PartialDate.Parse("2020-07-07T10:00:00+00:00").ToString().Should().Be("2020-07-07T10:00:00Z");
        PartialDate.Parse("2020-07-07T10:00:00-00:00").Should().Be(PartialDate.Parse("2020-07-07T10:00:00Z"));
        PartialDate.FromInstant(Instant.FromUtc(2020, 7, 7, 10, 0)).ToString().Should().Be("2020-07-07T10:00:00Z");
    }

    [Fact]
    public void Instants_take_no_qualifier()
    {
        var instant = PartialDate.Parse("2020-07-07T10:00:00Z");

        FluentActions.Invoking(() => instant.WithQualifier(DateQualifier.Approximate)).Should().ThrowExactly<InvalidOperationException>();
        instant.WithQualifier(DateQualifier.None).Should().Be(instant);
        foreach (var suffix in new[] { "~", "?", "%" })
        {
            PartialDate.TryParse("2020-07-07T10:00:00Z" + suffix, out _).Should().BeFalse();
        }
    }
}
