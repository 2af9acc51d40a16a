using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// The answer to "which policy was in force for this company and jurisdiction at this instant?": either a policy, with
/// the event, statements and sources behind it, or the explicit answer <see cref="PolicyStatus.NoRecordedPolicy"/>.
/// </summary>
/// <remarks>
/// <para>Returned by <see cref="PolicyHistory.PolicyAt(CompanyId, JurisdictionCode, Instant, DateReading)"/> without
/// allocating; <see cref="Statements"/>, <see cref="Sources"/> and <see cref="Window"/> are resolved when read.</para>
/// <para>Equality compares the question (company, jurisdiction, instant, reading) and the answer (the event in force and the
/// next one, compared as events). The default value answers nothing: default company and jurisdiction, the Unix epoch,
/// <see cref="PolicyStatus.NoRecordedPolicy"/>. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct PolicyAnswer : IEquatable<PolicyAnswer>
{
    private readonly PolicyHistory? _history;
    private readonly int _eventPlusOne;
    private readonly int _nextPlusOne;

    internal PolicyAnswer(PolicyHistory history, CompanyId company, JurisdictionCode jurisdiction, Instant at, DateReading reading, int @event, int next)
    {
        _history = history;
        Company = company;
        Jurisdiction = jurisdiction;
        At = at;
        Reading = reading;
        _eventPlusOne = @event + 1;
        _nextPlusOne = next + 1;
    }

    /// <summary>The company the answer comes from.</summary>
    public CompanyId Company { get; }

    /// <summary>The jurisdiction asked about.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>The instant asked about.</summary>
    public Instant At { get; }

    /// <summary>How imprecise dates were read.</summary>
    public DateReading Reading { get; }

    /// <summary>Whether a policy is in force.</summary>
    public PolicyStatus Status => _eventPlusOne > 0 ? PolicyStatus.InForce : PolicyStatus.NoRecordedPolicy;

    /// <summary>True when a policy is in force (<see cref="Status"/> is <see cref="PolicyStatus.InForce"/>).</summary>
    public bool HasPolicy => _eventPlusOne > 0;

    /// <summary>The event whose policy is in force.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy (<see cref="HasPolicy"/> is false).</exception>
    public PolicyEvent Event => HasPolicy ? _history!.EventAt(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The event in force, or null when there is no recorded policy.</summary>
    public PolicyEvent? EventOrNull => HasPolicy ? _history!.EventAt(_eventPlusOne - 1) : null;

    /// <summary>The policy in force.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public RequestPolicy Policy => HasPolicy ? _history!.PolicyOfEvent(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>Which of the event's dates gave its effective time.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public EffectiveBasis Basis => HasPolicy ? _history!.BasisOfEvent(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The uncertainty window: the span of instants the event's effective date covers in the jurisdiction's zone
    /// (one nanosecond for an instant-precision date).</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public Interval Window => HasPolicy ? _history!.WindowOf(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The instant the policy took effect under <see cref="Reading"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public Instant Since => HasPolicy ? _history!.EffectiveOf(_eventPlusOne - 1, Reading) : throw NoPolicy();

    /// <summary>When the next recorded event for the company and jurisdiction takes effect (for no recorded policy: the
    /// first), or null when none does.</summary>
    public Instant? Until => _nextPlusOne > 0 ? _history!.EffectiveOf(_nextPlusOne - 1, Reading) : null;

    /// <summary>The statements behind the event (empty when there is no recorded policy).</summary>
    public ImmutableArray<Statement> Statements => HasPolicy ? _history!.EvidenceOf(Event).Statements : [];

    /// <summary>The sources behind the event: its own, then its statements' (empty when there is no recorded policy).</summary>
    public ImmutableArray<Source> Sources => HasPolicy ? _history!.EvidenceOf(Event).Sources : [];

    private InvalidOperationException NoPolicy() =>
        new($"No recorded policy for {Company} in {Jurisdiction} at {At}: check HasPolicy first.");

    private PolicyEvent? NextOrNull => _nextPlusOne > 0 ? _history!.EventAt(_nextPlusOne - 1) : null;

    /// <inheritdoc />
    public bool Equals(PolicyAnswer other) =>
        Company == other.Company && Jurisdiction == other.Jurisdiction && At == other.At && Reading == other.Reading
        && EventOrNull == other.EventOrNull && NextOrNull == other.NextOrNull;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PolicyAnswer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Company, Jurisdiction, At, Reading, EventOrNull?.Id, NextOrNull?.Id);

    /// <summary>Returns e.g. <c>google HK at 2020-07-09T00:00:00Z: Paused (google-hk-2020-07-pause, since 2020-06-30T15:00:00Z)</c>
    /// or <c>zoom HK at 2020-01-01T00:00:00Z: no recorded policy</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        HasPolicy
            ? $"{Company} {Jurisdiction} at {At}: {Policy.Stance} ({Event.Id}, since {Since})"
            : $"{Company} {Jurisdiction} at {At}: no recorded policy";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PolicyAnswer left, PolicyAnswer right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PolicyAnswer left, PolicyAnswer right) => !left.Equals(right);
}
