namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record DatasetLineDto(string FormatVersion, MetadataDto Metadata) : RecordDto;
