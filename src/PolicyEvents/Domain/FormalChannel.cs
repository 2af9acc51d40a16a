using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>The formal channel a <see cref="PolicyStance.FormalChannelOnly"/> policy requires: its kind and the intermediary
/// that receives the requests, as values rather than words.</summary>
/// <remarks>
/// <para>Google from August 2020: <c>new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", new JurisdictionCode("US"))</c>.</para>
/// <para>Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FormalChannel : IEquatable<FormalChannel>
{
    /// <summary>Creates a channel.</summary>
    /// <param name="kind">The kind of channel.</param>
    /// <param name="intermediary">Who receives and passes on the requests (trimmed, non-empty), if the sources say.</param>
    /// <param name="intermediaryJurisdiction">The intermediary's jurisdiction, if the sources say.</param>
    /// <exception cref="ArgumentException">The kind is undefined, the intermediary is empty, or the jurisdiction is the default value.</exception>
    public FormalChannel(FormalChannelKind kind, string? intermediary = null, JurisdictionCode? intermediaryJurisdiction = null)
    {
        Kind = Guard.Defined(kind, nameof(kind));
        Intermediary = Guard.OptionalTrimmed(intermediary, nameof(intermediary));
        IntermediaryJurisdiction = Guard.NotDefault(intermediaryJurisdiction, nameof(intermediaryJurisdiction));
    }

    /// <summary>The kind of channel.</summary>
    public FormalChannelKind Kind { get; }

    /// <summary>Who receives and passes on the requests ("United States Department of Justice"), or null.</summary>
    public string? Intermediary { get; }

    /// <summary>The intermediary's jurisdiction, or null.</summary>
    public JurisdictionCode? IntermediaryJurisdiction { get; }

    /// <inheritdoc />
    public bool Equals(FormalChannel? other) =>
        other is not null && Kind == other.Kind && Intermediary == other.Intermediary && IntermediaryJurisdiction == other.IntermediaryJurisdiction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FormalChannel);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Intermediary, IntermediaryJurisdiction);

    /// <summary>Returns e.g. <c>Mlat via United States Department of Justice (US)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        Kind + (Intermediary is { } i ? $" via {i}" : "") + (IntermediaryJurisdiction is { } j ? $" ({j})" : "");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FormalChannel? left, FormalChannel? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FormalChannel? left, FormalChannel? right) => !Equals(left, right);
}
