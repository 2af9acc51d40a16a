namespace PolicyEvents.Queries;

/// <summary>Whether a point-in-time query found a policy.</summary>
/// <remarks>The default value is <see cref="NoRecordedPolicy"/>.</remarks>
public enum PolicyStatus
{
    /// <summary>No event of the history puts a policy in force for the company and jurisdiction at that instant
    /// (none recorded, or every recorded one takes effect later).</summary>
    NoRecordedPolicy = 0,

    /// <summary>A recorded event's policy is in force at that instant.</summary>
    InForce = 1,
}
