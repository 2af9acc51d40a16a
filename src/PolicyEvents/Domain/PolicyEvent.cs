using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>
/// A dated change of a company's <see cref="RequestPolicy"/> toward one jurisdiction, with the statements and
/// sources behind it, and optionally the <see cref="Trigger"/> that caused it.
/// </summary>
/// <remarks>
/// <para>Three times are kept apart and never mixed: <see cref="Effective"/>, when the policy took effect;
/// <see cref="Announced"/>, when the company said so; <see cref="Recorded"/>, when the dataset recorded the event.
/// Either of the first two may be unknown (null), but not both.</para>
/// <para>A later event corrects an earlier one by naming it in <see cref="Supersedes"/>; nothing is deleted, so views of
/// the dataset as known before the correction still see the original.</para>
/// <para>Whether the referenced company, statements, sources, trigger and superseded event exist is checked when a dataset
/// is validated. Equality compares every property, collections in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyEvent : IEquatable<PolicyEvent>
{
    /// <summary>Creates an event, with its dates as named optional arguments: give <paramref name="effective"/>,
    /// <paramref name="announced"/> or both (<c>new PolicyEvent(id, company, jurisdiction, policy, recorded, announced: date)</c>).</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="company">The company whose policy changed.</param>
    /// <param name="jurisdiction">The jurisdiction whose authorities' requests the policy is about.</param>
    /// <param name="policy">The policy from this event on.</param>
    /// <param name="recorded">When the dataset recorded this event.</param>
    /// <param name="effective">When the policy took effect, if the sources say.</param>
    /// <param name="announced">When the company announced it, if the sources say.</param>
    /// <param name="statements">The statements that support the event, without repeats.</param>
    /// <param name="sources">The sources that support the event, without repeats.</param>
    /// <param name="trigger">The legal development that caused it, if any.</param>
    /// <param name="supersedes">The earlier event this one corrects, if any; never itself.</param>
    /// <param name="note">A maintainer's note, if any.</param>
    /// <remarks>The same event as the constructor that takes the dates before <paramref name="recorded"/>; a call that
    /// names all three dates' arguments binds to that one (it has the higher overload resolution priority), with the
    /// same result.</remarks>
    /// <exception cref="ArgumentException">An argument is empty, default, repeated, or both dates are null.</exception>
    public PolicyEvent(EventId id, CompanyId company, JurisdictionCode jurisdiction, RequestPolicy policy, Instant recorded,
        PartialDate? effective = null, PartialDate? announced = null,
        IEnumerable<StatementId>? statements = null, IEnumerable<SourceId>? sources = null,
        TriggerId? trigger = null, EventId? supersedes = null, string? note = null)
        : this(id, company, jurisdiction, policy, effective, announced, recorded, statements, sources, trigger, supersedes, note)
    {
    }

    /// <summary>Creates an event.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="company">The company whose policy changed.</param>
    /// <param name="jurisdiction">The jurisdiction whose authorities' requests the policy is about (with a scope from any
    /// origin: where the policy was set, such as Hong Kong for requests about Hong Kong users).</param>
    /// <param name="policy">The policy from this event on.</param>
    /// <param name="effective">When the policy took effect, if the sources say.</param>
    /// <param name="announced">When the company announced it, if the sources say.</param>
    /// <param name="recorded">When the dataset recorded this event.</param>
    /// <param name="statements">The statements that support the event, without repeats.</param>
    /// <param name="sources">The sources that support the event, without repeats.</param>
    /// <param name="trigger">The legal development that caused it, if any.</param>
    /// <param name="supersedes">The earlier event this one corrects, if any; never itself.</param>
    /// <param name="note">A maintainer's note, if any.</param>
    /// <exception cref="ArgumentException">An argument is empty, default, repeated, or both dates are null.</exception>
    [OverloadResolutionPriority(1)]
    public PolicyEvent(EventId id, CompanyId company, JurisdictionCode jurisdiction, RequestPolicy policy,
        PartialDate? effective, PartialDate? announced, Instant recorded,
        IEnumerable<StatementId>? statements = null, IEnumerable<SourceId>? sources = null,
        TriggerId? trigger = null, EventId? supersedes = null, string? note = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Company = Guard.NotDefault(company, nameof(company));
        Jurisdiction = Guard.NotDefault(jurisdiction, nameof(jurisdiction));
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        if (effective is null && announced is null)
        {
            throw new ArgumentException($"Event '{id}' needs an effective date, an announcement date, or both.", nameof(effective));
        }
        Effective = effective;
        Announced = announced;
        Recorded = recorded;
        Statements = Guard.DistinctIds(statements, nameof(statements));
        Sources = Guard.DistinctIds(sources, nameof(sources));
        Trigger = Guard.NotDefault(trigger, nameof(trigger));
        Supersedes = Guard.NotDefault(supersedes, nameof(supersedes));
        if (Supersedes == Id)
        {
            throw new ArgumentException($"Event '{id}' cannot supersede itself.", nameof(supersedes));
        }
        Note = Guard.OptionalTrimmed(note, nameof(note));
    }

    /// <summary>The stable id.</summary>
    public EventId Id { get; }

    /// <summary>The company whose policy changed.</summary>
    public CompanyId Company { get; }

    /// <summary>The jurisdiction whose authorities' requests the policy is about.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>The policy from this event on.</summary>
    public RequestPolicy Policy { get; }

    /// <summary>When the policy took effect, or null when the sources do not say.</summary>
    public PartialDate? Effective { get; }

    /// <summary>When the company announced it, or null when the sources do not say.</summary>
    public PartialDate? Announced { get; }

    /// <summary>When the dataset recorded this event.</summary>
    public Instant Recorded { get; }

    /// <summary>The supporting statements.</summary>
    public ImmutableArray<StatementId> Statements { get; }

    /// <summary>The supporting sources.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>The legal development that caused it, or null.</summary>
    public TriggerId? Trigger { get; }

    /// <summary>The earlier event this one corrects, or null.</summary>
    public EventId? Supersedes { get; }

    /// <summary>A maintainer's note, or null.</summary>
    public string? Note { get; }

    /// <summary>Whether this event's policy covers a request: its scope covers the request's kind, requester, subject and
    /// product, and the request comes from this event's jurisdiction (or from any, when the scope's origin is
    /// <see cref="RequestOrigin.AnyJurisdiction"/>). The company and the time are not compared.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public bool Covers(GovernmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CoversUnchecked(request);
    }

    /// <summary><see cref="Covers"/> without the null check, for the query layer's hot path.</summary>
    internal bool CoversUnchecked(GovernmentRequest request)
    {
        var scope = Policy.Scope;
        return (scope.Origin == RequestOrigin.AnyJurisdiction || request.Jurisdiction == Jurisdiction)
            && scope.CoversRequest(request.Kind, request.Requester, request.Subject, request.Product);
    }

    /// <summary>Returns a copy with another policy.</summary>
    /// <param name="policy">The new policy.</param>
    /// <returns>The copy.</returns>
    public PolicyEvent WithPolicy(RequestPolicy policy) =>
        new(Id, Company, Jurisdiction, policy, Effective, Announced, Recorded, Statements, Sources, Trigger, Supersedes, Note);

    /// <summary>Returns a copy with other dates; at least one must be given.</summary>
    /// <param name="effective">The new effective date, or null.</param>
    /// <param name="announced">The new announcement date, or null.</param>
    /// <returns>The copy.</returns>
    public PolicyEvent WithDates(PartialDate? effective, PartialDate? announced) =>
        new(Id, Company, Jurisdiction, Policy, effective, announced, Recorded, Statements, Sources, Trigger, Supersedes, Note);

    /// <summary>Returns a copy recorded at another instant.</summary>
    /// <param name="recorded">The new recorded instant.</param>
    /// <returns>The copy.</returns>
    public PolicyEvent WithRecorded(Instant recorded) =>
        new(Id, Company, Jurisdiction, Policy, Effective, Announced, recorded, Statements, Sources, Trigger, Supersedes, Note);

    /// <inheritdoc />
    public bool Equals(PolicyEvent? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Company == other.Company && Jurisdiction == other.Jurisdiction && Policy.Equals(other.Policy)
                && Effective == other.Effective && Announced == other.Announced && Recorded == other.Recorded
                && Trigger == other.Trigger && Supersedes == other.Supersedes && Note == other.Note
                && Equality.Sequence(Statements, other.Statements) && Equality.Sequence(Sources, other.Sources)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyEvent);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Company);
        hash.Add(Jurisdiction);
        hash.Add(Policy);
        hash.Add(Effective);
        hash.Add(Announced);
        hash.Add(Recorded);
        hash.Add(Trigger);
        hash.Add(Supersedes);
        hash.Add(Note);
        Equality.AddSequence(ref hash, Statements);
        Equality.AddSequence(ref hash, Sources);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>zoom-hk-2020-07 zoom HK Paused effective ? announced 2020-07-07</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Id} {Company} {Jurisdiction} {Policy.Stance} effective {Effective?.ToString() ?? "?"} announced {Announced?.ToString() ?? "?"}"
        + (Supersedes is { } s ? $" (supersedes {s})" : "");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(PolicyEvent? left, PolicyEvent? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PolicyEvent? left, PolicyEvent? right) => !Equals(left, right);
}
