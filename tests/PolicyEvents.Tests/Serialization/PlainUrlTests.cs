using System.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// <see cref="PlainValues.IsPlainHttpUrl"/> lets a source's address into columns without making its <see cref="Uri"/>:
/// every address it accepts must be one <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> reads as an absolute http or
/// https URL, which the full reader requires, and which the column store makes again, as written, when it hands the
/// source out.
/// </summary>
public class PlainUrlTests
{
    [Theory]
    [InlineData("https://example.org")]
    [InlineData("http://example.org/")]
    [InlineData("https://www.theverge.com/2020/7/6/21314929/facebook-whatsapp-hong-kong-data-requests")]
    [InlineData("https://Example.ORG:8443/a%20b/c;d=e,f?q=1&r=(2)#top")]
    [InlineData("https://a.b-c.example/~user/!$'*+=:@/?x=/y?#frag/?")]
    [InlineData("http://localhost:0/")]
    [InlineData("http://x1.y2.z3:65535")]
    public void These_addresses_are_plain(string url)
    {
        PlainValues.IsPlainHttpUrl(Encoding.UTF8.GetBytes(url)).Should().BeTrue();
        AcceptedByUri(url).Should().BeTrue();
    }

    [Theory]
    [InlineData("HTTPS://example.org/")]
    [InlineData("ftp://example.org/")]
    [InlineData("https:/example.org/")]
    [InlineData("https://")]
    [InlineData("https://192.0.2.7/")]
    [InlineData("https://2130706433/")]
    [InlineData("https://[2001:db8::1]/")]
    [InlineData("https://user@example.org/")]
    [InlineData("https://example..org/")]
    [InlineData("https://-example.org/")]
    [InlineData("https://example-.org/")]
    [InlineData("https://example.org.")]
    [InlineData("https://example.org:65536/")]
    [InlineData("https://example.org:/")]
    [InlineData("https://example.org:123456/")]
    [InlineData("https://example.org/a b")]
    [InlineData("https://example.org/%zz")]
    [InlineData("https://example.org/%2")]
    [InlineData("https://example.org/a#b#c")]
    [InlineData("https://example.org/香港")]
    [InlineData("https://exämple.org/")]
    [InlineData("https://example.org/a\\b")]
    [InlineData("https://example.org/<a>")]
    [InlineData("https://example.org/[a]")]
    public void These_are_left_to_Uri(string url) => PlainValues.IsPlainHttpUrl(Encoding.UTF8.GetBytes(url)).Should().BeFalse();

    [Fact]
    public void Every_address_of_a_random_sample_that_is_plain_is_an_absolute_http_URL_to_Uri()
    {
        var random = new Random(20200706);
        string[] schemes = ["http://", "https://", "HTTP://", "ftp://", "https:/", ""];
        const string HostBytes = "abcxyzABZ0189-.";
        const string PathBytes = "abzAZ09-._~!$&'()*+,;=:@/?#%";
        const string OtherBytes = " []\\<>\"{}|^`é";
        var plain = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var url = new StringBuilder(schemes[random.Next(schemes.Length)]);
            for (var i = random.Next(0, 14); i > 0; i--)
            {
                url.Append(HostBytes[random.Next(HostBytes.Length)]);
            }
            if (random.Next(4) == 0)
            {
                url.Append(':').Append(random.Next(0, 3) == 0 ? "" : random.Next(0, 70_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            for (var i = random.Next(0, 20); i > 0; i--)
            {
                var c = random.Next(7) == 0 ? OtherBytes[random.Next(OtherBytes.Length)] : PathBytes[random.Next(PathBytes.Length)];
                url.Append(c == '%' && random.Next(2) == 0 ? "%4f" : c);
            }
            var text = url.ToString();
            if (PlainValues.IsPlainHttpUrl(Encoding.UTF8.GetBytes(text)))
            {
                plain++;
                AcceptedByUri(text).Should().BeTrue(text);
                new Uri(text, UriKind.Absolute).OriginalString.Should().Be(text);
            }
        }
        plain.Should().BeGreaterThan(500, "the sample must hold plain addresses for the check to mean anything");
    }

    private static bool AcceptedByUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
