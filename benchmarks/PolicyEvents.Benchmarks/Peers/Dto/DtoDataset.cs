namespace PolicyEvents.Benchmarks.Peers.Dto;

/// <summary>A dataset as the DTO peer holds it: one list per line type, in file order.</summary>
public sealed class DtoDataset
{
    public DatasetLineDto? Header { get; set; }

    public List<CompanyLineDto> Companies { get; } = [];

    public List<SourceLineDto> Sources { get; } = [];

    public List<StatementLineDto> Statements { get; } = [];

    public List<EventLineDto> Events { get; } = [];
}
