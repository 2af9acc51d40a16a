using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Tests.TestHelpers;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Domain;

public class SourceTests
{
    private static readonly SourceId Id = new("reuters-2020-07-06");

    [Fact]
    public void Constructor_keeps_every_value()
    {
        var source = Samples.Source();

        source.Id.Should().Be(Id);
        source.Publisher.Should().Be("Reuters");
        source.Title.Should().Be("Facebook, Google, Twitter pause Hong Kong data requests");
        source.Url.Should().Be(new Uri("https://www.reuters.com/article/example"));
        source.Published.Should().Be(PartialDate.Parse("2020-07-06"));
        source.Byline.Should().Be("A Reporter");
        source.Agency.Should().Be("Reuters");
        source.Retrieved.Should().Be(Instant.FromUtc(2026, 10, 1, 8, 30));
        source.ToString().Should().Be("reuters-2020-07-06 Reuters, \"Facebook, Google, Twitter pause Hong Kong data requests\", 2020-07-06");
        new Source(Id, null, null).ToString().Should().Be("reuters-2020-07-06 (no publisher), \"(no title)\"");
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:press@example.com")]
    [InlineData("file:///var/www/a.html")]
    [InlineData("/relative/path")]
    [InlineData("relative/path")]
    public void Constructor_rejects_a_non_http_or_relative_url(string url)
    {
        FluentActions.Invoking(() => new Source(Id, "Reuters", "Title", new Uri(url, UriKind.RelativeOrAbsolute)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("url");
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("https://example.com/a?b=c#d")]
    public void Constructor_accepts_http_and_https(string url)
    {
        new Source(Id, "Reuters", "Title", new Uri(url)).Url.Should().Be(new Uri(url));
    }

    [Fact]
    public void Constructor_rejects_a_default_id_and_padded_texts()
    {
        FluentActions.Invoking(() => new Source(default, "Reuters", "Title")).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => new Source(Id, " Reuters", "Title")).Should().ThrowExactly<ArgumentException>().WithParameterName("publisher");
        FluentActions.Invoking(() => new Source(Id, "Reuters", "")).Should().ThrowExactly<ArgumentException>().WithParameterName("title");
        FluentActions.Invoking(() => new Source(Id, "Reuters", "Title", byline: "A Reporter ")).Should().ThrowExactly<ArgumentException>().WithParameterName("byline");
        FluentActions.Invoking(() => new Source(Id, "Reuters", "Title", agency: " ")).Should().ThrowExactly<ArgumentException>().WithParameterName("agency");
    }

    /// <summary>Addresses that <see cref="Uri"/>'s own equality holds equal (it ignores the fragment, the case of the scheme
    /// and host, and percent-escapes of unreserved characters) but that are written differently in a dataset.</summary>
    public static TheoryData<string, string> UrlsWrittenDifferently => new()
    {
        { "https://example.com/a#one", "https://example.com/a#two" },
        { "https://example.com/a", "https://example.com/a#top" },
        { "https://example.com/a", "https://EXAMPLE.com/a" },
        { "https://example.com/a", "HTTPS://example.com/a" },
        { "https://example.com/%7Euser", "https://example.com/~user" },
        { "https://example.com/a%2fb", "https://example.com/a%2Fb" },
    };

    [Theory]
    [MemberData(nameof(UrlsWrittenDifferently))]
    public void Equality_compares_the_url_as_written(string url, string otherUrl)
    {
        var s = Samples.Source();
        var source = new Source(s.Id, s.Publisher, s.Title, new Uri(url), s.Published, s.Byline, s.Agency, s.Retrieved);
        var other = new Source(s.Id, s.Publisher, s.Title, new Uri(otherUrl), s.Published, s.Byline, s.Agency, s.Retrieved);

        EqualityContract.AssertEquality(source,
            new Source(s.Id, s.Publisher, s.Title, new Uri(new string(url.AsSpan())), s.Published, s.Byline, s.Agency, s.Retrieved),
            other);
        other.Url!.OriginalString.Should().Be(otherUrl, "the address is kept as written");
    }

    [Fact]
    public void Equality_compares_every_property()
    {
        var s = Samples.Source();

        EqualityContract.AssertEquality(s, Samples.Source(),
            new Source(new SourceId("other"), s.Publisher, s.Title, s.Url, s.Published, s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, "AP", s.Title, s.Url, s.Published, s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, "Another title", s.Url, s.Published, s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, new Uri("https://www.reuters.com/article/other"), s.Published, s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, null, s.Published, s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, s.Url, PartialDate.Parse("2020-07"), s.Byline, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, null, s.Agency, s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Byline, "AFP", s.Retrieved),
            new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Byline, s.Agency, s.Retrieved!.Value + Duration.FromSeconds(1)),
            new Source(s.Id, s.Publisher, s.Title, s.Url, s.Published, s.Byline, s.Agency));
    }
}
