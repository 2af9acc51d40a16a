using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Tests.Domain;

/// <summary>What the domain types say when they refuse a value, and the edges of their rules: each message names the
/// value and the rule, so that a caller (or a dataset diagnostic built from it) can act on it.</summary>
public class DomainMessagesTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-Hant-HK", true)]
    [InlineData("en-a", true)]
    [InlineData("en-abcdefgh", true)]
    [InlineData("en-abcdefghi", false)]
    [InlineData("en-", false)]
    [InlineData("en--US", false)]
    [InlineData("e", false)]
    [InlineData("engl", false)]
    [InlineData("e1", false)]
    [InlineData("en-U_S", false)]
    public void A_language_tag_has_a_language_of_two_or_three_letters_then_subtags_of_one_to_eight(string text, bool valid)
    {
        LanguageTag.TryParse(text, out _).Should().Be(valid);
    }

    [Theory]
    [InlineData("US-CA", true)]
    [InlineData("GB-ENG", true)]
    [InlineData("FR-75", true)]
    [InlineData("US-", false)]
    [InlineData("US-ABCD", false)]
    [InlineData("USCA", false)]
    [InlineData("US-ca", false)]
    public void A_subdivision_code_is_the_country_code_a_hyphen_and_one_to_three_letters_or_digits(string text, bool valid)
    {
        JurisdictionCode.TryParse(text, out _).Should().Be(valid);
        if (!valid)
        {
            FluentActions.Invoking(() => new JurisdictionCode(text)).Should().Throw<ArgumentException>()
                .WithMessage("*a subdivision code is the country code, '-', and one to three uppercase letters or digits (ISO 3166-2)*");
        }
    }

    [Fact]
    public void The_country_of_a_code_is_itself_or_the_part_before_the_hyphen()
    {
        new JurisdictionCode("HK").Country.Should().Be(new JurisdictionCode("HK"));
        new JurisdictionCode("US-CA").Country.Should().Be(new JurisdictionCode("US"));
    }

    [Fact]
    public void Scopes_refuse_undefined_flags_and_repeated_products_by_name()
    {
        FluentActions.Invoking(() => new RequestScope((RequestKinds)1024, Requesters.None)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("kinds").WithMessage("Undefined RequestKinds flag.*");
        FluentActions.Invoking(() => new RequestScope(RequestKinds.None, (Requesters)1024)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("requesters").WithMessage("Undefined Requesters flag.*");
        FluentActions.Invoking(() => new RequestScope(RequestKinds.UserData, Requesters.None, ["Messenger", "Messenger"])).Should().Throw<ArgumentException>()
            .WithParameterName("products").WithMessage("A product is named more than once.*");
        new RequestScope(RequestKinds.UserData, Requesters.None, ["Messenger"]).Products.Should().Equal("Messenger");
        new RequestScope(RequestKinds.UserData, Requesters.None, ["Messenger", "messenger"]).Products.Should().HaveCount(2, "products are compared ordinally");
    }

    [Fact]
    public void Records_say_which_rule_a_value_breaks()
    {
        FluentActions.Invoking(() => new PolicyEvent(new EventId("e1"), new CompanyId("acme"), new JurisdictionCode("HK"), new RequestPolicy(PolicyStance.Paused),
                null, null, Instant.FromUtc(2026, 1, 1, 0, 0)))
            .Should().Throw<ArgumentException>().WithParameterName("effective").WithMessage("Event 'e1' needs an effective date, an announcement date, or both.*");
        FluentActions.Invoking(() => new Source(new SourceId("s"), "P", "T", new Uri("ftp://example.org/x")))
            .Should().Throw<ArgumentException>().WithParameterName("url").WithMessage("'ftp://example.org/x' is not an absolute http or https URL.*");
        FluentActions.Invoking(() => JurisdictionRegistry.Default.With([null!]))
            .Should().Throw<ArgumentException>().WithParameterName("jurisdictions").WithMessage("The sequence must not contain null.*");
    }
}
