using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class JurisdictionTests
{
    private static readonly JurisdictionCode Hk = new("HK");

    [Fact]
    public void Constructor_keeps_every_value_and_resolves_the_zone()
    {
        var hongKong = Samples.HongKong();

        hongKong.Code.Should().Be(Hk);
        hongKong.Name.Should().Be("Hong Kong");
        hongKong.Kind.Should().Be(JurisdictionKind.SpecialAdministrativeRegion);
        hongKong.Parent.Should().Be(new JurisdictionCode("CN"));
        hongKong.TimeZoneId.Should().Be("Asia/Hong_Kong");
        hongKong.TimeZone.Id.Should().Be("Asia/Hong_Kong");
        hongKong.ToString().Should().Be("HK (Hong Kong, SpecialAdministrativeRegion, Asia/Hong_Kong)");
    }

    [Fact]
    public void Constructor_rejects_what_it_must()
    {
        FluentActions.Invoking(() => new Jurisdiction(default, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong"))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => new Jurisdiction(Hk, " Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong"))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", (JurisdictionKind)7, "Asia/Hong_Kong"))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", (JurisdictionKind)(-1), "Asia/Hong_Kong"))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong Kong"))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("timeZoneId").WithMessage("*'Asia/Hong Kong'*");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("timeZoneId");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", default(JurisdictionCode)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
        FluentActions.Invoking(() => new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", new JurisdictionCode("HK")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("parent").WithMessage("*own parent*");
    }

    [Fact]
    public void With_methods_validate_again()
    {
        var hongKong = Samples.HongKong();

        FluentActions.Invoking(() => hongKong.WithName("")).Should().ThrowExactly<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => hongKong.WithTimeZone("Nowhere/Atlantis")).Should().ThrowExactly<ArgumentException>().WithParameterName("timeZoneId");
        hongKong.WithName("Hong Kong SAR").Name.Should().Be("Hong Kong SAR");
        hongKong.WithTimeZone("Asia/Shanghai").TimeZoneId.Should().Be("Asia/Shanghai");
        hongKong.TimeZoneId.Should().Be("Asia/Hong_Kong");
    }

    [Fact]
    public void Equality_compares_code_name_kind_parent_and_zone()
    {
        var hongKong = Samples.HongKong();

        EqualityContract.AssertEquality(hongKong, Samples.HongKong(),
            hongKong.WithName("Hong Kong SAR"),
            hongKong.WithTimeZone("Asia/Shanghai"),
            new Jurisdiction(new JurisdictionCode("MO"), "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", new JurisdictionCode("CN")),
            new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.DependentTerritory, "Asia/Hong_Kong", new JurisdictionCode("CN")),
            new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", new JurisdictionCode("GB")),
            new Jurisdiction(Hk, "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong"));
    }
}
