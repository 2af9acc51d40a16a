using System.Collections.Immutable;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The periods of one company toward one jurisdiction for one scope: a chart lane. A pair whose scoped policies never
/// coexist has one lane with a null <see cref="Scope"/> (its whole timeline); a pair with policies in force side by side
/// for different requests (Apple's content and non-content requests, Zoom's requests from and about Hong Kong) has one
/// lane per scope.
/// </summary>
/// <param name="Company">The company.</param>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="Scope">The scope of the lane's events, or null for the pair's only lane.</param>
/// <param name="Spans">The periods, in time order; each ends when a later event takes over its whole scope, or runs on.</param>
internal sealed record ScopeLane(CompanyId Company, JurisdictionCode Jurisdiction, RequestScope? Scope, ImmutableArray<PolicySpan> Spans);
