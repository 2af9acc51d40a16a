using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>How a company, or it and its subsidiaries, handled one request at an instant: one answer of
    /// <see cref="PolicyFor(CompanyId, GovernmentRequest, Instant, DateReading)"/> per family member (<see cref="Family"/>
    /// order), each naming its company, "no recorded policy" answers included.</summary>
    /// <param name="company">The company.</param>
    /// <param name="request">The request.</param>
    /// <param name="at">The instant.</param>
    /// <param name="scope">Whether to include subsidiaries.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>One answer per company in scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<RequestAnswer> PoliciesFor(CompanyId company, GovernmentRequest request, Instant at,
        CompanyScope scope, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        ArgumentNullException.ThrowIfNull(request);
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        var members = Members(company, scope);
        var answers = new RequestAnswer[members.Count];
        for (var i = 0; i < answers.Length; i++)
        {
            answers[i] = PolicyFor(members[i], request, at, reading);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(answers);
    }

    /// <summary>The policy maps of a company, or of it and its subsidiaries, toward a jurisdiction at an instant: the pieces of
    /// <see cref="PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/> for each family member in
    /// <see cref="Family"/> order, each naming its company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The requesting jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="scope">Whether to include subsidiaries.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<ScopedPolicy> PolicyMap(CompanyId company, JurisdictionCode jurisdiction, Instant at,
        CompanyScope scope, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        var result = ImmutableArray.CreateBuilder<ScopedPolicy>();
        foreach (var member in Members(company, scope))
        {
            result.AddRange(PolicyMap(member, jurisdiction, at, reading));
        }
        return result.ToImmutable();
    }
}
