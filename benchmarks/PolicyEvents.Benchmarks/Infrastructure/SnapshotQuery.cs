using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>"What did every company apply to this jurisdiction at this instant?"</summary>
public readonly record struct SnapshotQuery(JurisdictionCode Jurisdiction, Instant At);
