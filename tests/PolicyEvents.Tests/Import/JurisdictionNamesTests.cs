using PolicyEvents.Domain;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

public class JurisdictionNamesTests
{
    [Theory]
    [InlineData("Hong Kong", "HK")]
    [InlineData("hong  kong", "HK")]
    [InlineData(" Macao ", "MO")]
    [InlineData("Macau", "MO")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Côte d\u2019Ivoire", "CI")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("St. Lucia", "LC")]
    [InlineData("Saint Martin", "MF")]
    [InlineData("Sint Maarten", "SX")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Taiwan", "TW")]
    [InlineData("Bonaire, Sint Eustatius and Saba", "BQ")]
    public void Names_map_through_the_table_or_the_registry(string name, string code)
    {
        JurisdictionNames.TryResolve(name, null, out var resolved).Should().BeTrue();

        resolved.Should().Be(new JurisdictionCode(code));
    }

    [Theory]
    [InlineData("Netherlands Antilles")]
    [InlineData("United Nations")]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_map_to_nothing(string? name)
    {
        JurisdictionNames.TryResolve(name, null, out var code).Should().BeFalse();

        code.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Every_alias_points_to_a_code_of_the_default_registry_whose_name_differs()
    {
        JurisdictionNames.Aliases.Should().HaveCount(46);
        foreach (var (alias, code) in JurisdictionNames.Aliases)
        {
            var jurisdiction = JurisdictionRegistry.Default.Get(code);
            jurisdiction.Name.Should().NotBeEquivalentTo(alias, "an alias only covers a name the registry does not have");
        }
    }

    [Fact]
    public void Every_alias_resolves_to_its_code_in_any_case_and_spacing()
    {
        foreach (var (alias, code) in JurisdictionNames.Aliases)
        {
            JurisdictionNames.TryResolve(alias, null, out var resolved).Should().BeTrue(alias);
            resolved.Should().Be(code, alias);
            JurisdictionNames.TryResolve("  " + alias.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal), JurisdictionRegistry.Iso3166, out resolved)
                .Should().BeTrue(alias);
            resolved.Should().Be(code, alias);
        }
    }

    [Fact]
    public void A_registry_without_the_code_does_not_resolve_the_alias()
    {
        JurisdictionNames.TryResolve("Kosovo", JurisdictionRegistry.Iso3166, out _).Should().BeFalse("XK is not an ISO 3166-1 code");
        var custom = JurisdictionRegistry.Iso3166.With([new Jurisdiction(new JurisdictionCode("XK"), "Republic of Kosovo", JurisdictionKind.PartiallyRecognizedState, "Europe/Belgrade")]);
        JurisdictionNames.TryResolve("Republic of Kosovo", custom, out var code).Should().BeTrue();
        code.Should().Be(new JurisdictionCode("XK"));
    }
}
