using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// A policy period that overlaps a reporting period: the <see cref="PolicyPeriod"/> and the half-open span
/// <c>[Start, End)</c> of the reporting period during which it was in force.
/// </summary>
/// <remarks>Equality compares the policy period and the overlap. Instances are immutable and thread-safe.</remarks>
public sealed class PolicyOverlap : IEquatable<PolicyOverlap>
{
    internal PolicyOverlap(PolicyPeriod period, Interval overlap, bool coversReportingPeriod)
    {
        Period = period;
        Overlap = overlap;
        CoversReportingPeriod = coversReportingPeriod;
    }

    /// <summary>The policy period, whole (it may start before and end after the reporting period).</summary>
    public PolicyPeriod Period { get; }

    /// <summary>The policy in force.</summary>
    public RequestPolicy Policy => Period.Policy;

    /// <summary>The part of the reporting period during which the policy was in force: a half-open interval with both ends.</summary>
    public Interval Overlap { get; }

    /// <summary>How long the policy was in force within the reporting period.</summary>
    public Duration Duration => Overlap.Duration;

    /// <summary>True when the policy was in force during the whole reporting period.</summary>
    public bool CoversReportingPeriod { get; }

    /// <inheritdoc />
    public bool Equals(PolicyOverlap? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Period.Equals(other.Period) && Overlap == other.Overlap && CoversReportingPeriod == other.CoversReportingPeriod));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyOverlap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Overlap);

    /// <summary>Returns e.g. <c>Paused (google-hk-2020-07-06) [2020-06-30T15:00:00Z, 2020-06-30T16:00:00Z)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Policy.Stance} ({Period.Event.Id}) [{Overlap.Start}, {Overlap.End})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(PolicyOverlap? left, PolicyOverlap? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PolicyOverlap? left, PolicyOverlap? right) => !Equals(left, right);
}
