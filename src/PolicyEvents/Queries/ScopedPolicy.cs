using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// One piece of a company's policy map at an instant: an event in force that still decides some of the requests its scope
/// covers, with the later events in force that took over the rest of its scope.
/// </summary>
/// <remarks>
/// <para>Returned by <see cref="PolicyHistory.PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/> and
/// <see cref="PolicyHistory.PoliciesAbout(JurisdictionCode, Instant, DateReading)"/>. The piece is the event's
/// <see cref="Scope"/> less the scopes of <see cref="OverriddenBy"/>.</para>
/// <para>Equality compares the event, the reading and the overriding events. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ScopedPolicy : IEquatable<ScopedPolicy>
{
    private readonly PolicyHistory _history;
    private readonly int _event;
    private PolicyEvent? _eventObject;

    internal ScopedPolicy(PolicyHistory history, int @event, DateReading reading, ImmutableArray<PolicyEvent> overriddenBy)
    {
        _history = history;
        _event = @event;
        Reading = reading;
        OverriddenBy = overriddenBy;
    }

    /// <summary>The company.</summary>
    public CompanyId Company => _history.CompanyOfEvent(_event);

    /// <summary>The event whose policy is in force for the piece (made on first read from a history that keeps its events as
    /// columns, and kept; threads racing here get equal events).</summary>
    public PolicyEvent Event => _eventObject ??= _history.EventAt(_event);

    /// <summary>The policy.</summary>
    public RequestPolicy Policy => _history.PolicyOfEvent(_event);

    /// <summary>The scope the event declared (the piece is this less the scopes of <see cref="OverriddenBy"/>).</summary>
    public RequestScope Scope => _history.PolicyOfEvent(_event).Scope;

    /// <summary>The later events in force that decide part of <see cref="Scope"/> instead, oldest first; empty when none does.</summary>
    public ImmutableArray<PolicyEvent> OverriddenBy { get; }

    /// <summary>How imprecise dates were read.</summary>
    public DateReading Reading { get; }

    /// <summary>The instant the event took effect under <see cref="Reading"/>.</summary>
    public Instant Since => _history.EffectiveOf(_event, Reading);

    /// <summary>Which of the event's dates gave <see cref="Since"/>.</summary>
    public EffectiveBasis Basis => _history.BasisOfEvent(_event);

    /// <summary>The uncertainty window: the span the event's effective date covers in its jurisdiction's zone.</summary>
    public Interval Window => _history.WindowOf(_event);

    /// <summary>The statements behind the event.</summary>
    public ImmutableArray<Statement> Statements => _history.EvidenceOf(Event).Statements;

    /// <summary>The sources behind the event: its own, then its statements' not already listed.</summary>
    public ImmutableArray<Source> Sources => _history.EvidenceOf(Event).Sources;

    /// <inheritdoc />
    public bool Equals(ScopedPolicy? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Reading == other.Reading && Event.Equals(other.Event) && OverriddenBy.SequenceEqual(other.OverriddenBy)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScopedPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Event.Id, Reading, OverriddenBy.Length);

    /// <summary>Returns e.g. <c>apple FormalChannelOnly: Content from unspecified requesters (all products) (apple-hk-content)</c>,
    /// followed by <c> except where apple-hk-later</c> when later events took part of it.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Company} {Policy} ({Event.Id})" + (OverriddenBy.IsEmpty ? "" : $" except where {string.Join(", ", OverriddenBy.Select(e => e.Id))}");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(ScopedPolicy? left, ScopedPolicy? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ScopedPolicy? left, ScopedPolicy? right) => !Equals(left, right);
}
