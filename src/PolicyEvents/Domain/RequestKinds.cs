namespace PolicyEvents.Domain;

/// <summary>Which kinds of request a policy covers. A set of flags; <see cref="None"/> means the sources do not say.</summary>
/// <remarks>
/// <para><see cref="UserData"/> is the whole family of requests for user data: in a scope it covers requests for
/// <see cref="Content"/>, <see cref="NonContent"/> data, <see cref="Preservation"/> and <see cref="EmergencyDisclosure"/>
/// too. Name the finer kinds when a company treats them apart (Apple: content only through a formal channel,
/// non-content answered as usual). <see cref="ContentRemoval"/> is not a request for user data.</para>
/// </remarks>
[Flags]
public enum RequestKinds
{
    /// <summary>Not specified by the sources.</summary>
    None = 0,

    /// <summary>Requests for user data of any kind (account information, content of communications); in a scope it also covers
    /// <see cref="Content"/>, <see cref="NonContent"/>, <see cref="Preservation"/> and <see cref="EmergencyDisclosure"/>.</summary>
    UserData = 1,

    /// <summary>Requests to remove or restrict content.</summary>
    ContentRemoval = 2,

    /// <summary>Requests to preserve data pending legal process.</summary>
    Preservation = 4,

    /// <summary>Emergency disclosure requests (imminent risk of death or serious harm).</summary>
    EmergencyDisclosure = 8,

    /// <summary>Requests for the content of communications (messages, files, recordings): user data.</summary>
    Content = 16,

    /// <summary>Requests for non-content user data: subscriber information, account and connection records (user data).</summary>
    NonContent = 32,

    /// <summary>Every kind above.</summary>
    All = UserData | ContentRemoval | Preservation | EmergencyDisclosure | Content | NonContent,
}
