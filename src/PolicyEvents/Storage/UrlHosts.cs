using System.Text;
using PolicyEvents.Internal;

namespace PolicyEvents.Storage;

/// <summary>
/// Numbers the beginnings that web addresses share, their scheme and host through the first <c>/</c> of the path
/// (<c>https://www.bbc.com/</c>), so that a column store keeps each beginning once, and each address as its number and
/// the bytes after it. Not thread-safe.
/// </summary>
internal sealed class UrlHosts
{
    private readonly Dictionary<byte[], int> _numbers = new(Utf8KeyComparer.Instance);
    private readonly List<string> _hosts = [];

    /// <summary>How many bytes of <paramref name="url"/> are its beginning: through the first <c>/</c> after <c>://</c>;
    /// the whole address when no <c>/</c> follows; none when it has no <c>://</c>. The rest starts with an ASCII byte, or
    /// is empty, so both parts are whole UTF-8.</summary>
    internal static int HostLength(ReadOnlySpan<byte> url)
    {
        var scheme = url.IndexOf("://"u8);
        if (scheme < 0)
        {
            return 0;
        }
        var slash = url[(scheme + 3)..].IndexOf((byte)'/');
        return slash < 0 ? url.Length : scheme + 3 + slash + 1;
    }

    /// <summary>The number of a beginning (<see cref="HostLength"/>), given it when first met.</summary>
    internal int NumberOf(ReadOnlySpan<byte> host)
    {
        var lookup = _numbers.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (!lookup.TryGetValue(host, out var number))
        {
            number = _hosts.Count;
            lookup[host] = number;
            _hosts.Add(Encoding.UTF8.GetString(host));
        }
        return number;
    }

    /// <summary>The beginnings, by number.</summary>
    internal string[] ToArray() => [.. _hosts];
}
