using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>
/// One request a company may receive, described along the dimensions a <see cref="RequestScope"/> covers: which
/// jurisdiction's authorities send it, what it asks for, who asks, whose data it is about, and for which product.
/// </summary>
/// <remarks>
/// <para>A content request from the Hong Kong police about a Hong Kong user's data:
/// <c>new GovernmentRequest(new JurisdictionCode("HK"), RequestKinds.Content, Requesters.LawEnforcement, subject: new JurisdictionCode("HK"))</c>.</para>
/// <para>A dimension left unknown (no subject, no product) is covered only by scopes that are open on it: a request whose
/// subject is not known is not known to be about Hong Kong users.</para>
/// <para>Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class GovernmentRequest : IEquatable<GovernmentRequest>
{
    /// <summary>Creates a request.</summary>
    /// <param name="jurisdiction">The jurisdiction whose authorities send the request.</param>
    /// <param name="kind">What it asks for: exactly one flag.</param>
    /// <param name="requester">Who asks: exactly one flag.</param>
    /// <param name="subject">The jurisdiction of the user whose data it is about, if known.</param>
    /// <param name="product">The product it concerns (trimmed, non-empty), if known.</param>
    /// <exception cref="ArgumentException">The jurisdiction or subject is the default value, or the product is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind or requester is not exactly one defined flag.</exception>
    public GovernmentRequest(JurisdictionCode jurisdiction, RequestKinds kind, Requesters requester, JurisdictionCode? subject = null, string? product = null)
    {
        Jurisdiction = Guard.NotDefault(jurisdiction, nameof(jurisdiction));
        if (!IsOneFlag((int)kind, (int)RequestKinds.All))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A request is of exactly one RequestKinds flag.");
        }
        if (!IsOneFlag((int)requester, (int)Requesters.All))
        {
            throw new ArgumentOutOfRangeException(nameof(requester), requester, "A request has exactly one Requesters flag.");
        }
        Kind = kind;
        Requester = requester;
        Subject = Guard.NotDefault(subject, nameof(subject));
        Product = Guard.OptionalTrimmed(product, nameof(product));
        CoverBits = (int)kind | ((int)requester << RequestScope.RequesterShift);
    }

    /// <summary>The kind and requester packed as in <see cref="RequestScope.CoverMask"/>.</summary>
    internal int CoverBits { get; }

    private static bool IsOneFlag(int value, int all) => value != 0 && (value & (value - 1)) == 0 && (value & ~all) == 0;

    /// <summary>The jurisdiction whose authorities send the request.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>What the request asks for (one flag).</summary>
    public RequestKinds Kind { get; }

    /// <summary>Who asks (one flag).</summary>
    public Requesters Requester { get; }

    /// <summary>The jurisdiction of the user whose data the request is about, or null when not known.</summary>
    public JurisdictionCode? Subject { get; }

    /// <summary>The product the request concerns, or null when not known.</summary>
    public string? Product { get; }

    /// <inheritdoc />
    public bool Equals(GovernmentRequest? other) =>
        other is not null && Jurisdiction == other.Jurisdiction && Kind == other.Kind && Requester == other.Requester
        && Subject == other.Subject && Product == other.Product;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GovernmentRequest);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jurisdiction, Kind, Requester, Subject, Product);

    /// <summary>Returns e.g. <c>Content from HK LawEnforcement about HK users</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Kind} from {Jurisdiction} {Requester}" + (Subject is { } s ? $" about {s} users" : "") + (Product is { } p ? $" ({p})" : "");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(GovernmentRequest? left, GovernmentRequest? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(GovernmentRequest? left, GovernmentRequest? right) => !Equals(left, right);
}
