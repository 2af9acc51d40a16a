namespace PolicyEvents.Domain;

/// <summary>How a company treats the requests a <see cref="RequestPolicy"/> covers.</summary>
public enum PolicyStance
{
    /// <summary>Not known: nothing the sources say settles it.</summary>
    Unknown = 0,

    /// <summary>Responding as usual (assessing each request on its merits under the normal process).</summary>
    RespondingAsUsual = 1,

    /// <summary>Reviewing or assessing (a law, or its own practice) while still handling requests.</summary>
    Reviewing = 2,

    /// <summary>Paused: not handling new requests for now, pending review ("we are pausing…").</summary>
    Paused = 3,

    /// <summary>Refusing such requests, without a stated end.</summary>
    Refusing = 4,

    /// <summary>Accepting requests only through a formal channel, such as a mutual legal assistance treaty (MLAT).</summary>
    FormalChannelOnly = 5,

    /// <summary>Withdrawn from the market: the product no longer operates in the jurisdiction.</summary>
    WithdrawnFromMarket = 6,
}
