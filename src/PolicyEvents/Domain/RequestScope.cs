using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>Which requests a <see cref="RequestPolicy"/> covers: what kind, from whom, for which products.</summary>
/// <remarks>
/// <para><see cref="Kinds"/> and <see cref="Requesters"/> are flag sets where <c>None</c> means "not specified by the
/// sources" (never "nothing"). <see cref="Products"/> empty means all of the company's products.</para>
/// <para>Equality compares every property, products in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestScope : IEquatable<RequestScope>
{
    /// <summary>A scope that specifies nothing: kinds and requesters unspecified, all products.</summary>
    public static RequestScope Unspecified { get; } = new(RequestKinds.None, Requesters.None);

    /// <summary>Creates a scope.</summary>
    /// <param name="kinds">The kinds of request covered.</param>
    /// <param name="requesters">The requesters covered.</param>
    /// <param name="products">The products covered; null or empty for all. Each name trimmed, non-empty, not repeated.</param>
    /// <exception cref="ArgumentOutOfRangeException">A flag set holds an undefined bit.</exception>
    /// <exception cref="ArgumentException">A product name is empty or repeated.</exception>
    public RequestScope(RequestKinds kinds, Requesters requesters, IEnumerable<string>? products = null)
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
        Products = Guard.Texts(products, nameof(products));
        if (Products.Length > 1 && Products.Distinct(StringComparer.Ordinal).Count() != Products.Length)
        {
            throw new ArgumentException("A product is named more than once.", nameof(products));
        }
    }

    /// <summary>The kinds of request covered; <see cref="RequestKinds.None"/> when the sources do not say.</summary>
    public RequestKinds Kinds { get; }

    /// <summary>The requesters covered; <see cref="Requesters.None"/> when the sources do not say.</summary>
    public Requesters Requesters { get; }

    /// <summary>The products covered; empty for all.</summary>
    public ImmutableArray<string> Products { get; }

    /// <inheritdoc />
    public bool Equals(RequestScope? other) =>
        other is not null && Kinds == other.Kinds && Requesters == other.Requesters && Equality.Sequence(Products, other.Products);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestScope);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kinds);
        hash.Add(Requesters);
        Equality.AddSequence(ref hash, Products);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>UserData from Government, LawEnforcement (all products)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{(Kinds == RequestKinds.None ? "unspecified kinds" : Kinds.ToString())} from {(Requesters == Requesters.None ? "unspecified requesters" : Requesters.ToString())} ({(Products.IsEmpty ? "all products" : string.Join(", ", Products))})";

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
