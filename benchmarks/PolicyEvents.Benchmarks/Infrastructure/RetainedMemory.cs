using System.Globalization;
using PolicyEvents.Benchmarks.Peers.Dto;
using PolicyEvents.Synthetic;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// <c>--retained</c>: the bytes each loader's result keeps alive, per event, measured outside BenchmarkDotNet with
/// <see cref="GC.GetTotalMemory(bool)"/> (full collection) before and after loading, the input bytes alive throughout.
/// "Beyond statement text" subtracts the statement text each loader holds: the strings themselves (object header, length
/// and UTF-16 characters, rounded up to 8 bytes), which any loader that keeps the verbatim text as strings must hold; or,
/// for <c>LoadHistory</c>, which keeps the texts as UTF-8 in shared blocks, their UTF-8 bytes.
/// </summary>
public static class RetainedMemory
{
    public static void Run(IEnumerable<int> sizes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| events | loader | retained bytes | bytes/event | statement text held, bytes/event | beyond statement text, bytes/event |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var utf8 = SyntheticFiles.Bytes(size);
            var dataset = SyntheticDataset.Generate(size);
            var textBytes = dataset.Statements.Sum(s => (long)StringBytes(s.Text));
            var utf8TextBytes = dataset.Statements.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text));
            dataset = null;
            Row(output, size, "STJ source-gen DTOs (lists)", textBytes, () => DtoJsonLines.Load(utf8));
            Row(output, size, "PolicyEvents: PolicyDataset", textBytes, () => LibraryLoad.Dataset(utf8));
            Row(output, size, "PolicyEvents: PolicyDataset + PolicyHistory", textBytes, () => LibraryLoad.History(utf8));
            Row(output, size, "PolicyEvents: LoadHistory (columns)", utf8TextBytes, () => LibraryLoad.HistoryWithColumns(utf8));
            Row(output, size, "Synthetic domain objects (generator output, for reference)", textBytes, () => SyntheticDataset.Generate(size));
            GC.KeepAlive(utf8);
        }
    }

    public static void Row(TextWriter output, int size, string loader, long statementTextBytes, Func<object> load)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(load);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        var retained = after - before;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {loader} | {retained:N0} | {(double)retained / size:F1} | {(double)statementTextBytes / size:F1} | {(double)(retained - statementTextBytes) / size:F1} |"));
    }

    private static long StringBytes(string text) => (22 + (2L * text.Length) + 7) / 8 * 8;
}
