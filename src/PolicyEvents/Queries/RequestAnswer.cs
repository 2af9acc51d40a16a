using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// The answer to "how did this company handle this request at this instant?": the policy of the latest event in force whose
/// scope covers the request, with the event, statements and sources behind it, or the explicit answer
/// <see cref="PolicyStatus.NoRecordedPolicy"/>.
/// </summary>
/// <remarks>
/// <para>Returned by <see cref="PolicyHistory.PolicyFor(CompanyId, GovernmentRequest, Instant, DateReading)"/> without
/// allocating; <see cref="Statements"/>, <see cref="Sources"/> and <see cref="Window"/> are resolved when read.</para>
/// <para>Equality compares the question (company, request, instant, reading) and the event in force. The default value
/// answers nothing: a default company, a null <see cref="Request"/>, the Unix epoch, <see cref="PolicyStatus.NoRecordedPolicy"/>.
/// This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct RequestAnswer : IEquatable<RequestAnswer>
{
    private readonly PolicyHistory? _history;
    private readonly int _eventPlusOne;

    internal RequestAnswer(PolicyHistory history, CompanyId company, GovernmentRequest request, Instant at, DateReading reading, int @event)
    {
        _history = history;
        Company = company;
        Request = request;
        At = at;
        Reading = reading;
        _eventPlusOne = @event + 1;
    }

    /// <summary>The company asked about.</summary>
    public CompanyId Company { get; }

    /// <summary>The request asked about (null only in the default value).</summary>
    public GovernmentRequest? Request { get; }

    /// <summary>The instant asked about.</summary>
    public Instant At { get; }

    /// <summary>How imprecise dates were read.</summary>
    public DateReading Reading { get; }

    /// <summary>Whether a policy covering the request is in force.</summary>
    public PolicyStatus Status => _eventPlusOne > 0 ? PolicyStatus.InForce : PolicyStatus.NoRecordedPolicy;

    /// <summary>True when a policy covering the request is in force.</summary>
    public bool HasPolicy => _eventPlusOne > 0;

    /// <summary>The event whose policy covers the request.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy (<see cref="HasPolicy"/> is false).</exception>
    public PolicyEvent Event => HasPolicy ? _history!.EventAt(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The event in force, or null when there is no recorded policy.</summary>
    public PolicyEvent? EventOrNull => HasPolicy ? _history!.EventAt(_eventPlusOne - 1) : null;

    /// <summary>The policy that covers the request.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public RequestPolicy Policy => HasPolicy ? _history!.PolicyOfEvent(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>Which of the event's dates gave its effective time.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public EffectiveBasis Basis => HasPolicy ? _history!.BasisOfEvent(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The uncertainty window: the span of instants the event's effective date covers in its jurisdiction's zone.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public Interval Window => HasPolicy ? _history!.WindowOf(_eventPlusOne - 1) : throw NoPolicy();

    /// <summary>The instant the policy took effect under <see cref="Reading"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no recorded policy.</exception>
    public Instant Since => HasPolicy ? _history!.EffectiveOf(_eventPlusOne - 1, Reading) : throw NoPolicy();

    /// <summary>The statements behind the event (empty when there is no recorded policy).</summary>
    public ImmutableArray<Statement> Statements => HasPolicy ? _history!.EvidenceOf(Event).Statements : [];

    /// <summary>The sources behind the event: its own, then its statements' (empty when there is no recorded policy).</summary>
    public ImmutableArray<Source> Sources => HasPolicy ? _history!.EvidenceOf(Event).Sources : [];

    private InvalidOperationException NoPolicy() =>
        new($"No recorded policy of {Company} covers {Request} at {At}: check HasPolicy first.");

    /// <inheritdoc />
    public bool Equals(RequestAnswer other) =>
        Company == other.Company && Request == other.Request && At == other.At && Reading == other.Reading && EventOrNull == other.EventOrNull;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RequestAnswer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Company, Request, At, Reading, EventOrNull?.Id);

    /// <summary>Returns e.g. <c>zoom, Content from HK LawEnforcement about HK users, at 2020-07-09T16:00:00Z: Paused (zoom-hk-from, since 2020-07-06T16:00:00Z)</c>
    /// or <c>…: no recorded policy</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        HasPolicy
            ? $"{Company}, {Request}, at {At}: {Policy.Stance} ({Event.Id}, since {Since})"
            : $"{Company}, {Request}, at {At}: no recorded policy";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RequestAnswer left, RequestAnswer right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RequestAnswer left, RequestAnswer right) => !left.Equals(right);
}
