namespace PolicyEvents.Domain;

/// <summary>Which kinds of request a policy covers. A set of flags; <see cref="None"/> means the sources do not say.</summary>
[Flags]
public enum RequestKinds
{
    /// <summary>Not specified by the sources.</summary>
    None = 0,

    /// <summary>Requests for user data (account information, content of communications).</summary>
    UserData = 1,

    /// <summary>Requests to remove or restrict content.</summary>
    ContentRemoval = 2,

    /// <summary>Requests to preserve data pending legal process.</summary>
    Preservation = 4,

    /// <summary>Emergency disclosure requests (imminent risk of death or serious harm).</summary>
    EmergencyDisclosure = 8,

    /// <summary>Every kind above.</summary>
    All = UserData | ContentRemoval | Preservation | EmergencyDisclosure,
}
