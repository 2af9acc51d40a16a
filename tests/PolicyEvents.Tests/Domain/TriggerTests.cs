using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class TriggerTests
{
    private static readonly TriggerId Id = new("hk-nsl");
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly PartialDate Effective = PartialDate.Parse("2020-06-30T23:00:00+08:00");

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var trigger = Samples.Trigger();

        trigger.Id.Should().Be(Id);
        trigger.Jurisdiction.Should().Be(Hk);
        trigger.Title.Should().Be("National Security Law");
        trigger.Effective.Should().Be(Effective);
        trigger.Sources.Should().Equal(new SourceId("gov-hk-gazette"));
        trigger.EffectiveClaims.Should().Equal(Samples.DateClaim());
        trigger.ToString().Should().Be("hk-nsl HK \"National Security Law\" 2020-06-30T23:00:00+08:00");
        var bare = new Trigger(Id, Hk, "National Security Law", Effective);
        bare.Sources.Should().BeEmpty();
        bare.EffectiveClaims.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_rejects_what_it_must()
    {
        FluentActions.Invoking(() => new Trigger(default, Hk, "NSL", Effective)).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new Trigger(Id, default, "NSL", Effective)).Should().ThrowExactly<ArgumentException>().WithParameterName("jurisdiction");
        FluentActions.Invoking(() => new Trigger(Id, Hk, "NSL ", Effective)).Should().ThrowExactly<ArgumentException>().WithParameterName("title");
        FluentActions.Invoking(() => new Trigger(Id, Hk, null!, Effective)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("title");
        FluentActions.Invoking(() => new Trigger(Id, Hk, "NSL", Effective, [new SourceId("a"), new SourceId("a")]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new Trigger(Id, Hk, "NSL", Effective, effectiveClaims: [Samples.DateClaim(), null!]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("effectiveClaims");
    }

    [Fact]
    public void Equality_compares_every_property_and_collections_by_content_in_order()
    {
        var t = Samples.Trigger();
        var otherClaim = new DateClaim(PartialDate.Parse("2020-07-01"), [new SourceId("x")]);

        EqualityContract.AssertEquality(t, Samples.Trigger(),
            new Trigger(new TriggerId("cn-nsl"), t.Jurisdiction, t.Title, t.Effective, t.Sources, t.EffectiveClaims),
            new Trigger(t.Id, new JurisdictionCode("CN"), t.Title, t.Effective, t.Sources, t.EffectiveClaims),
            new Trigger(t.Id, t.Jurisdiction, "NSL", t.Effective, t.Sources, t.EffectiveClaims),
            new Trigger(t.Id, t.Jurisdiction, t.Title, PartialDate.Parse("2020-06-30"), t.Sources, t.EffectiveClaims),
            new Trigger(t.Id, t.Jurisdiction, t.Title, t.Effective, [], t.EffectiveClaims),
            new Trigger(t.Id, t.Jurisdiction, t.Title, t.Effective, t.Sources, []),
            new Trigger(t.Id, t.Jurisdiction, t.Title, t.Effective, t.Sources, [Samples.DateClaim(), otherClaim]));
        EqualityContract.AssertEquality(
            new Trigger(Id, Hk, "NSL", Effective, effectiveClaims: [Samples.DateClaim(), otherClaim]),
            new Trigger(Id, Hk, "NSL", Effective, effectiveClaims: new List<DateClaim> { Samples.DateClaim(), otherClaim }),
            new Trigger(Id, Hk, "NSL", Effective, effectiveClaims: [otherClaim, Samples.DateClaim()]));
    }
}
