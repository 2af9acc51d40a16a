using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class DateClaimTests
{
    private static readonly PartialDate Date = PartialDate.Parse("2020-06-30T23:00:00+08:00");

    [Fact]
    public void Constructor_keeps_every_value_and_the_wording_verbatim()
    {
        var claim = Samples.DateClaim();

        claim.Date.Should().Be(Date);
        claim.Sources.Should().Equal(new SourceId("gov-hk-gazette"), new SourceId("reuters-2020-07-06"));
        claim.Wording.Should().Be("at 11pm on 30 June");
        claim.ToString().Should().Be("2020-06-30T23:00:00+08:00 (gov-hk-gazette, reuters-2020-07-06)");
        new DateClaim(Date, [new SourceId("a")], " late on 30 June ").Wording.Should().Be(" late on 30 June ");
        new DateClaim(Date, [new SourceId("a")]).Wording.Should().BeNull();
    }

    [Fact]
    public void Constructor_rejects_what_it_must()
    {
        FluentActions.Invoking(() => new DateClaim(Date, [])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources").WithMessage("*at least one source*");
        FluentActions.Invoking(() => new DateClaim(Date, null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("sources");
        FluentActions.Invoking(() => new DateClaim(Date, [new SourceId("a"), new SourceId("a")])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new DateClaim(Date, [default(SourceId)])).Should().ThrowExactly<ArgumentException>().WithParameterName("sources");
        FluentActions.Invoking(() => new DateClaim(Date, [new SourceId("a")], "  ")).Should().ThrowExactly<ArgumentException>().WithParameterName("wording");
    }

    [Fact]
    public void Equality_compares_every_property_and_sources_by_content_in_order()
    {
        var a = new SourceId("gov-hk-gazette");
        var b = new SourceId("reuters-2020-07-06");

        EqualityContract.AssertEquality(Samples.DateClaim(), new DateClaim(Date, new List<SourceId> { a, b }, "at 11pm on 30 June"),
            new DateClaim(Date, [b, a], "at 11pm on 30 June"),
            new DateClaim(Date, [a], "at 11pm on 30 June"),
            new DateClaim(Date, [a, b]),
            new DateClaim(Date, [a, b], "at 11 pm on 30 June"),
            new DateClaim(PartialDate.Parse("2020-06-30"), [a, b], "at 11pm on 30 June"));
    }
}
