namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record CompanyLineDto(string Id, string Name, IReadOnlyList<CompanyNameDto>? Names, string? Parent, string? Wikidata) : RecordDto;
