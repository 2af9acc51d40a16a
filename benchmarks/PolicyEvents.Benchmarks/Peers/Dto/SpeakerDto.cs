
namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record SpeakerDto(string Company, string? Person, string? Role);
