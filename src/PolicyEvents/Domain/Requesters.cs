namespace PolicyEvents.Domain;

/// <summary>Whose requests a policy covers. A set of flags; <see cref="None"/> means the sources do not say.</summary>
[Flags]
public enum Requesters
{
    /// <summary>Not specified by the sources.</summary>
    None = 0,

    /// <summary>Government officials and agencies other than the police.</summary>
    Government = 1,

    /// <summary>The police and other law-enforcement agencies.</summary>
    LawEnforcement = 2,

    /// <summary>Courts.</summary>
    Courts = 4,

    /// <summary>Every requester above.</summary>
    All = Government | LawEnforcement | Courts,
}
