using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Domain;

public class SpeakerTests
{
    private static readonly CompanyId Facebook = new("facebook");

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var speaker = Samples.Speaker();

        speaker.Company.Should().Be(Facebook);
        speaker.Person.Should().Be("Jane Doe");
        speaker.Role.Should().Be("spokesperson");
        speaker.ToString().Should().Be("facebook (Jane Doe, spokesperson)");
        new Speaker(Facebook).ToString().Should().Be("facebook");
        new Speaker(Facebook, role: "spokesperson").ToString().Should().Be("facebook (spokesperson)");
    }

    [Fact]
    public void Constructor_rejects_what_it_must()
    {
        FluentActions.Invoking(() => new Speaker(default)).Should().ThrowExactly<ArgumentException>().WithParameterName("company");
        FluentActions.Invoking(() => new Speaker(Facebook, " Jane")).Should().ThrowExactly<ArgumentException>().WithParameterName("person");
        FluentActions.Invoking(() => new Speaker(Facebook, "")).Should().ThrowExactly<ArgumentException>().WithParameterName("person");
        FluentActions.Invoking(() => new Speaker(Facebook, role: "spokesperson ")).Should().ThrowExactly<ArgumentException>().WithParameterName("role");
        FluentActions.Invoking(() => new Speaker(Facebook, role: "\t")).Should().ThrowExactly<ArgumentException>().WithParameterName("role");
    }

    [Fact]
    public void Equality_compares_every_property()
    {
        EqualityContract.AssertEquality(Samples.Speaker(), Samples.Speaker(),
            new Speaker(new CompanyId("google"), "Jane Doe", "spokesperson"),
            new Speaker(Facebook, "John Doe", "spokesperson"),
            new Speaker(Facebook, "Jane Doe"),
            new Speaker(Facebook, role: "spokesperson"),
            new Speaker(Facebook, "spokesperson", "Jane Doe"),
            new Speaker(Facebook));
    }
}
