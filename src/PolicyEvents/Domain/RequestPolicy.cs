using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>How a company treats the requests a scope covers: a stance, a scope, the formal channel a
/// <see cref="PolicyStance.FormalChannelOnly"/> stance requires, and conditions and exceptions in words.</summary>
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
    /// <param name="channel">The formal channel requests must come through; only with <see cref="PolicyStance.FormalChannelOnly"/>.</param>
    /// <exception cref="ArgumentException">A text is empty, the stance is undefined, or a channel is given with another stance.</exception>
    public RequestPolicy(PolicyStance stance, RequestScope? scope = null, IEnumerable<string>? conditions = null, IEnumerable<string>? exceptions = null,
        FormalChannel? channel = null)
    {
        Stance = Guard.Defined(stance, nameof(stance));
        Scope = scope ?? RequestScope.Unspecified;
        Conditions = Guard.Texts(conditions, nameof(conditions));
        Exceptions = Guard.Texts(exceptions, nameof(exceptions));
        if (channel is not null && stance != PolicyStance.FormalChannelOnly)
        {
            throw new ArgumentException($"A formal channel goes with the stance {PolicyStance.FormalChannelOnly}, not {stance}.", nameof(channel));
        }
        Channel = channel;
    }

    /// <summary>The stance.</summary>
    public PolicyStance Stance { get; }

    /// <summary>Which requests the policy covers.</summary>
    public RequestScope Scope { get; }

    /// <summary>The formal channel requests must come through, or null (always null unless the stance is
    /// <see cref="PolicyStance.FormalChannelOnly"/>; null there too when the sources do not name it).</summary>
    public FormalChannel? Channel { get; }

    /// <summary>Conditions, in words.</summary>
    public ImmutableArray<string> Conditions { get; }

    /// <summary>Exceptions, in words.</summary>
    public ImmutableArray<string> Exceptions { get; }

    /// <summary>Returns a copy with another stance.</summary>
    /// <param name="stance">The new stance.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The policy has a <see cref="Channel"/> and the stance is not <see cref="PolicyStance.FormalChannelOnly"/>.</exception>
    public RequestPolicy WithStance(PolicyStance stance) => new(stance, Scope, Conditions, Exceptions, Channel);

    /// <summary>Returns a copy with another formal channel.</summary>
    /// <param name="channel">The new channel, or null for none.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A channel is given and the stance is not <see cref="PolicyStance.FormalChannelOnly"/>.</exception>
    public RequestPolicy WithChannel(FormalChannel? channel) => new(Stance, Scope, Conditions, Exceptions, channel);

    /// <summary>Returns a copy with another scope.</summary>
    /// <param name="scope">The new scope.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null (use <see cref="RequestScope.Unspecified"/>).</exception>
    public RequestPolicy WithScope(RequestScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new(Stance, scope, Conditions, Exceptions, Channel);
    }

    /// <inheritdoc />
    public bool Equals(RequestPolicy? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Stance == other.Stance && Scope.Equals(other.Scope) && Channel == other.Channel && Equality.Sequence(Conditions, other.Conditions) && Equality.Sequence(Exceptions, other.Exceptions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestPolicy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Stance);
        hash.Add(Scope);
        hash.Add(Channel);
        Equality.AddSequence(ref hash, Conditions);
        Equality.AddSequence(ref hash, Exceptions);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>Paused: UserData from Government (all products)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Stance}: {Scope}" + (Channel is { } c ? $" through {c}" : "");

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
