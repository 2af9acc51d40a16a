using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>Which of an event's dates a query used as the moment its policy took effect.</summary>
/// <remarks>The default value is <see cref="Effective"/>.</remarks>
public enum EffectiveBasis
{
    /// <summary>The event's <see cref="PolicyEvent.Effective"/> date, which the sources state.</summary>
    Effective = 0,

    /// <summary>The event's <see cref="PolicyEvent.Announced"/> date, used because the effective date is unknown.</summary>
    Announced = 1,
}
