using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record CompanyNameDto(string Name, string Kind, PartialDate? From, PartialDate? Until);
