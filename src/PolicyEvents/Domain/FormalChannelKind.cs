namespace PolicyEvents.Domain;

/// <summary>The kind of formal channel a company requires requests to come through.</summary>
/// <remarks>The default value is <see cref="Other"/>.</remarks>
public enum FormalChannelKind
{
    /// <summary>Another formal channel, described by its intermediary.</summary>
    Other = 0,

    /// <summary>A mutual legal assistance treaty (MLAT): the request goes from government to government, and the company's
    /// home government serves it.</summary>
    Mlat = 1,

    /// <summary>Letters rogatory: a court's request to a foreign court.</summary>
    LettersRogatory = 2,

    /// <summary>Diplomatic channels: a request delivered through an embassy or foreign ministry.</summary>
    Diplomatic = 3,
}
