using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>Which requests a <see cref="RequestPolicy"/> covers: what kind, from whom, from which jurisdiction's authorities,
/// about whose data, for which products.</summary>
/// <remarks>
/// <para>Every dimension is optional and open ("any") when absent: <see cref="Kinds"/> and <see cref="Requesters"/> are flag
/// sets where <c>None</c> means "not specified by the sources", so any; <see cref="SubjectJurisdictions"/> and
/// <see cref="Products"/> empty mean any. <see cref="Origin"/> says whether the requests come from the event's
/// jurisdiction (the default) or from anywhere. <see cref="Unspecified"/> covers every request from the event's
/// jurisdiction, as every policy did before scopes were queried.</para>
/// <para>A scope covers a request when every dimension covers it (see <see cref="PolicyEvent.Covers"/>); in
/// <see cref="Kinds"/>, <see cref="RequestKinds.UserData"/> also covers its finer kinds.</para>
/// <para>Equality compares every property, lists in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestScope : IEquatable<RequestScope>
{
    private const RequestKinds UserDataFamily = RequestKinds.UserData | RequestKinds.Content | RequestKinds.NonContent
        | RequestKinds.Preservation | RequestKinds.EmergencyDisclosure;

    /// <summary>The kinds a request may be of and still be covered (the open set for <see cref="RequestKinds.None"/>).</summary>
    private readonly RequestKinds _coveredKinds;

    /// <summary>A scope that specifies nothing: kinds and requesters unspecified, all products, any subject, requests from the
    /// event's jurisdiction.</summary>
    public static RequestScope Unspecified { get; } = new(RequestKinds.None, Requesters.None);

    /// <summary>Creates a scope.</summary>
    /// <param name="kinds">The kinds of request covered.</param>
    /// <param name="requesters">The requesters covered.</param>
    /// <param name="products">The products covered; null or empty for all. Each name trimmed, non-empty, not repeated.</param>
    /// <exception cref="ArgumentOutOfRangeException">A flag set holds an undefined bit.</exception>
    /// <exception cref="ArgumentException">A product name is empty or repeated.</exception>
    public RequestScope(RequestKinds kinds, Requesters requesters, IEnumerable<string>? products = null)
        : this(kinds, requesters, Guard.Texts(products, nameof(products)), [], RequestOrigin.EventJurisdiction)
    {
    }

    private RequestScope(RequestKinds kinds, Requesters requesters, ImmutableArray<string> products, ImmutableArray<JurisdictionCode> subjects, RequestOrigin origin)
    {
        if ((kinds & ~RequestKinds.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(kinds), kinds, "Undefined RequestKinds flag.");
        }
        if ((requesters & ~Requesters.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requesters), requesters, "Undefined Requesters flag.");
        }
        Kinds = kinds;
        Requesters = requesters;
        Products = products;
        if (Products.Length > 1 && Products.Distinct(StringComparer.Ordinal).Count() != Products.Length)
        {
            throw new ArgumentException("A product is named more than once.", nameof(products));
        }
        SubjectJurisdictions = subjects;
        Origin = origin;
        _coveredKinds = kinds == RequestKinds.None ? RequestKinds.All
            : (kinds & RequestKinds.UserData) != 0 ? kinds | UserDataFamily : kinds;
        CoverMask = (int)_coveredKinds | ((int)(requesters == Requesters.None ? Requesters.All : requesters) << RequesterShift)
            | (SubjectJurisdictions.IsEmpty && Products.IsEmpty ? 0 : NeedsDetail);
    }

    /// <summary>Where <see cref="CoverMask"/> keeps the requesters.</summary>
    internal const int RequesterShift = 6;

    /// <summary>The bit of <see cref="CoverMask"/> set when subjects or products restrict the scope.</summary>
    internal const int NeedsDetail = 1 << 9;

    /// <summary>The kinds and requesters covered, packed for the query layer: covered kinds in bits 0 to 5, covered requesters
    /// from <see cref="RequesterShift"/>, and <see cref="NeedsDetail"/>. A request's <see cref="GovernmentRequest.CoverBits"/>
    /// are all set in it when the scope covers its kind and requester.</summary>
    internal int CoverMask { get; }

    /// <summary>The kinds of request covered; <see cref="RequestKinds.None"/> when the sources do not say (any).</summary>
    public RequestKinds Kinds { get; }

    /// <summary>The requesters covered; <see cref="Requesters.None"/> when the sources do not say (any).</summary>
    public Requesters Requesters { get; }

    /// <summary>The products covered; empty for all.</summary>
    public ImmutableArray<string> Products { get; }

    /// <summary>Whose data the covered requests are about: the jurisdictions of the users concerned ("related to Hong Kong
    /// users"); empty for any.</summary>
    public ImmutableArray<JurisdictionCode> SubjectJurisdictions { get; }

    /// <summary>Whether the covered requests come from the event's jurisdiction or from any.</summary>
    public RequestOrigin Origin { get; }

    /// <summary>Returns a copy about the data of these jurisdictions' users.</summary>
    /// <param name="subjects">The subjects' jurisdictions, without repeats; null or empty for any.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A jurisdiction is the default value or repeated.</exception>
    public RequestScope WithSubjectJurisdictions(IEnumerable<JurisdictionCode>? subjects) =>
        new(Kinds, Requesters, Products, Guard.DistinctIds(subjects, nameof(subjects)), Origin);

    /// <summary>Returns a copy with another origin.</summary>
    /// <param name="origin">The new origin.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="origin"/> is not defined.</exception>
    public RequestScope WithOrigin(RequestOrigin origin) =>
        new(Kinds, Requesters, Products, SubjectJurisdictions, Guard.Defined(origin, nameof(origin)));

    /// <summary>True when every dimension but the origin is open: the scope covers every request its origin admits.</summary>
    internal bool IsOpen => _coveredKinds == RequestKinds.All && (Requesters == Requesters.None || Requesters == Requesters.All)
        && SubjectJurisdictions.IsEmpty && Products.IsEmpty;

    /// <summary>Whether the scope covers a request from a jurisdiction its origin admits (the origin is not checked).</summary>
    internal bool CoversRequest(RequestKinds kind, Requesters requester, JurisdictionCode? subject, string? product)
    {
        if ((_coveredKinds & kind) == 0 || (Requesters != Requesters.None && (Requesters & requester) == 0))
        {
            return false;
        }
        if (!SubjectJurisdictions.IsEmpty && (subject is not { } s || !SubjectJurisdictions.AsSpan().Contains(s)))
        {
            return false;
        }
        if (!Products.IsEmpty && (product is null || !Products.Contains(product, StringComparer.Ordinal)))
        {
            return false;
        }
        return true;
    }

    /// <summary>Whether some request is covered by both scopes, each read for its event's jurisdiction.</summary>
    internal static bool Overlap(RequestScope a, JurisdictionCode aJurisdiction, RequestScope b, JurisdictionCode bJurisdiction)
    {
        if (a.Origin == RequestOrigin.EventJurisdiction && b.Origin == RequestOrigin.EventJurisdiction && aJurisdiction != bJurisdiction)
        {
            return false;
        }
        if ((a._coveredKinds & b._coveredKinds) == 0)
        {
            return false;
        }
        if (a.Requesters != Requesters.None && b.Requesters != Requesters.None && (a.Requesters & b.Requesters) == 0)
        {
            return false;
        }
        if (!a.SubjectJurisdictions.IsEmpty && !b.SubjectJurisdictions.IsEmpty
            && !ShareAny(a.SubjectJurisdictions, b.SubjectJurisdictions, EqualityComparer<JurisdictionCode>.Default))
        {
            return false;
        }
        return a.Products.IsEmpty || b.Products.IsEmpty || ShareAny(a.Products, b.Products, StringComparer.Ordinal);
    }

    // A loop rather than LINQ: validation asks Overlap of every pair of events it compares, and a lambda that captures a
    // parameter costs an object on every call, even one that returns before the lambda.
    private static bool ShareAny<T>(ImmutableArray<T> a, ImmutableArray<T> b, IEqualityComparer<T> comparer)
    {
        foreach (var value in a)
        {
            if (b.Contains(value, comparer))
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc />
    public bool Equals(RequestScope? other) =>
        other is not null && Kinds == other.Kinds && Requesters == other.Requesters && Origin == other.Origin
        && Equality.Sequence(Products, other.Products) && Equality.Sequence(SubjectJurisdictions, other.SubjectJurisdictions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestScope);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kinds);
        hash.Add(Requesters);
        hash.Add(Origin);
        Equality.AddSequence(ref hash, Products);
        Equality.AddSequence(ref hash, SubjectJurisdictions);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>UserData from Government, LawEnforcement (all products)</c>, followed by
    /// <c> about HK users</c> and <c> from any jurisdiction</c> when the scope says so.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{(Kinds == RequestKinds.None ? "unspecified kinds" : Kinds.ToString())} from {(Requesters == Requesters.None ? "unspecified requesters" : Requesters.ToString())} ({(Products.IsEmpty ? "all products" : string.Join(", ", Products))})"
        + (SubjectJurisdictions.IsEmpty ? "" : $" about {string.Join(", ", SubjectJurisdictions)} users")
        + (Origin == RequestOrigin.AnyJurisdiction ? " from any jurisdiction" : "");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(RequestScope? left, RequestScope? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RequestScope? left, RequestScope? right) => !Equals(left, right);
}
