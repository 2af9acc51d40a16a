using System.Collections.Immutable;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>A legal development that may cause policy changes, such as Hong Kong's national security law
/// (in force 2020-06-30 23:00 HKT).</summary>
/// <remarks>
/// <para><see cref="Effective"/> is the date the dataset adopts; <see cref="EffectiveClaims"/> keeps what each source says
/// where they differ. Equality compares every property, collections in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Trigger : IEquatable<Trigger>
{
    /// <summary>Creates a trigger.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="jurisdiction">The jurisdiction whose law it is.</param>
    /// <param name="title">A short title, trimmed and non-empty.</param>
    /// <param name="effective">When it took effect, as the dataset adopts it.</param>
    /// <param name="sources">Sources for it, without repeats.</param>
    /// <param name="effectiveClaims">What each source says about when it took effect, where they differ.</param>
    /// <exception cref="ArgumentException">An argument is empty, default or repeated.</exception>
    public Trigger(TriggerId id, JurisdictionCode jurisdiction, string title, PartialDate effective,
        IEnumerable<SourceId>? sources = null, IEnumerable<DateClaim>? effectiveClaims = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Jurisdiction = Guard.NotDefault(jurisdiction, nameof(jurisdiction));
        Title = Guard.Trimmed(title, nameof(title));
        Effective = effective;
        Sources = Guard.DistinctIds(sources, nameof(sources));
        EffectiveClaims = Guard.Items(effectiveClaims, nameof(effectiveClaims));
    }

    /// <summary>The stable id.</summary>
    public TriggerId Id { get; }

    /// <summary>The jurisdiction whose law it is.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>When it took effect, as the dataset adopts it.</summary>
    public PartialDate Effective { get; }

    /// <summary>Sources for the trigger.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>What each source says about when it took effect.</summary>
    public ImmutableArray<DateClaim> EffectiveClaims { get; }

    /// <inheritdoc />
    public bool Equals(Trigger? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Jurisdiction == other.Jurisdiction && Title == other.Title && Effective == other.Effective
                && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(EffectiveClaims, other.EffectiveClaims)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Trigger);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Jurisdiction);
        hash.Add(Title);
        hash.Add(Effective);
        Equality.AddSequence(ref hash, Sources);
        Equality.AddSequence(ref hash, EffectiveClaims);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>hk-nsl-2020 HK "National security law" 2020-06-30T23:00:00+08:00</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Id} {Jurisdiction} \"{Title}\" {Effective}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Trigger? left, Trigger? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Trigger? left, Trigger? right) => !Equals(left, right);
}
