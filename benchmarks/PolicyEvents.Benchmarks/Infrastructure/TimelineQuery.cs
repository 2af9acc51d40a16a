using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>"Every change of this company's policy toward this jurisdiction, in order."</summary>
public readonly record struct TimelineQuery(CompanyId Company, JurisdictionCode Jurisdiction);
