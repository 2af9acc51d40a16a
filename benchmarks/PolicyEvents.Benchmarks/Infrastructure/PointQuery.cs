using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>"Which policy did this company apply to this jurisdiction at this instant?"</summary>
public readonly record struct PointQuery(CompanyId Company, JurisdictionCode Jurisdiction, Instant At);
