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
    [InlineData(64)]
    [InlineData(-1)]
    [InlineData(1 | 128)]
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
            Samples.Scope().WithSubjectJurisdictions([new JurisdictionCode("HK")]),
            Samples.Scope().WithOrigin(RequestOrigin.AnyJurisdiction),
            RequestScope.Unspecified);
    }

    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly JurisdictionCode Us = new("US");

    private static PolicyEvent Event(RequestScope scope) =>
        new(new EventId("e"), new CompanyId("c"), Hk, new RequestPolicy(PolicyStance.Paused, scope), null, PolicyEvents.Time.PartialDate.Parse("2020-07-07"), NodaTime.Instant.FromUtc(2021, 1, 1, 0, 0));

    [Fact]
    public void An_unspecified_scope_covers_every_request_from_the_event_jurisdiction_and_none_from_elsewhere()
    {
        var e = Event(RequestScope.Unspecified);
        foreach (var kind in new[] { RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.Preservation, RequestKinds.EmergencyDisclosure, RequestKinds.ContentRemoval })
        {
            e.Covers(new GovernmentRequest(Hk, kind, Requesters.Courts, Us, "Zoom")).Should().BeTrue();
            e.Covers(new GovernmentRequest(Us, kind, Requesters.Courts, Hk)).Should().BeFalse();
        }
    }

    [Fact]
    public void User_data_covers_its_finer_kinds_and_a_finer_kind_covers_only_itself()
    {
        var userData = Event(new RequestScope(RequestKinds.UserData, Requesters.None));
        var content = Event(new RequestScope(RequestKinds.Content, Requesters.None));
        foreach (var kind in new[] { RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.Preservation, RequestKinds.EmergencyDisclosure })
        {
            userData.Covers(new GovernmentRequest(Hk, kind, Requesters.Government)).Should().BeTrue(kind.ToString());
            content.Covers(new GovernmentRequest(Hk, kind, Requesters.Government)).Should().Be(kind == RequestKinds.Content, kind.ToString());
        }
        userData.Covers(new GovernmentRequest(Hk, RequestKinds.ContentRemoval, Requesters.Government)).Should().BeFalse();
    }

    [Fact]
    public void Subjects_products_requesters_and_origin_narrow_what_is_covered()
    {
        var aboutHk = Event(RequestScope.Unspecified.WithSubjectJurisdictions([Hk]).WithOrigin(RequestOrigin.AnyJurisdiction));
        aboutHk.Covers(new GovernmentRequest(Us, RequestKinds.Content, Requesters.Courts, Hk)).Should().BeTrue("from anywhere, about Hong Kong users");
        aboutHk.Covers(new GovernmentRequest(Us, RequestKinds.Content, Requesters.Courts, Us)).Should().BeFalse("about another jurisdiction's users");
        aboutHk.Covers(new GovernmentRequest(Hk, RequestKinds.Content, Requesters.Courts)).Should().BeFalse("a request whose subject is unknown is not known to be about Hong Kong users");

        var police = Event(new RequestScope(RequestKinds.None, Requesters.LawEnforcement, ["Zoom"]));
        police.Covers(new GovernmentRequest(Hk, RequestKinds.Content, Requesters.LawEnforcement, product: "Zoom")).Should().BeTrue();
        police.Covers(new GovernmentRequest(Hk, RequestKinds.Content, Requesters.Courts, product: "Zoom")).Should().BeFalse();
        police.Covers(new GovernmentRequest(Hk, RequestKinds.Content, Requesters.LawEnforcement, product: "zoom")).Should().BeFalse("products compare ordinally");
        police.Covers(new GovernmentRequest(Hk, RequestKinds.Content, Requesters.LawEnforcement)).Should().BeFalse("the product is unknown");
        police.Invoking(p => p.Covers(null!)).Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Fact]
    public void Subjects_and_origin_are_checked()
    {
        FluentActions.Invoking(() => RequestScope.Unspecified.WithSubjectJurisdictions([Hk, Hk])).Should().Throw<ArgumentException>().WithParameterName("subjects");
        FluentActions.Invoking(() => RequestScope.Unspecified.WithSubjectJurisdictions([default])).Should().Throw<ArgumentException>().WithParameterName("subjects");
        FluentActions.Invoking(() => RequestScope.Unspecified.WithOrigin((RequestOrigin)2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("origin");
        RequestScope.Unspecified.WithSubjectJurisdictions(null).Should().Be(RequestScope.Unspecified);
        RequestScope.Unspecified.WithSubjectJurisdictions([Hk]).WithOrigin(RequestOrigin.AnyJurisdiction).ToString()
            .Should().Be("unspecified kinds from unspecified requesters (all products) about HK users from any jurisdiction");
    }

    [Fact]
    public void A_request_is_of_one_kind_and_one_requester()
    {
        FluentActions.Invoking(() => new GovernmentRequest(Hk, RequestKinds.None, Requesters.Courts)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new GovernmentRequest(Hk, RequestKinds.UserData | RequestKinds.Content, Requesters.Courts)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new GovernmentRequest(Hk, (RequestKinds)64, Requesters.Courts)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new GovernmentRequest(Hk, RequestKinds.Content, Requesters.All)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("requester");
        FluentActions.Invoking(() => new GovernmentRequest(Hk, RequestKinds.Content, Requesters.Courts, product: " ")).Should().Throw<ArgumentException>().WithParameterName("product");
        new GovernmentRequest(Hk, RequestKinds.Content, Requesters.LawEnforcement, Hk).ToString().Should().Be("Content from HK LawEnforcement about HK users");
    }

    [Fact]
    public void A_formal_channel_goes_with_the_formal_channel_stance_only()
    {
        var mlat = new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", Us);
        var policy = new RequestPolicy(PolicyStance.FormalChannelOnly, channel: mlat);
        policy.Channel.Should().Be(mlat);
        policy.ToString().Should().EndWith(" through Mlat via United States Department of Justice (US)");
        FluentActions.Invoking(() => new RequestPolicy(PolicyStance.Paused, channel: mlat)).Should().Throw<ArgumentException>().WithParameterName("channel");
        FluentActions.Invoking(() => policy.WithStance(PolicyStance.Paused)).Should().Throw<ArgumentException>().WithParameterName("channel");
        policy.WithChannel(null).WithStance(PolicyStance.Paused).Channel.Should().BeNull();
        policy.Should().NotBe(policy.WithChannel(new FormalChannel(FormalChannelKind.Mlat)));
        FluentActions.Invoking(() => new FormalChannel((FormalChannelKind)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => new FormalChannel(FormalChannelKind.Mlat, " ")).Should().Throw<ArgumentException>().WithParameterName("intermediary");
    }
}
