using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class LanguageTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("yue")]
    [InlineData("zh-Hant-HK")]
    [InlineData("en-US")]
    [InlineData("de-CH-1996")]
    public void Well_formed_tags_keep_their_case(string text)
    {
        var tag = new LanguageTag(text);

        tag.Value.Should().Be(text);
        tag.ToString().Should().Be(text);
        LanguageTag.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(tag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en-")]
    [InlineData("en--US")]
    [InlineData("en_US")]
    [InlineData(" en")]
    [InlineData("en ")]
    [InlineData("e1")]
    [InlineData("en-abcdefghi")]
    [InlineData("-en")]
    [InlineData("zh-Hänt")]
    public void Malformed_tags_are_rejected(string text)
    {
        var act = () => new LanguageTag(text);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage($"*'{text}'*");
        LanguageTag.TryParse(text, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Null_is_rejected()
    {
        var act = () => new LanguageTag(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
        LanguageTag.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_ignores_case_as_BCP_47_does()
    {
        EqualityContract.AssertEquality(new LanguageTag("zh-Hant-HK"), new LanguageTag("ZH-HANT-hk"),
            new LanguageTag("zh-Hant"), new LanguageTag("zh-Hans-HK"), default);
        new LanguageTag("EN").Value.Should().Be("EN");
        LanguageTag.English.Should().Be(new LanguageTag("en"));
    }

    [Fact]
    public void Default_is_empty()
    {
        default(LanguageTag).IsDefault.Should().BeTrue();
        default(LanguageTag).Value.Should().BeEmpty();
    }
}
