using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record EventLineDto(string Id, string Company, string Jurisdiction, PolicyDto Policy, PartialDate? Effective,
    PartialDate? Announced, Instant Recorded, IReadOnlyList<string>? Statements, IReadOnlyList<string>? Sources,
    string? Trigger, string? Supersedes, string? Note) : RecordDto;
