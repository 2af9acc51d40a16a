using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks;

/// <summary>
/// Loading a JSON Lines dataset of <see cref="Events"/> events: the library's hand-written reader against the naive way
/// (System.Text.Json reflection into DTOs, one line at a time, then NodaTime and EDTF parsing into the domain types).
/// Run the 1,000,000-event case with <c>--filter *JsonLines* --anyCategories</c> and <c>Events=1000000</c> edited in.
/// </summary>
[MemoryDiagnoser]
public class JsonLinesLoadBenchmarks
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private byte[] _bytes = [];

    [Params(100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        text.Append("{\"type\":\"dataset\",\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"big\",\"title\":\"Big\",\"version\":\"1\",\"created\":\"2026-01-01T00:00:00Z\"}}\n");
        for (var c = 0; c < 100; c++)
        {
            text.Append($"{{\"type\":\"company\",\"id\":\"c{c}\",\"name\":\"C {c}\"}}\n");
        }
        for (var i = 0; i < Events; i++)
        {
            text.Append($"{{\"type\":\"event\",\"id\":\"e{i:D7}\",\"company\":\"c{i % 100}\",\"jurisdiction\":\"HK\",\"policy\":{{\"stance\":\"paused\",\"scope\":{{\"requestKinds\":[\"userData\"]}}}},\"effective\":\"2020-07-{1 + (i % 28):D2}\",\"announced\":\"2020-07-{1 + (i % 28):D2}~\",\"recorded\":\"2026-01-01T00:00:{i % 60:D2}Z\",\"sources\":[\"s{i % 500}\"]}}\n");
        }
        _bytes = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(Baseline = true)]
    public int NaiveStjDtos()
    {
        var events = new List<PolicyEvent>();
        using var reader = new StreamReader(new MemoryStream(_bytes), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var dto = JsonSerializer.Deserialize<LineDto>(line, Web)!;
            if (dto.Type != "event")
            {
                continue;
            }
            var kinds = dto.Policy!.Scope?.RequestKinds?.Aggregate(RequestKinds.None, (k, n) => k | Enum.Parse<RequestKinds>(n, ignoreCase: true)) ?? RequestKinds.None;
            events.Add(new PolicyEvent(new EventId(dto.Id!), new CompanyId(dto.Company!), new JurisdictionCode(dto.Jurisdiction!),
                new RequestPolicy(Enum.Parse<PolicyStance>(dto.Policy.Stance!, ignoreCase: true), new RequestScope(kinds, Requesters.None)),
                dto.Effective is null ? null : PartialDate.Parse(dto.Effective), dto.Announced is null ? null : PartialDate.Parse(dto.Announced),
                InstantPattern.ExtendedIso.Parse(dto.Recorded!).Value, null, dto.Sources?.Select(s => new SourceId(s))));
        }
        return events.Count;
    }

    [Benchmark]
    public int PolicyDatasetSerializerLoad() => PolicyDatasetSerializer.Load(new MemoryStream(_bytes)).Events.Length;

    [Benchmark]
    public int ReadRecordsStreamed()
    {
        var count = 0;
        foreach (var record in PolicyDatasetSerializer.ReadRecords(new MemoryStream(_bytes)))
        {
            count += record.Kind == DatasetRecordKind.Event ? 1 : 0;
        }
        return count;
    }

    public sealed class LineDto
    {
        public string? Type { get; set; }
        public string? Id { get; set; }
        public string? Company { get; set; }
        public string? Jurisdiction { get; set; }
        public PolicyDto? Policy { get; set; }
        public string? Effective { get; set; }
        public string? Announced { get; set; }
        public string? Recorded { get; set; }
        public List<string>? Sources { get; set; }
        public string? Name { get; set; }
        public string? FormatVersion { get; set; }
        public JsonElement Metadata { get; set; }
    }

    public sealed class PolicyDto
    {
        public string? Stance { get; set; }
        public ScopeDto? Scope { get; set; }
    }

    public sealed class ScopeDto
    {
        public List<string>? RequestKinds { get; set; }
    }
}
