using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// A company's first change of policy after a <see cref="PolicyEvents.Domain.Trigger"/> took effect, and how long it took: by the
/// change's effective time, and by its announcement date.
/// </summary>
/// <remarks>Equality compares the trigger, its instant and the change. Instances are immutable and thread-safe.</remarks>
public sealed class TriggerResponse : IEquatable<TriggerResponse>
{
    internal TriggerResponse(Trigger trigger, Instant triggerAt, PolicyPeriod change, Instant? announcedAt, Interval? announcementWindow)
    {
        Trigger = trigger;
        TriggerAt = triggerAt;
        Change = change;
        AnnouncedAt = announcedAt;
        AnnouncementWindow = announcementWindow;
    }

    /// <summary>The trigger.</summary>
    public Trigger Trigger { get; }

    /// <summary>When the trigger took effect, read like the change (<see cref="PolicyPeriod.Reading"/>) in its jurisdiction's zone.</summary>
    public Instant TriggerAt { get; }

    /// <summary>The company the response comes from.</summary>
    public CompanyId Company => Change.Company;

    /// <summary>The first period that starts at or after <see cref="TriggerAt"/> toward the trigger's jurisdiction; from
    /// <see cref="PolicyHistory.ScopedResponsesTo"/>, the period of an event that first changed how some request was handled,
    /// as in <see cref="PolicyHistory.ScopedTimeline"/>.</summary>
    public PolicyPeriod Change { get; }

    /// <summary>The time from the trigger to the change taking effect (zero when it took effect with the trigger).</summary>
    public Duration EffectiveDelay => Change.Start - TriggerAt;

    /// <summary>When the change was announced, read in the jurisdiction's zone, or null when the event has no announcement date.</summary>
    public Instant? AnnouncedAt { get; }

    /// <summary>The span the announcement date covers, or null when the event has no announcement date.</summary>
    public Interval? AnnouncementWindow { get; }

    /// <summary>The time from the trigger to the announcement (negative if announced before), or null when unknown.</summary>
    public Duration? AnnouncementDelay => AnnouncedAt - TriggerAt;

    /// <inheritdoc />
    public bool Equals(TriggerResponse? other) =>
        other is not null && Trigger.Equals(other.Trigger) && TriggerAt == other.TriggerAt && Change.Equals(other.Change);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TriggerResponse);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Trigger.Id, TriggerAt, Change);

    /// <summary>Returns e.g. <c>google after hk-nsl-2020: Paused effective +0:00:00:00, announced +5:01:00:00</c> (days:hours:minutes:seconds).</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Company} after {Trigger.Id}: {Change.Policy.Stance} effective {Format(EffectiveDelay)}, announced {(AnnouncementDelay is { } d ? Format(d) : "?")}";

    private static string Format(Duration duration) =>
        (duration < Duration.Zero ? "-" : "+") + NodaTime.Text.DurationPattern.Roundtrip.Format(duration < Duration.Zero ? -duration : duration);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(TriggerResponse? left, TriggerResponse? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(TriggerResponse? left, TriggerResponse? right) => !Equals(left, right);
}
