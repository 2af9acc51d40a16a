using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks.Peers.Dto;

public sealed record StatementLineDto(string Id, string Text, SpeakerDto Speaker, PartialDate? Date, string Language,
    IReadOnlyList<string>? Sources) : RecordDto;
