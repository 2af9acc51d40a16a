using System.Text;
using PolicyEvents.Storage;

namespace PolicyEvents.Tests.Storage;

/// <summary>Column stores keep an address as the number of its beginning (<see cref="UrlHosts"/>) and the bytes after
/// it: the beginning runs through the first <c>/</c> after <c>://</c>, and equal beginnings share a number.</summary>
public class UrlHostsTests
{
    [Theory]
    [InlineData("https://www.bbc.com/news/world-asia-china-53350839", "https://www.bbc.com/")]
    [InlineData("https://example.org", "https://example.org")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("https://user@example.org:8443/x?y=1", "https://user@example.org:8443/")]
    [InlineData("https://example.org?q=/a", "https://example.org?q=/")]
    [InlineData("https://例え.jp/パス", "https://例え.jp/")]
    [InlineData("file:///srv/report.pdf", "file:///")]
    [InlineData("mailto:press@example.org", "")]
    [InlineData("", "")]
    public void The_beginning_runs_through_the_first_slash_after_the_scheme(string url, string beginning)
    {
        var utf8 = Encoding.UTF8.GetBytes(url);

        var length = UrlHosts.HostLength(utf8);

        Encoding.UTF8.GetString(utf8, 0, length).Should().Be(beginning);
    }

    [Fact]
    public void Equal_beginnings_and_only_they_share_a_number()
    {
        var hosts = new UrlHosts();
        string[] beginnings = ["https://www.bbc.com/", "https://www.reuters.com/", "https://www.bbc.com/", "", "https://例え.jp/", "HTTPS://WWW.BBC.COM/"];

        var numbers = beginnings.Select(b => hosts.NumberOf(Encoding.UTF8.GetBytes(b))).ToArray();

        numbers.Should().Equal(0, 1, 0, 2, 3, 4);
        hosts.ToArray().Should().Equal("https://www.bbc.com/", "https://www.reuters.com/", "", "https://例え.jp/", "HTTPS://WWW.BBC.COM/");
    }
}
