using PolicyEvents.Figures;

namespace PolicyEvents.Tests.Figures;

public class PublishedNumberTests
{
    [Theory]
    [InlineData("262", PublishedNumberKind.Exact, 262L, 262L)]
    [InlineData("1,624", PublishedNumberKind.Exact, 1624L, 1624L)]
    [InlineData("141,631", PublishedNumberKind.Exact, 141631L, 141631L)]
    [InlineData("1,000,000", PublishedNumberKind.Exact, 1000000L, 1000000L)]
    [InlineData("0", PublishedNumberKind.Exact, 0L, 0L)]
    [InlineData("-3", PublishedNumberKind.Exact, -3L, -3L)]
    [InlineData("0-249", PublishedNumberKind.Range, 0L, 249L)]
    [InlineData("1,000-1,499", PublishedNumberKind.Range, 1000L, 1499L)]
    [InlineData("0 - 499", PublishedNumberKind.Range, 0L, 499L)]
    [InlineData("0\u2013249", PublishedNumberKind.Range, 0L, 249L)]
    [InlineData("<10", PublishedNumberKind.Range, 0L, 9L)]
    [InlineData("< 10", PublishedNumberKind.Range, 0L, 9L)]
    public void Counts_and_ranges_are_read_as_published(string text, PublishedNumberKind kind, long minimum, long maximum)
    {
        var value = PublishedNumber.Parse(text);

        value.Kind.Should().Be(kind);
        value.Minimum.Should().Be(minimum);
        value.Maximum.Should().Be(maximum);
        value.Count.Should().Be(kind == PublishedNumberKind.Exact ? minimum : null);
        value.Percent.Should().BeNull();
        value.Text.Should().Be(text);
        value.IsCount.Should().BeTrue();
    }

    [Theory]
    [InlineData("24%", 24)]
    [InlineData("0%", 0)]
    [InlineData("100%", 100)]
    [InlineData("0.5%", 0.5)]
    [InlineData("24 %", 24)]
    [InlineData("150%", 150)]
    public void Percentages_stay_percentages(string text, double percent)
    {
        var value = PublishedNumber.Parse(text);

        value.Kind.Should().Be(PublishedNumberKind.Percentage);
        value.Percent.Should().Be((decimal)percent);
        value.Count.Should().BeNull();
        value.Minimum.Should().BeNull();
        value.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("81", 81)]
    [InlineData("81%", 81)]
    [InlineData(" 5 ", 5)]
    public void A_percentage_column_reads_bare_numbers_as_percentages(string text, double percent)
    {
        var value = PublishedNumber.ParsePercentage(text);

        value.Kind.Should().Be(PublishedNumberKind.Percentage);
        value.Percent.Should().Be((decimal)percent);
        value.Text.Should().Be(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_stays_unknown(string text)
    {
        PublishedNumber.Parse(text).Should().Be(PublishedNumber.Unknown);
        PublishedNumber.ParsePercentage(text).Should().Be(PublishedNumber.Unknown);
        PublishedNumber.Unknown.Should().Be(default(PublishedNumber));
        PublishedNumber.Unknown.IsUnknown.Should().BeTrue();
        PublishedNumber.Unknown.Text.Should().BeEmpty();
        PublishedNumber.Unknown.Count.Should().BeNull();
        PublishedNumber.Unknown.Percent.Should().BeNull();
    }

    [Theory]
    [InlineData("many", "count")]
    [InlineData("1,62", "count")]
    [InlineData("1,6245", "count")]
    [InlineData(",162", "count")]
    [InlineData("12a", "count")]
    [InlineData("10-5", "range")]
    [InlineData("<0", "range")]
    [InlineData("%", "percentage")]
    [InlineData("abc%", "percentage")]
    [InlineData("99999999999999999999", "count")]
    public void Other_text_is_rejected_with_what_was_expected(string text, string expected)
    {
        var act = () => PublishedNumber.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*{expected}*'{text.Trim()}'*");
        PublishedNumber.TryParse(text, out var value).Should().BeFalse();
        value.Should().Be(PublishedNumber.Unknown);
    }

    [Theory]
    [InlineData("half")]
    [InlineData("0-10")]
    public void A_percentage_column_rejects_what_is_not_a_percentage(string text)
    {
        FluentActions.Invoking(() => PublishedNumber.ParsePercentage(text)).Should().Throw<FormatException>().WithMessage("*percentage*");
        PublishedNumber.TryParsePercentage(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Null_is_rejected()
    {
        FluentActions.Invoking(() => PublishedNumber.Parse(null!)).Should().Throw<ArgumentNullException>();
        PublishedNumber.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Factories_format_canonically_and_round_trip()
    {
        PublishedNumber.Exact(262).Text.Should().Be("262");
        PublishedNumber.Range(0, 249).Text.Should().Be("0-249");
        PublishedNumber.Percentage(24).Text.Should().Be("24%");
        PublishedNumber.Percentage(0.5m).Text.Should().Be("0.5%");

        foreach (var value in new[] { PublishedNumber.Exact(262), PublishedNumber.Exact(-1), PublishedNumber.Range(0, 249), PublishedNumber.Range(0, 9, "<10"), PublishedNumber.Percentage(24), PublishedNumber.Exact(1624, "1,624"), PublishedNumber.Unknown })
        {
            PublishedNumber.Parse(value.ToString()).Should().Be(value);
        }
    }

    [Fact]
    public void Factories_check_their_arguments()
    {
        FluentActions.Invoking(() => PublishedNumber.Range(5, 4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        FluentActions.Invoking(() => PublishedNumber.Exact(1, " 1")).Should().Throw<ArgumentException>().WithParameterName("text");
        FluentActions.Invoking(() => PublishedNumber.Percentage(1, string.Empty)).Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_compares_kind_numbers_and_published_text()
    {
        PublishedNumber.Exact(1624, "1,624").Should().Be(PublishedNumber.Parse("1,624"));
        (PublishedNumber.Exact(1624, "1,624") == PublishedNumber.Parse("1,624")).Should().BeTrue();
        PublishedNumber.Exact(1624, "1,624").GetHashCode().Should().Be(PublishedNumber.Parse("1,624").GetHashCode());
        (PublishedNumber.Exact(1624, "1,624") != PublishedNumber.Exact(1624)).Should().BeTrue("the same count published differently");
        PublishedNumber.Exact(24).Should().NotBe(PublishedNumber.Percentage(24, "24"));
        PublishedNumber.Range(0, 9).Should().NotBe(PublishedNumber.Range(0, 9, "<10"));
        PublishedNumber.Percentage(24m).Should().Be(PublishedNumber.Percentage(24.0m, "24%"));
        PublishedNumber.Exact(0).Should().NotBe(PublishedNumber.Unknown);
        PublishedNumber.Exact(1).Equals((object)PublishedNumber.Exact(1)).Should().BeTrue();
        PublishedNumber.Exact(1).Equals("1").Should().BeFalse();
    }

    [Theory]
    [InlineData("1,23,456")]
    [InlineData("1234,567")]
    [InlineData("~10")]
    [InlineData("a-5")]
    [InlineData("5-b")]
    [InlineData("7-5")]
    public void Badly_grouped_digits_and_half_ranges_are_not_numbers(string text)
    {
        PublishedNumber.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_range_may_have_equal_bounds()
    {
        PublishedNumber.TryParse("5-5", out var parsed).Should().BeTrue();
        parsed.Should().Be(PublishedNumber.Range(5, 5, "5-5"));
        (parsed.Minimum, parsed.Maximum).Should().Be((5L, 5L));
        FluentActions.Invoking(() => PublishedNumber.Range(6, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
    }
}
