using System.Text;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;

namespace PolicyEvents.Cli.Tests.Infrastructure;

/// <summary>
/// A codec for testing the commands' plumbing without the serializers: a file's content names a dataset of
/// <see cref="TestDatasets"/> (<c>{"formatVersion":"test","name":"next"}</c>), and writing records which was asked.
/// </summary>
internal sealed class FakeCodec : IDatasetCodec
{
    public List<(string Label, DatasetFileFormat Format)> Reads { get; } = [];

    public CliDataset LoadDefault() => TestDatasets.HongKong("(built-in)");

    public CliDataset Read(Stream stream, string label, DatasetFileFormat format)
    {
        Reads.Add((label, format));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Contains("\"next\"", StringComparison.Ordinal) ? TestDatasets.HongKongNext(label)
            : text.Contains("\"broken\"", StringComparison.Ordinal) ? throw CliException.InData($"{label}:3:7: error PE0100: malformed")
            : TestDatasets.HongKong(label);
    }

    public IReadOnlyList<CliDiagnostic> Validate(Stream stream, string label, DatasetFileFormat format)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        return text.Contains("\"broken\"", StringComparison.Ordinal)
            ? [new CliDiagnostic(label, 3, 7, CliSeverity.Error, "PE0100", "expected a string at $.events[0].id"),
               new CliDiagnostic(label, 9, 1, CliSeverity.Warning, "PE0200", "statement 'x' is never referenced")]
            : [];
    }

    public void Write(CliDataset dataset, Stream output, DatasetFileFormat format) =>
        output.Write(Encoding.UTF8.GetBytes($"{format}:{dataset.Header.Id}\n"));
}
