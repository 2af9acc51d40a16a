using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class JurisdictionCodeTests
{
    [Theory]
    [InlineData("HK", false, "HK")]
    [InlineData("XK", false, "XK")]
    [InlineData("US-CA", true, "US")]
    [InlineData("GB-ENG", true, "GB")]
    [InlineData("FR-75", true, "FR")]
    [InlineData("CN-X", true, "CN")]
    public void Valid_codes_are_kept_and_know_their_country(string text, bool isSubdivision, string country)
    {
        var code = new JurisdictionCode(text);

        code.Value.Should().Be(text);
        code.ToString().Should().Be(text);
        code.IsSubdivision.Should().Be(isSubdivision);
        code.Country.Should().Be(new JurisdictionCode(country));
        JurisdictionCode.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(code);
    }

    [Theory]
    [InlineData("hk")]
    [InlineData("H")]
    [InlineData("HKG")]
    [InlineData("US-")]
    [InlineData("US-ABCD")]
    [InlineData("")]
    [InlineData("Hk")]
    [InlineData("US_CA")]
    [InlineData("US-ca")]
    [InlineData(" HK")]
    [InlineData("HK ")]
    [InlineData("12")]
    public void Invalid_codes_are_rejected(string text)
    {
        var act = () => new JurisdictionCode(text);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage($"*'{text}'*");
        JurisdictionCode.TryParse(text, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Null_is_rejected()
    {
        var act = () => new JurisdictionCode(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
        JurisdictionCode.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_and_ordering_are_ordinal()
    {
        EqualityContract.AssertOrdering(new JurisdictionCode("HK"), new JurisdictionCode(new string(['H', 'K'])),
            new JurisdictionCode("MO"), new JurisdictionCode("US"), new JurisdictionCode("US-CA"), new JurisdictionCode("XK"));
    }

    [Fact]
    public void Default_is_empty_and_sorts_first()
    {
        default(JurisdictionCode).IsDefault.Should().BeTrue();
        default(JurisdictionCode).Value.Should().BeEmpty();
        EqualityContract.AssertOrdering(default(JurisdictionCode), default, new JurisdictionCode("AD"));
    }
}
