using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Time;

/// <summary>What the parser and the factory methods reject, and how they say so.</summary>
public partial class PartialDateTests
{
    [Theory]
    [InlineData("2020-13-01", "month 13 is out of range")]
    [InlineData("2020-02-30", "day 30 does not exist in 2020-02")]
    [InlineData("2019-02-29", "day 29 does not exist in 2019-02")]
    [InlineData("2100-02-29", "day 29 does not exist in 2100-02")]
    [InlineData("2020-04-31", "day 31 does not exist in 2020-04")]
    [InlineData("2020-07-07~?", "only one qualifier")]
    [InlineData("2020~~", "only one qualifier")]
    [InlineData("~", "four-digit year")]
    [InlineData("", "empty")]
    [InlineData(" 2020", "four-digit year")]
    [InlineData("2020 ", "-MM")]
    [InlineData("2020-00", "month 00 is out of range")]
    [InlineData("2020-07-00", "day 00 does not exist")]
    [InlineData("+2020", "four-digit year")]
    [InlineData("-2020", "four-digit year")]
    [InlineData("12020", "-MM")]
    [InlineData("20200707", "-MM")]
    [InlineData("2020-W01", "-MM")]
    [InlineData("2020-07-7", "-DD")]
    [InlineData("2020-07-07T10:00Z", "time hh:mm:ss")]
    [InlineData("2020-07-07T10:00:00+19:00", "at most 18:00")]
    [InlineData("2020-07-07T10:00:00+18:01", "at most 18:00")]
    [InlineData("2020-07-07T10:00:00+08:60", "not a UTC offset")]
    [InlineData("2020-07-07T10:00:00+0800", "not a UTC offset")]
    [InlineData("2020-07-07T10:00:00+08", "not a UTC offset")]
    [InlineData("2020-07-07T10:00:00z", "UTC offset")]
    [InlineData("2020-07-07 10:00:00Z", "unexpected ' '")]
    [InlineData("2020-07-07T24:00:00Z", "valid time")]
    [InlineData("2020-07-07T10:60:00Z", "valid time")]
    [InlineData("2020-07-07T10:00:00.1234567890Z", "valid time")]
    [InlineData("2020-07-07T10:00:00.Z", "valid time")]
    [InlineData("2020-07-07T", "UTC offset")]
    [InlineData("2020-07-07TZ", "time hh:mm:ss")]
    public void Invalid_text_is_rejected_with_the_reason(string text, string reason)
    {
        FluentActions.Invoking(() => PartialDate.Parse(text))
            .Should().ThrowExactly<FormatException>().WithMessage($"'{text}' is not a valid EDTF date: *{reason}*");
        FluentActions.Invoking(() => PartialDate.Parse(text.AsSpan())).Should().ThrowExactly<FormatException>();
        PartialDate.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(default(PartialDate));
        PartialDate.TryParse(text.AsSpan(), out _).Should().BeFalse();
    }

    [Fact]
    public void Null_text_is_rejected()
    {
        FluentActions.Invoking(() => PartialDate.Parse(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        PartialDate.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Factory_methods_reject_out_of_range_values_naming_the_parameter()
    {
        FluentActions.Invoking(() => PartialDate.FromYear(-1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => PartialDate.FromYear(10000)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => PartialDate.FromYear(2020, (DateQualifier)4)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("qualifier");
        FluentActions.Invoking(() => PartialDate.FromYearMonth(2020, 0)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("month");
        FluentActions.Invoking(() => PartialDate.FromYearMonth(2020, 13)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("month");
        FluentActions.Invoking(() => PartialDate.FromYearMonth(10000, 1)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("year");
        FluentActions.Invoking(() => PartialDate.FromDate(new LocalDate(-1, 12, 31))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("date");
        FluentActions.Invoking(() => PartialDate.FromDate(new LocalDate(2020, 1, 1, CalendarSystem.Julian))).Should().ThrowExactly<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => PartialDate.FromDate(new LocalDate(2020, 1, 1), (DateQualifier)(-1))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("qualifier");
        FluentActions.Invoking(() => PartialDate.FromOffsetDateTime(new LocalDateTime(-1, 12, 31, 23, 0).WithOffset(Offset.Zero)))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => PartialDate.FromOffsetDateTime(new LocalDateTime(2020, 1, 1, 0, 0, CalendarSystem.Gregorian).WithOffset(Offset.Zero)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("value");
        FluentActions.Invoking(() => PartialDate.Parse("2020").WithQualifier((DateQualifier)9)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("qualifier");
    }
}
