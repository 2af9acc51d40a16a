using NodaTime;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>A publication that reports facts: a news article, a company blog post, a transparency report.</summary>
/// <remarks>
/// <para><see cref="Url"/>, when present, is an absolute http or https address. A source without a publisher or title is
/// allowed here, but reported when a dataset is validated. <see cref="Agency"/> names a wire service (AFP, Reuters) whose
/// copy the publisher ran. <see cref="Retrieved"/> is when the dataset's maintainers read it.</para>
/// <para>Equality compares every property, the URL as written (<see cref="Uri.OriginalString"/>, ordinal): addresses that
/// <see cref="Uri"/> itself holds equal, such as ones that differ in their fragment, in the case of their host or in
/// percent-escapes, are different sources here, as they are written differently in a dataset. Instances are immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="publisher">The publisher ("RTHK"), if known.</param>
    /// <param name="title">The title, if known.</param>
    /// <param name="url">The absolute http/https address, if any.</param>
    /// <param name="published">When it was published, as precisely as known.</param>
    /// <param name="byline">The author(s) as credited, if any.</param>
    /// <param name="agency">The wire agency credited ("AFP"), if any.</param>
    /// <param name="retrieved">When it was retrieved, if recorded.</param>
    /// <exception cref="ArgumentException">An argument is empty, default, or the URL is not absolute http/https.</exception>
    public Source(SourceId id, string? publisher, string? title, Uri? url = null, PartialDate? published = null,
        string? byline = null, string? agency = null, Instant? retrieved = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Publisher = Guard.OptionalTrimmed(publisher, nameof(publisher));
        Title = Guard.OptionalTrimmed(title, nameof(title));
        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https URL.", nameof(url));
        }
        Url = url;
        Published = published;
        Byline = Guard.OptionalTrimmed(byline, nameof(byline));
        Agency = Guard.OptionalTrimmed(agency, nameof(agency));
        Retrieved = retrieved;
    }

    /// <summary>The stable id.</summary>
    public SourceId Id { get; }

    /// <summary>The publisher, or null.</summary>
    public string? Publisher { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The absolute http/https address, or null.</summary>
    public Uri? Url { get; }

    /// <summary>When it was published, or null.</summary>
    public PartialDate? Published { get; }

    /// <summary>The author(s) as credited, or null.</summary>
    public string? Byline { get; }

    /// <summary>The wire agency credited, or null.</summary>
    public string? Agency { get; }

    /// <summary>When the dataset's maintainers retrieved it, or null.</summary>
    public Instant? Retrieved { get; }

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Publisher == other.Publisher && Title == other.Title && SameUrl(Url, other.Url) && Published == other.Published
                && Byline == other.Byline && Agency == other.Agency && Retrieved == other.Retrieved));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Publisher, Title, Url?.OriginalString, Published, Byline, Agency, Retrieved);

    private static bool SameUrl(Uri? left, Uri? right) => string.Equals(left?.OriginalString, right?.OriginalString, StringComparison.Ordinal);

    /// <summary>Returns e.g. <c>rthk-2020-07-08 RTHK, "Microsoft, Zoom Join Pause…", 2020-07-08T11:16:00+08:00</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Id} {Publisher ?? "(no publisher)"}, \"{Title ?? "(no title)"}\"{(Published is { } p ? $", {p}" : "")}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Source? left, Source? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Source? left, Source? right) => !Equals(left, right);
}
