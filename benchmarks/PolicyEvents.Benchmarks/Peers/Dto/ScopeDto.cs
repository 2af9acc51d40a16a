
namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record ScopeDto(IReadOnlyList<string>? RequestKinds, IReadOnlyList<string>? Requesters, IReadOnlyList<string>? Products);
