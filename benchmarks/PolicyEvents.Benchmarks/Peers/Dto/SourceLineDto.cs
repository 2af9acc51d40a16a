using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record SourceLineDto(string Id, string? Publisher, string? Title, Uri? Url, PartialDate? Published,
    string? Byline, string? Agency, Instant? Retrieved) : RecordDto;
