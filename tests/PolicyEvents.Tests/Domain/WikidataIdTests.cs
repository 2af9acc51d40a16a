using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class WikidataIdTests
{
    [Theory]
    [InlineData("Q1")]
    [InlineData("Q95")]
    [InlineData("Q380")]
    [InlineData("Q10000000001")]
    public void Valid_ids_are_kept_and_link_to_wikidata(string text)
    {
        var id = new WikidataId(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        id.Uri.Should().Be(new Uri($"https://www.wikidata.org/wiki/{text}"));
        WikidataId.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(id);
    }

    [Theory]
    [InlineData("Q0")]
    [InlineData("Q01")]
    [InlineData("X1")]
    [InlineData("q95")]
    [InlineData("Q")]
    [InlineData("")]
    [InlineData("Q9a")]
    [InlineData(" Q95")]
    [InlineData("Q95 ")]
    [InlineData("P31")]
    [InlineData("Q-1")]
    [InlineData("Q123456789012")]
    public void Invalid_ids_are_rejected(string text)
    {
        var act = () => new WikidataId(text);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage($"*'{text}'*");
        WikidataId.TryParse(text, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Null_is_rejected()
    {
        var act = () => new WikidataId(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
        WikidataId.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_is_ordinal()
    {
        EqualityContract.AssertEquality(new WikidataId("Q95"), new WikidataId(string.Concat("Q", "95")),
            new WikidataId("Q9"), new WikidataId("Q950"), default);
    }

    [Fact]
    public void Default_is_empty()
    {
        default(WikidataId).IsDefault.Should().BeTrue();
        default(WikidataId).Value.Should().BeEmpty();
        default(WikidataId).ToString().Should().BeEmpty();
    }
}
