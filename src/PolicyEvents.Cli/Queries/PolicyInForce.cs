using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// One row of <c>at</c>: a piece of a company's policy toward a jurisdiction in force at the instant asked about, or, when
/// <see cref="Piece"/> is null, the answer "no recorded policy" (the library's <see cref="PolicyStatus.NoRecordedPolicy"/>).
/// </summary>
/// <param name="Company">The company.</param>
/// <param name="Jurisdiction">The requesting jurisdiction.</param>
/// <param name="Piece">The scope piece in force, or null.</param>
internal sealed record PolicyInForce(CompanyId Company, JurisdictionCode Jurisdiction, ScopedPolicy? Piece);
