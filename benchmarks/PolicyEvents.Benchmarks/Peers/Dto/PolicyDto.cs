using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record PolicyDto(PolicyStance Stance, ScopeDto? Scope, IReadOnlyList<string>? Conditions, IReadOnlyList<string>? Exceptions);
