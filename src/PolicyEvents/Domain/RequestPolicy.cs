using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>How a company treats requests from one jurisdiction's authorities: a stance, a scope, and conditions and exceptions in words.</summary>
/// <remarks>
/// <para>Conditions say what the stance depends on ("pending further assessment of the National Security Law");
/// exceptions say what it leaves out ("content removal requests are still reviewed"). Both are kept as the sources word them.</para>
/// <para>Equality compares every property, texts in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestPolicy : IEquatable<RequestPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="stance">The stance.</param>
    /// <param name="scope">Which requests it covers; null for <see cref="RequestScope.Unspecified"/>.</param>
    /// <param name="conditions">Conditions in words, each trimmed and non-empty.</param>
    /// <param name="exceptions">Exceptions in words, each trimmed and non-empty.</param>
    /// <exception cref="ArgumentException">A text is empty or the stance is undefined.</exception>
    public RequestPolicy(PolicyStance stance, RequestScope? scope = null, IEnumerable<string>? conditions = null, IEnumerable<string>? exceptions = null)
    {
        Stance = Guard.Defined(stance, nameof(stance));
        Scope = scope ?? RequestScope.Unspecified;
        Conditions = Guard.Texts(conditions, nameof(conditions));
        Exceptions = Guard.Texts(exceptions, nameof(exceptions));
    }

    /// <summary>The stance.</summary>
    public PolicyStance Stance { get; }

    /// <summary>Which requests the policy covers.</summary>
    public RequestScope Scope { get; }

    /// <summary>Conditions, in words.</summary>
    public ImmutableArray<string> Conditions { get; }

    /// <summary>Exceptions, in words.</summary>
    public ImmutableArray<string> Exceptions { get; }

    /// <summary>Returns a copy with another stance.</summary>
    /// <param name="stance">The new stance.</param>
    /// <returns>The copy.</returns>
    public RequestPolicy WithStance(PolicyStance stance) => new(stance, Scope, Conditions, Exceptions);

    /// <summary>Returns a copy with another scope.</summary>
    /// <param name="scope">The new scope.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null (use <see cref="RequestScope.Unspecified"/>).</exception>
    public RequestPolicy WithScope(RequestScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new(Stance, scope, Conditions, Exceptions);
    }

    /// <inheritdoc />
    public bool Equals(RequestPolicy? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Stance == other.Stance && Scope.Equals(other.Scope) && Equality.Sequence(Conditions, other.Conditions) && Equality.Sequence(Exceptions, other.Exceptions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestPolicy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Stance);
        hash.Add(Scope);
        Equality.AddSequence(ref hash, Conditions);
        Equality.AddSequence(ref hash, Exceptions);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>Paused: UserData from Government (all products)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Stance}: {Scope}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(RequestPolicy? left, RequestPolicy? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RequestPolicy? left, RequestPolicy? right) => !Equals(left, right);
}
