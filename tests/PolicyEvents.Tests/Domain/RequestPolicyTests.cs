using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class RequestPolicyTests
{
    [Fact]
    public void Constructor_keeps_every_value_and_defaults_the_scope()
    {
        var policy = Samples.Policy();

        policy.Stance.Should().Be(PolicyStance.Paused);
        policy.Scope.Should().Be(Samples.Scope());
        policy.Conditions.Should().Equal("pending further assessment of the National Security Law");
        policy.Exceptions.Should().Equal("emergency requests");
        policy.ToString().Should().Be("Paused: UserData from Government, LawEnforcement (Facebook, WhatsApp)");

        var bare = new RequestPolicy(PolicyStance.Unknown);
        bare.Scope.Should().BeSameAs(RequestScope.Unspecified);
        bare.Conditions.Should().BeEmpty();
        bare.Exceptions.Should().BeEmpty();
    }

    [Theory]
    [InlineData(7)]
    [InlineData(-1)]
    public void Constructor_and_WithStance_reject_an_undefined_stance(int stance)
    {
        FluentActions.Invoking(() => new RequestPolicy((PolicyStance)stance))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("stance");
        FluentActions.Invoking(() => Samples.Policy().WithStance((PolicyStance)stance))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("stance");
    }

    [Fact]
    public void Constructor_rejects_blank_or_padded_texts()
    {
        FluentActions.Invoking(() => new RequestPolicy(PolicyStance.Paused, conditions: [" pending review"]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("conditions");
        FluentActions.Invoking(() => new RequestPolicy(PolicyStance.Paused, exceptions: [""]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("exceptions");
        FluentActions.Invoking(() => new RequestPolicy(PolicyStance.Paused, exceptions: [null!]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("exceptions");
    }

    [Fact]
    public void With_methods_change_one_thing()
    {
        var policy = Samples.Policy();

        policy.WithStance(PolicyStance.Refusing).Stance.Should().Be(PolicyStance.Refusing);
        policy.WithScope(RequestScope.Unspecified).Scope.Should().Be(RequestScope.Unspecified);
        policy.Invoking(p => p.WithScope(null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("scope");
        policy.Stance.Should().Be(PolicyStance.Paused);
        policy.WithStance(PolicyStance.Refusing).Conditions.Should().Equal(policy.Conditions);
    }

    [Fact]
    public void Equality_compares_every_property_and_texts_by_content_in_order()
    {
        var policy = Samples.Policy();

        EqualityContract.AssertEquality(policy, Samples.Policy(),
            policy.WithStance(PolicyStance.Refusing),
            policy.WithScope(RequestScope.Unspecified),
            new RequestPolicy(PolicyStance.Paused, Samples.Scope(), [], ["emergency requests"]),
            new RequestPolicy(PolicyStance.Paused, Samples.Scope(), ["pending further assessment of the National Security Law"]),
            new RequestPolicy(PolicyStance.Paused, Samples.Scope(), ["a", "b"], ["emergency requests"]));
        EqualityContract.AssertEquality(
            new RequestPolicy(PolicyStance.Paused, conditions: ["a", "b"]),
            new RequestPolicy(PolicyStance.Paused, conditions: new List<string> { "a", "b" }),
            new RequestPolicy(PolicyStance.Paused, conditions: ["b", "a"]),
            new RequestPolicy(PolicyStance.Paused, exceptions: ["a", "b"]));
    }
}
