using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PolicyEvents.Benchmarks.Infrastructure;
using PolicyEvents.Benchmarks.Peers.Dto;
using PolicyEvents.Datasets;
using PolicyEvents.Queries;

namespace PolicyEvents.Benchmarks.Load;

/// <summary>
/// Loading a JSON Lines dataset (UTF-8 bytes already in memory) into something queryable: the library's validated
/// <see cref="PolicyDataset"/>, then its indexed <see cref="PolicyHistory"/>; or straight into a history whose events are
/// columns (<c>PolicyDatasetSerializer.LoadHistory</c>). Baseline: the System.Text.Json
/// source-generated DTO peer, which builds plain lists and no index. The physical limit: a bare <see cref="Utf8JsonReader"/> token scan over
/// the same bytes, which builds nothing.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerEventConfig))]
public class LoadBenchmarks
{
    private byte[] _utf8 = [];

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    [GlobalSetup]
    public void Setup() => _utf8 = SyntheticFiles.Bytes(Events);

    [Benchmark(Description = "Utf8JsonReader token scan (limit)")]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { AllowMultipleValues = true });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen DTOs + NodaTime converters")]
    public DtoDataset StjDtoPeer() => DtoJsonLines.Load(_utf8);

    [Benchmark(Description = "PolicyEvents: PolicyDataset (load only)")]
    public PolicyDataset LibraryDataset() => LibraryLoad.Dataset(_utf8);

    [Benchmark(Description = "PolicyEvents: PolicyDataset + PolicyHistory")]
    public PolicyHistory LibraryHistory() => LibraryLoad.History(_utf8);

    [Benchmark(Description = "PolicyEvents: LoadHistory (columns)")]
    public PolicyHistory LibraryHistoryWithColumns() => LibraryLoad.HistoryWithColumns(_utf8);
}
