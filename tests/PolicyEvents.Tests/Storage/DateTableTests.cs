using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Storage;

/// <summary>Column stores number their distinct dates (<see cref="DateTable"/>), the usual ones by a packed key
/// (<see cref="PartialDate.TryPack"/>): equal dates, and only they, get one number, whichever way they are found.</summary>
public class DateTableTests
{
    private static readonly string[] Texts =
    [
        "2020", "2021", "2020-07", "2020-08", "2020-07-06", "2020-07-07", "2020-07-06T00:00:00Z", "2020-07-06T00:00:00+08:00",
        "2020-07-05T16:00:00Z", "2020-07-06T23:59:59-05:30", "9999-12-31", "0000", "2020-07-06T10:00:00.5Z",
        "2020~", "2020-07?", "2020-07-0X", "2020-07-06/2020-07-14", "../2020-06-30", "2020-07-06%",
    ];

    [Fact]
    public void Equal_dates_and_only_they_share_a_number()
    {
        var table = new DateTable();
        var dates = Texts.Concat(Texts).Select(PartialDate.Parse).ToArray();

        var numbers = dates.Select(table.NumberOf).ToArray();

        for (var i = 0; i < dates.Length; i++)
        {
            for (var j = 0; j < dates.Length; j++)
            {
                (numbers[i] == numbers[j]).Should().Be(dates[i] == dates[j], "{0} and {1}", dates[i], dates[j]);
            }
        }
        var values = table.ToDates();
        values.Count.Should().Be(Texts.Length);
        dates.Select((d, i) => values[numbers[i]] == d).Should().AllBeEquivalentTo(true, "a number gives back its date");
        dates.Select((d, i) => values.InstantOf(numbers[i]) == d.Instant).Should().AllBeEquivalentTo(true, "a number gives its date's instant");
    }

    [Fact]
    public void Only_single_dates_to_the_second_without_qualifier_or_unspecified_digits_are_packed()
    {
        string[] packed = ["2020", "2020-07", "2020-07-06", "2020-07-06T00:00:00+08:00", "9999-12-31"];
        string[] byValue = ["2020~", "2020-07?", "2020-07-0X", "2020-07-06/2020-07-14", "../2020-06-30", "2020-07-06T10:00:00.5Z"];

        packed.Where(t => !Packs(t)).Should().BeEmpty();
        byValue.Where(Packs).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("2020-07")]
    [InlineData("2020-07-06")]
    [InlineData("0000")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2020-07-06T23:59:59Z")]
    [InlineData("2020-07-06T00:00:00+18:00")]
    [InlineData("2020-07-06T00:00:00-18:00")]
    [InlineData("2020-07-06T10:30:00+05:45")]
    [InlineData("2020-02-29T12:00:00Z")]
    public void A_packed_date_comes_back_equal_in_every_field(string text)
    {
        var date = PartialDate.Parse(text);
        date.TryPack(out var key).Should().BeTrue();

        var unpacked = PartialDate.Unpack(key);

        unpacked.Should().Be(date);
        unpacked.ToString().Should().Be(date.ToString());
        unpacked.Precision.Should().Be(date.Precision);
        unpacked.CompareTo(date).Should().Be(0);
    }

    private static bool Packs(string text) => PartialDate.Parse(text).TryPack(out _);
}
