using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class CompanyTests
{
    private static readonly CompanyId Facebook = new("facebook");

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var company = Samples.WhatsApp();

        company.Id.Should().Be(new CompanyId("whatsapp"));
        company.Name.Should().Be("WhatsApp");
        company.Names.Should().BeEmpty("null names become an empty array, never a default one");
        company.Names.IsDefault.Should().BeFalse();
        company.Parent.Should().Be(Facebook);
        company.Wikidata.Should().Be(new WikidataId("Q1049511"));
        company.ToString().Should().Be("whatsapp (WhatsApp, parent facebook)");
    }

    [Fact]
    public void Constructor_rejects_a_default_id()
    {
        var act = () => new Company(default, "Meta");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" Meta")]
    [InlineData("Meta ")]
    [InlineData("Meta\t")]
    public void Constructor_rejects_a_blank_or_padded_name(string name)
    {
        var act = () => new Company(Facebook, name);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Constructor_rejects_a_null_name()
    {
        var act = () => new Company(Facebook, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Constructor_rejects_a_default_or_self_parent_and_a_default_wikidata_id()
    {
        FluentActions.Invoking(() => new Company(Facebook, "Meta", parent: default(CompanyId)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
        FluentActions.Invoking(() => new Company(Facebook, "Meta", parent: new CompanyId("facebook")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("parent").WithMessage("*own parent*");
        FluentActions.Invoking(() => new Company(Facebook, "Meta", wikidata: default(WikidataId)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("wikidata");
        FluentActions.Invoking(() => new Company(Facebook, "Meta", names: [Samples.Alias(), null!]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("names");
    }

    [Fact]
    public void With_methods_validate_again_and_leave_the_original_unchanged()
    {
        var company = Samples.Company();

        FluentActions.Invoking(() => company.WithName(" Meta")).Should().ThrowExactly<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => company.WithParent(Facebook)).Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
        FluentActions.Invoking(() => company.WithParent(default(CompanyId))).Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
        FluentActions.Invoking(() => company.WithWikidata(default(WikidataId))).Should().ThrowExactly<ArgumentException>().WithParameterName("wikidata");
        FluentActions.Invoking(() => company.WithNames([null!])).Should().ThrowExactly<ArgumentException>().WithParameterName("names");

        var renamed = company.WithName("Meta");
        renamed.Name.Should().Be("Meta");
        renamed.Id.Should().Be(company.Id);
        renamed.Names.Should().Equal(company.Names);
        company.Name.Should().Be("Meta Platforms");
        company.WithParent(new CompanyId("meta")).Parent.Should().Be(new CompanyId("meta"));
        company.WithWikidata(null).Wikidata.Should().BeNull();
        company.WithNames([]).Names.Should().BeEmpty();
    }

    [Fact]
    public void Equality_compares_every_property_and_names_by_content_in_order()
    {
        var company = Samples.Company();

        EqualityContract.AssertEquality(company, Samples.Company(),
            company.WithName("Meta"),
            company.WithNames([Samples.Alias(), Samples.FormerName()]),
            company.WithNames([Samples.FormerName()]),
            company.WithNames([]),
            company.WithParent(new CompanyId("meta")),
            company.WithWikidata(null),
            company.WithWikidata(new WikidataId("Q381")),
            new Company(new CompanyId("meta"), company.Name, company.Names, company.Parent, company.Wikidata));
    }

    [Fact]
    public void Names_from_different_collections_with_equal_items_are_equal()
    {
        var fromList = new Company(Facebook, "Meta", new List<CompanyName> { Samples.FormerName(), Samples.Alias() });
        var fromArray = new Company(Facebook, "Meta", [Samples.FormerName(), Samples.Alias()]);

        EqualityContract.AssertEquality(fromList, fromArray, fromList.WithNames([Samples.Alias(), Samples.FormerName()]));
    }

    [Theory]
    [InlineData("Meta Platforms", true)]
    [InlineData("META PLATFORMS", true)]
    [InlineData("facebook, inc.", true)]
    [InlineData("Meta", true)]
    [InlineData("Instagram", false)]
    public void IsKnownAs_looks_at_the_name_and_every_other_name_ignoring_case(string name, bool expected)
    {
        Samples.Company().IsKnownAs(name).Should().Be(expected);
    }
}
