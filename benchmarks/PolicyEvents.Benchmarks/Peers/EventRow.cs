using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers;

/// <summary>An event with the instant from which it applies computed once, as every peer needs it.</summary>
public readonly record struct EventRow(PolicyEvent Event, Instant Start, int Index);
