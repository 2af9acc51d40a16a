using BenchmarkDotNet.Attributes;
using PolicyEvents.Datasets;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks.Load;

/// <summary>
/// Loading and indexing the dataset embedded in the library (<see cref="PolicyDatasets.HongKong2020"/>), from its
/// canonical JSON document (UTF-8 bytes already in memory), validated as <see cref="PolicyDatasets"/> loads it. Baseline:
/// the same dataset without its published figures (its facts only), saved by the same writer; so
/// the ratio is what the figures cost a user of the default dataset.
/// </summary>
[MemoryDiagnoser]
public class BuiltInDatasetBenchmarks
{
    private byte[] _builtIn = [];
    private byte[] _withoutFigures = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var stream = PolicyDatasets.OpenHongKong2020Json())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            _builtIn = copy.ToArray();
        }
        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(_builtIn, writable: false));
        var facts = new PolicyDataset(dataset.Metadata, dataset.Companies, dataset.Jurisdictions, dataset.Sources, dataset.Statements,
            dataset.Triggers, dataset.Events);
        _withoutFigures = System.Text.Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(facts));
        Console.WriteLine($"// built-in: {_builtIn.Length:N0} bytes, {dataset.Figures.Length} figure sets; without figures: {_withoutFigures.Length:N0} bytes");
    }

    [Benchmark(Baseline = true, Description = "load + index, without figures (facts only)")]
    public PolicyHistory WithoutFigures() => LoadAndIndex(_withoutFigures);

    [Benchmark(Description = "load + index, built-in (with figures)")]
    public PolicyHistory BuiltIn() => LoadAndIndex(_builtIn);

    [Benchmark(Description = "load only, built-in (with figures)")]
    public PolicyDataset BuiltInLoadOnly() => Load(_builtIn);

    private static PolicyDataset Load(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return PolicyDatasetSerializer.Load(stream, new DatasetReadOptions { FileName = "PolicyEvents.Data.hong-kong-2020.json" });
    }

    private static PolicyHistory LoadAndIndex(byte[] utf8) => PolicyHistory.From(Load(utf8));
}
