using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class CompanyNameTests
{
    [Fact]
    public void Constructor_keeps_every_value()
    {
        var name = Samples.FormerName();

        name.Name.Should().Be("Facebook, Inc.");
        name.Kind.Should().Be(CompanyNameKind.Former);
        name.From.Should().Be(PartialDate.Parse("2004"));
        name.Until.Should().Be(PartialDate.Parse("2021-10-28"));
        name.ToString().Should().Be("Facebook, Inc. (Former, from 2004, until 2021-10-28)");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" Meta")]
    [InlineData("Meta\n")]
    public void Constructor_rejects_a_blank_or_padded_name(string text)
    {
        FluentActions.Invoking(() => new CompanyName(text, CompanyNameKind.Alias))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Constructor_rejects_an_undefined_kind()
    {
        FluentActions.Invoking(() => new CompanyName("Meta", (CompanyNameKind)2))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void Constructor_rejects_a_start_after_the_end_but_allows_overlapping_precisions()
    {
        FluentActions.Invoking(() => new CompanyName("Meta", CompanyNameKind.Former, PartialDate.Parse("2021-10-29"), PartialDate.Parse("2021-10-28")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("until");

        new CompanyName("Meta", CompanyNameKind.Former, PartialDate.Parse("2021-10-28"), PartialDate.Parse("2021-10-28")).Should().NotBeNull();
        new CompanyName("Meta", CompanyNameKind.Former, PartialDate.Parse("2021-10-30"), PartialDate.Parse("2021-10")).Should().NotBeNull();
        new CompanyName("Meta", CompanyNameKind.Former, PartialDate.Parse("2021"), PartialDate.Parse("2021-01-01")).Should().NotBeNull();
    }

    [Fact]
    public void Equality_compares_every_property()
    {
        EqualityContract.AssertEquality(Samples.FormerName(), Samples.FormerName(),
            new CompanyName("Facebook, Inc", CompanyNameKind.Former, PartialDate.Parse("2004"), PartialDate.Parse("2021-10-28")),
            new CompanyName("Facebook, Inc.", CompanyNameKind.Alias, PartialDate.Parse("2004"), PartialDate.Parse("2021-10-28")),
            new CompanyName("Facebook, Inc.", CompanyNameKind.Former, PartialDate.Parse("2004~"), PartialDate.Parse("2021-10-28")),
            new CompanyName("Facebook, Inc.", CompanyNameKind.Former, null, PartialDate.Parse("2021-10-28")),
            new CompanyName("Facebook, Inc.", CompanyNameKind.Former, PartialDate.Parse("2004"), PartialDate.Parse("2021-10")),
            new CompanyName("Facebook, Inc.", CompanyNameKind.Former, PartialDate.Parse("2004")));
    }
}
