namespace PolicyEvents.Domain;

/// <summary>Whose authorities' requests a <see cref="RequestScope"/> covers: those of the event's own jurisdiction, or any
/// jurisdiction's.</summary>
/// <remarks>The default value is <see cref="EventJurisdiction"/>, what every policy meant before format 1.1.</remarks>
public enum RequestOrigin
{
    /// <summary>Requests from the authorities of the event's <see cref="PolicyEvent.Jurisdiction"/> (Google: "requests from
    /// Hong Kong authorities").</summary>
    EventJurisdiction = 0,

    /// <summary>Requests from any jurisdiction's authorities, usually narrowed by whose data they ask for (Telegram: "any
    /// data requests related to its Hong Kong users", wherever they come from).</summary>
    AnyJurisdiction = 1,
}
