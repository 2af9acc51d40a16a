using BenchmarkDotNet.Attributes;
using NodaTime.Text;
using PolicyEvents.Time;

namespace PolicyEvents.Benchmarks;

/// <summary>EDTF day parsing against NodaTime's own ISO LocalDate pattern (the baseline a user would reach for).</summary>
[MemoryDiagnoser]
public class PartialDateParsingBenchmarks
{
    private const string Day = "2020-07-07";

    [Benchmark(Baseline = true)]
    public NodaTime.LocalDate NodaTimeIsoPattern() => LocalDatePattern.Iso.Parse(Day).Value;

    [Benchmark]
    public PartialDate PartialDateParse() => PartialDate.Parse(Day);
}
