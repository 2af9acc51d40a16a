using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Tests.Domain;

public class JurisdictionRegistryTests
{
    private static readonly JurisdictionRegistry Iso = JurisdictionRegistry.Iso3166;

    [Fact]
    public void Iso3166_holds_the_249_assigned_codes_unique_and_sorted()
    {
        Iso.Count.Should().Be(249);
        Iso.All.Should().HaveCount(249);
        var codes = Iso.All.Select(j => j.Code.Value).ToList();
        codes.Should().OnlyHaveUniqueItems();
        codes.Should().BeInAscendingOrder(StringComparer.Ordinal);
        codes.Should().OnlyContain(c => c.Length == 2 && c.All(char.IsAsciiLetterUpper));
        codes.Should().Contain(["AD", "CN", "GB", "HK", "MO", "TW", "US", "ZW"]);
    }

    [Fact]
    public void Every_entry_resolves_a_time_zone_and_is_found_by_its_code()
    {
        foreach (var jurisdiction in Iso.All)
        {
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(jurisdiction.TimeZoneId).Should().NotBeNull("{0} needs a TZDB zone", jurisdiction.Code);
            jurisdiction.TimeZone.Should().NotBeNull();
            Iso.Get(jurisdiction.Code).Should().BeSameAs(jurisdiction);
            Iso.Get(jurisdiction.Code.Value).Should().BeSameAs(jurisdiction);
            Iso.Contains(jurisdiction.Code).Should().BeTrue();
            jurisdiction.Name.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Every_parent_is_in_the_registry_and_is_a_sovereign_state()
    {
        var withParent = Iso.All.Where(j => j.Parent is not null).ToList();

        withParent.Should().NotBeEmpty();
        foreach (var jurisdiction in withParent)
        {
            Iso.TryGet(jurisdiction.Parent!.Value, out var parent).Should().BeTrue("the parent {0} of {1} must exist", jurisdiction.Parent, jurisdiction.Code);
            parent!.Kind.Should().Be(JurisdictionKind.SovereignState, "{0} is the parent of {1}", parent.Code, jurisdiction.Code);
            parent.Parent.Should().BeNull("parents form no chain in the ISO table");
        }
        Iso.All.Where(j => j.Kind == JurisdictionKind.DependentTerritory).Should().OnlyContain(j => j.Parent != null);
        Iso.All.Where(j => j.Kind == JurisdictionKind.SovereignState).Should().OnlyContain(j => j.Parent == null);
    }

    [Theory]
    [InlineData("HK", "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "CN", "Asia/Hong_Kong")]
    [InlineData("MO", "Macao", JurisdictionKind.SpecialAdministrativeRegion, "CN", "Asia/Macau")]
    [InlineData("TW", "Taiwan, Province of China", JurisdictionKind.PartiallyRecognizedState, null, "Asia/Taipei")]
    [InlineData("CN", "China", JurisdictionKind.SovereignState, null, "Asia/Shanghai")]
    [InlineData("AQ", "Antarctica", JurisdictionKind.Other, null, "Antarctica/McMurdo")]
    public void Entries_that_matter_to_the_dataset_are_right(string code, string name, JurisdictionKind kind, string? parent, string zone)
    {
        var jurisdiction = Iso.Get(code);

        jurisdiction.Name.Should().Be(name);
        jurisdiction.Kind.Should().Be(kind);
        jurisdiction.Parent.Should().Be(parent is null ? null : new JurisdictionCode(parent));
        jurisdiction.TimeZoneId.Should().Be(zone);
    }

    [Fact]
    public void Kosovo_is_in_Default_but_not_in_Iso3166()
    {
        var xk = new JurisdictionCode("XK");

        Iso.Contains(xk).Should().BeFalse();
        Iso.TryGet(xk, out var missing).Should().BeFalse();
        missing.Should().BeNull();

        var registry = JurisdictionRegistry.Default;
        registry.Count.Should().Be(250);
        registry.All.Should().HaveCount(250);
        registry.All.Select(j => j.Code.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        var kosovo = registry.Get(xk);
        kosovo.Kind.Should().Be(JurisdictionKind.PartiallyRecognizedState);
        kosovo.Parent.Should().BeNull();
        kosovo.TimeZoneId.Should().Be("Europe/Belgrade");
        registry.All.Where(j => j.Code != xk).Should().Equal(Iso.All);
    }

    [Fact]
    public void Get_names_an_unknown_code()
    {
        FluentActions.Invoking(() => Iso.Get("ZZ")).Should().ThrowExactly<KeyNotFoundException>().WithMessage("*'ZZ'*");
        FluentActions.Invoking(() => Iso.Get(new JurisdictionCode("US-CA"))).Should().ThrowExactly<KeyNotFoundException>().WithMessage("*'US-CA'*");
        FluentActions.Invoking(() => Iso.Get("hk")).Should().ThrowExactly<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void With_adds_and_overrides_without_changing_the_original()
    {
        var renamed = Iso.Get("HK").WithName("Hong Kong SAR");
        var california = new Jurisdiction(new JurisdictionCode("US-CA"), "California", JurisdictionKind.Subdivision, "America/Los_Angeles", new JurisdictionCode("US"));

        var registry = Iso.With([renamed, california]);

        registry.Should().NotBeSameAs(Iso);
        registry.Count.Should().Be(250);
        registry.Get("HK").Should().BeSameAs(renamed);
        registry.Get("US-CA").Should().BeSameAs(california);
        registry.All.Select(j => j.Code.Value).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Iso.Count.Should().Be(249);
        Iso.Get("HK").Name.Should().Be("Hong Kong");
        Iso.Contains(new JurisdictionCode("US-CA")).Should().BeFalse();
        Iso.With([]).All.Should().Equal(Iso.All);
    }

    [Fact]
    public void With_rejects_null_and_repeated_entries()
    {
        var hk = Iso.Get("HK");

        FluentActions.Invoking(() => Iso.With(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("jurisdictions");
        FluentActions.Invoking(() => Iso.With([hk, null!])).Should().ThrowExactly<ArgumentException>().WithParameterName("jurisdictions");
        FluentActions.Invoking(() => Iso.With([hk, hk.WithName("Hong Kong SAR")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("jurisdictions").WithMessage("*'HK'*");
    }

    [Fact]
    public void ToString_gives_the_count()
    {
        JurisdictionRegistry.Default.ToString().Should().Be("JurisdictionRegistry (250 entries)");
    }
}
