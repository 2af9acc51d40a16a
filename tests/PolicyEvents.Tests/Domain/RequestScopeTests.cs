using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class RequestScopeTests
{
    [Fact]
    public void Constructor_keeps_every_value()
    {
        var scope = Samples.Scope();

        scope.Kinds.Should().Be(RequestKinds.UserData);
        scope.Requesters.Should().Be(Requesters.Government | Requesters.LawEnforcement);
        scope.Products.Should().Equal("Facebook", "WhatsApp");
        scope.ToString().Should().Be("UserData from Government, LawEnforcement (Facebook, WhatsApp)");
        RequestScope.Unspecified.ToString().Should().Be("unspecified kinds from unspecified requesters (all products)");
        new RequestScope(RequestKinds.All, Requesters.All).Products.IsDefault.Should().BeFalse();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(-1)]
    [InlineData(1 | 32)]
    public void Constructor_rejects_undefined_kind_bits(int bits)
    {
        FluentActions.Invoking(() => new RequestScope((RequestKinds)bits, Requesters.None))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kinds");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(1 | 64)]
    [InlineData(int.MinValue)]
    public void Constructor_rejects_undefined_requester_bits(int bits)
    {
        FluentActions.Invoking(() => new RequestScope(RequestKinds.None, (Requesters)bits))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("requesters");
    }

    [Fact]
    public void Constructor_rejects_blank_padded_null_and_repeated_products()
    {
        foreach (var products in new[] { [""], [" "], [" Facebook"], ["Facebook "], ["Facebook", "Facebook"], new[] { "WhatsApp", null! } })
        {
            FluentActions.Invoking(() => new RequestScope(RequestKinds.UserData, Requesters.All, products))
                .Should().ThrowExactly<ArgumentException>().WithParameterName("products");
        }
        new RequestScope(RequestKinds.UserData, Requesters.All, ["Facebook", "facebook"]).Products.Should().HaveCount(2, "product names compare ordinally");
    }

    [Fact]
    public void Equality_compares_every_property_and_products_by_content_in_order()
    {
        EqualityContract.AssertEquality(Samples.Scope(), new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement, new List<string> { "Facebook", "WhatsApp" }),
            new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement, ["WhatsApp", "Facebook"]),
            new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement, ["Facebook"]),
            new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement),
            new RequestScope(RequestKinds.UserData | RequestKinds.ContentRemoval, Requesters.Government | Requesters.LawEnforcement, ["Facebook", "WhatsApp"]),
            new RequestScope(RequestKinds.UserData, Requesters.Government, ["Facebook", "WhatsApp"]),
            RequestScope.Unspecified);
    }
}
