using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The half-open span <c>[Start, End)</c> during which one event's policy applied to one company and jurisdiction;
/// <see cref="End"/> is null while it still applies.
/// </summary>
/// <param name="Event">The event that began the period.</param>
/// <param name="Start">When it took effect (the start of its effective date, or of its announcement date when the effective date is unknown, in the jurisdiction's zone).</param>
/// <param name="End">When the next event took effect, or null.</param>
/// <param name="EndedBy">The event that ended the period, when known (a scoped lane's period may end by an event of
/// another scope that covers it); null for a period still running, or when the next period of its timeline says it.</param>
internal sealed record PolicySpan(PolicyEvent Event, Instant Start, Instant? End, PolicyEvent? EndedBy = null)
{
    /// <summary>The company.</summary>
    public CompanyId Company => Event.Company;

    /// <summary>The jurisdiction.</summary>
    public JurisdictionCode Jurisdiction => Event.Jurisdiction;

    /// <summary>True when the period contains the instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when <c>Start &lt;= instant &lt; End</c>.</returns>
    public bool Contains(Instant instant) => Start <= instant && (End is not { } end || instant < end);
}
