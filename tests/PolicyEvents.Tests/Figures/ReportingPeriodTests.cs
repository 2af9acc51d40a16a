using NodaTime;
using NodaTime.Text;
using PolicyEvents.Figures;

namespace PolicyEvents.Tests.Figures;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2020-06-30", "2020-01-01")]
    [InlineData("2020-12-31", "2020-07-01")]
    [InlineData("2009-12-31", "2009-07-01")]
    [InlineData("2021-06-30", "2021-01-01")]
    [InlineData("2020-02-29", "2019-09-01")]
    [InlineData("2019-08-31", "2019-03-01")]
    public void A_half_year_ending_on_a_date_starts_the_day_after_the_end_six_months_back(string end, string start)
    {
        var period = ReportingPeriod.HalfYearEndingOn(LocalDatePattern.Iso.Parse(end).Value);

        period.Start.Should().Be(LocalDatePattern.Iso.Parse(start).Value);
        period.IsStartDerived.Should().BeTrue();
    }

    [Fact]
    public void Derived_and_stated_half_years_cover_the_same_days_but_are_not_equal()
    {
        var derived = ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30));
        var stated = ReportingPeriod.HalfYear(2020, 1);

        derived.HasSameDates(stated).Should().BeTrue();
        derived.Should().NotBe(stated);
        stated.IsStartDerived.Should().BeFalse();
        stated.Should().Be(new ReportingPeriod(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)));
        derived.ToString().Should().Be("2020-01-01/2020-06-30 (start derived)");
        stated.ToString().Should().Be("2020-01-01/2020-06-30");
        (stated < derived).Should().BeTrue("published sorts before derived for the same dates");
    }

    [Fact]
    public void A_period_is_closed_at_both_ends()
    {
        var h2 = ReportingPeriod.HalfYear(2020, 2);

        h2.Contains(new LocalDate(2020, 7, 1)).Should().BeTrue();
        h2.Contains(new LocalDate(2020, 12, 31)).Should().BeTrue();
        h2.Contains(new LocalDate(2020, 6, 30)).Should().BeFalse();
        h2.Contains(new LocalDate(2021, 1, 1)).Should().BeFalse();
        h2.Days.Should().Be(184);
        ReportingPeriod.Year(2020).Days.Should().Be(366);
        h2.ToDateInterval().Equals(new DateInterval(new LocalDate(2020, 7, 1), new LocalDate(2020, 12, 31))).Should().BeTrue();
        new ReportingPeriod(new LocalDate(2020, 7, 1), new LocalDate(2020, 7, 1)).Days.Should().Be(1);
    }

    [Fact]
    public void Periods_sharing_a_day_overlap()
    {
        var h1 = ReportingPeriod.HalfYear(2020, 1);

        h1.Overlaps(ReportingPeriod.HalfYear(2020, 2)).Should().BeFalse();
        h1.Overlaps(ReportingPeriod.Year(2020)).Should().BeTrue();
        h1.Overlaps(new ReportingPeriod(new LocalDate(2020, 6, 30), new LocalDate(2020, 7, 31))).Should().BeTrue();
        h1.Overlaps(new ReportingPeriod(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31))).Should().BeFalse();
    }

    [Fact]
    public void Arguments_are_checked()
    {
        FluentActions.Invoking(() => new ReportingPeriod(new LocalDate(2020, 7, 1), new LocalDate(2020, 6, 30))).Should().Throw<ArgumentException>().WithParameterName("end");
        FluentActions.Invoking(() => new ReportingPeriod(new LocalDate(2020, 1, 1, CalendarSystem.Julian), new LocalDate(2020, 6, 30))).Should().Throw<ArgumentException>().WithParameterName("start");
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(2020, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("half");
        FluentActions.Invoking(() => ReportingPeriod.Year(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => ReportingPeriod.EndingOn(new LocalDate(2020, 6, 30), Period.Zero)).Should().Throw<ArgumentException>().WithParameterName("length");
        FluentActions.Invoking(() => ReportingPeriod.EndingOn(new LocalDate(2020, 6, 30), Period.FromHours(1))).Should().Throw<ArgumentException>().WithParameterName("length");
        FluentActions.Invoking(() => ReportingPeriod.EndingOn(new LocalDate(2020, 6, 30), Period.FromMonths(-6))).Should().Throw<ArgumentException>().WithParameterName("length");
        FluentActions.Invoking(() => ReportingPeriod.Year(2020).WithEnd(new LocalDate(2019, 1, 1))).Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void EndingOn_takes_any_length()
    {
        var year = ReportingPeriod.EndingOn(new LocalDate(2020, 12, 31), Period.FromYears(1));

        year.Start.Should().Be(new LocalDate(2020, 1, 1));
        year.IsStartDerived.Should().BeTrue();
        year.WithStart(new LocalDate(2020, 1, 1)).Should().Be(ReportingPeriod.Year(2020), "a start given explicitly is published, not derived");
    }

    [Fact]
    public void Ordering_and_equality_are_consistent()
    {
        var periods = new[] { ReportingPeriod.Year(2020), ReportingPeriod.HalfYear(2020, 2), ReportingPeriod.HalfYear(2020, 1), ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)) };

        periods.Order().Should().Equal(ReportingPeriod.HalfYear(2020, 1), ReportingPeriod.HalfYearEndingOn(new LocalDate(2020, 6, 30)), ReportingPeriod.Year(2020), ReportingPeriod.HalfYear(2020, 2));
        ReportingPeriod.Year(2020).GetHashCode().Should().Be(ReportingPeriod.Year(2020).GetHashCode());
        (ReportingPeriod.Year(2020) == ReportingPeriod.Year(2020)).Should().BeTrue();
        (ReportingPeriod.Year(2020) != ReportingPeriod.Year(2021)).Should().BeTrue();
        ReportingPeriod.Year(2020).CompareTo(null).Should().BePositive();
        ((IComparable)ReportingPeriod.Year(2020)).CompareTo(ReportingPeriod.Year(2021)).Should().BeNegative();
        FluentActions.Invoking(() => ((IComparable)ReportingPeriod.Year(2020)).CompareTo("2020")).Should().Throw<ArgumentException>();
        (ReportingPeriod.Year(2020) >= ReportingPeriod.HalfYear(2020, 1)).Should().BeTrue();
        (ReportingPeriod.Year(2020) > ReportingPeriod.HalfYear(2020, 2)).Should().BeFalse();
        (ReportingPeriod.Year(2020) <= ReportingPeriod.Year(2020)).Should().BeTrue();
    }

    [Fact]
    public void Null_sorts_before_every_period_and_half_years_and_years_check_their_numbers()
    {
        var h1 = ReportingPeriod.HalfYear(2020, 1);
        var same = ReportingPeriod.HalfYear(2020, 1);
        ReportingPeriod? none = null;
        ReportingPeriod? alsoNone = null;

        (none < h1).Should().BeTrue();
        (h1 < none).Should().BeFalse();
        (none < alsoNone).Should().BeFalse();
        (none <= alsoNone).Should().BeTrue();
        (h1 <= none).Should().BeFalse();
        (h1 > none).Should().BeTrue();
        (none > h1).Should().BeFalse();
        (none >= alsoNone).Should().BeTrue();
        (none >= h1).Should().BeFalse();
        (h1 >= none).Should().BeTrue();
        (h1 < ReportingPeriod.HalfYear(2020, 2)).Should().BeTrue();
        (h1 < same).Should().BeFalse();
        (h1 > same).Should().BeFalse();
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(2020, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("half");
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(10000, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => ReportingPeriod.Year(10000)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }
}
