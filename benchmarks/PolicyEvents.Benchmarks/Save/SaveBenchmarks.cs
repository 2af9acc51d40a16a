using BenchmarkDotNet.Attributes;
using PolicyEvents.Benchmarks.Infrastructure;
using PolicyEvents.Benchmarks.Peers.Dto;
using PolicyEvents.Datasets;
using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks.Save;

/// <summary>
/// Writing a dataset as canonical JSON Lines into a reused, pre-sized memory stream. Baseline: System.Text.Json
/// source-generated serialization of the DTO peer's records (the same bytes, checked by <c>--verify</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerEventConfig))]
public class SaveBenchmarks
{
    private DtoDataset _dtos = null!;
    private PolicyDataset _library = null!;
    private MemoryStream _output = null!;

    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    public static IEnumerable<int> Sizes => BenchmarkSizes.All();

    [GlobalSetup]
    public void Setup()
    {
        var utf8 = SyntheticFiles.Bytes(Events);
        _dtos = DtoJsonLines.Load(utf8);
        _library = LibraryLoad.Dataset(utf8);
        _output = new MemoryStream(utf8.Length + 4096);
    }

    [GlobalCleanup]
    public void Cleanup() => _output.Dispose();

    [Benchmark(Baseline = true, Description = "STJ source-gen DTOs + NodaTime converters")]
    public long StjDtoPeer()
    {
        _output.SetLength(0);
        DtoJsonLines.Save(_dtos, _output);
        return _output.Length;
    }

    [Benchmark(Description = "PolicyEvents: PolicyDatasetSerializer.Save (JSON Lines)")]
    public long Library()
    {
        _output.SetLength(0);
        PolicyDatasetSerializer.Save(_library, _output, DatasetFormat.JsonLines);
        return _output.Length;
    }
}
