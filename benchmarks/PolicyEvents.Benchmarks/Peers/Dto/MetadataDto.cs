using NodaTime;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record MetadataDto(string Id, string Title, string Version, string? License, string? Description,
    IReadOnlyList<string>? Creators, Instant Created, IReadOnlyList<string>? Sources);
