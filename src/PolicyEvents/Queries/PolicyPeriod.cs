using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// One period of a company's policy toward a jurisdiction: the half-open interval <c>[Start, End)</c> during which one
/// event's policy is in force, with the statements and sources behind it. <see cref="End"/> is null while the policy is
/// still in force at the end of the history.
/// </summary>
/// <remarks>
/// <para>Each event that takes effect gives its own period, even when its policy equals the previous one (each has its own
/// evidence). An event that loses a tie (another event for the same company and jurisdiction takes effect at the same
/// instant and wins) gives no period.</para>
/// <para>In the timelines per scope piece (<see cref="PolicyHistory.ScopedTimeline"/>, <see cref="PolicyHistory.ScopedChanges"/>)
/// a period is the time during which the event decides some of the requests its scope covers: it ends when later events have
/// taken over all of them, so the periods of coexisting scopes overlap. In a request's timeline
/// (<see cref="PolicyHistory.Timeline(CompanyId, GovernmentRequest, CompanyScope, DateReading)"/>) it ends when the next event
/// covering the request takes effect.</para>
/// <para><see cref="Statements"/> and <see cref="Sources"/> are resolved when first read and kept; <see cref="Window"/> is
/// computed when read. A period keeps its history reachable.</para>
/// <para>Equality compares company, jurisdiction, start, end, reading and the event. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyPeriod : IEquatable<PolicyPeriod>
{
    private readonly PolicyHistory _history;
    private readonly int _event;
    private ImmutableArray<Statement> _statements;
    private ImmutableArray<Source> _sources;
    private PolicyEvent? _eventObject;

    internal PolicyPeriod(PolicyHistory history, int @event, Instant start, Instant? end, DateReading reading)
    {
        _history = history;
        _event = @event;
        Reading = reading;
        Start = start;
        End = end;
    }

    /// <summary>The company the period comes from.</summary>
    public CompanyId Company => _history.CompanyOfEvent(_event);

    /// <summary>The jurisdiction.</summary>
    public JurisdictionCode Jurisdiction => _history.JurisdictionOfEvent(_event);

    /// <summary>The event whose policy is in force (made on first read from a history that keeps its events as columns,
    /// and kept; threads racing here get equal events).</summary>
    public PolicyEvent Event => _eventObject ??= _history.EventAt(_event);

    /// <summary>The policy in force.</summary>
    public RequestPolicy Policy => _history.PolicyOfEvent(_event);

    /// <summary>How imprecise dates were read.</summary>
    public DateReading Reading { get; }

    /// <summary>When the period starts (inclusive): the event's effective instant under <see cref="Reading"/>.</summary>
    public Instant Start { get; }

    /// <summary>When the period ends (exclusive): the next period's start, or null when the policy is still in force.</summary>
    public Instant? End { get; }

    /// <summary>The period as a half-open NodaTime interval, open-ended when <see cref="End"/> is null.</summary>
    public Interval Interval => new(Start, End);

    /// <summary>Which of the event's dates gave <see cref="Start"/>.</summary>
    public EffectiveBasis Basis => _history.BasisOfEvent(_event);

    /// <summary>The uncertainty window of the start: the span the event's effective date covers in the jurisdiction's zone.</summary>
    public Interval Window => _history.WindowOf(_event);

    /// <summary>The statements behind the event (resolved on first read).</summary>
    public ImmutableArray<Statement> Statements => _statements.IsDefault ? ResolveEvidence().Statements : _statements;

    /// <summary>The sources behind the event: its own, then its statements' not already listed (resolved on first read).</summary>
    public ImmutableArray<Source> Sources => _sources.IsDefault ? ResolveEvidence().Sources : _sources;

    /// <summary>Resolves and keeps the evidence. Threads racing here compute equal arrays; each field is written atomically.</summary>
    private (ImmutableArray<Statement> Statements, ImmutableArray<Source> Sources) ResolveEvidence()
    {
        var evidence = _history.EvidenceOf(Event);
        _sources = evidence.Sources;
        _statements = evidence.Statements;
        return evidence;
    }

    /// <inheritdoc />
    public bool Equals(PolicyPeriod? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Start == other.Start && End == other.End && Reading == other.Reading && Event.Equals(other.Event)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Event.Id, Start, End, Reading);

    /// <summary>Returns e.g. <c>google HK [2020-06-30T15:00:00Z, …) Paused (google-hk-2020-07-pause)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Company} {Jurisdiction} [{Start}, {End?.ToString() ?? "…"}) {Policy.Stance} ({Event.Id})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(PolicyPeriod? left, PolicyPeriod? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PolicyPeriod? left, PolicyPeriod? right) => !Equals(left, right);
}
