using PolicyEvents.Cli.Hosting;

namespace PolicyEvents.Cli.Data;

/// <summary>The dataset codec over the library's loader and serializers.</summary>
internal sealed class LibraryDatasetCodec : IDatasetCodec
{
    private const string Missing = "this build of policyevents has no dataset reader: the library's serializers are not part of it yet";

    /// <inheritdoc/>
    public CliDataset LoadDefault() => throw CliException.InData(Missing);

    /// <inheritdoc/>
    public CliDataset Read(Stream stream, string label, DatasetFileFormat format) => throw CliException.InData(Missing);

    /// <inheritdoc/>
    public IReadOnlyList<CliDiagnostic> Validate(Stream stream, string label, DatasetFileFormat format) => throw CliException.InData(Missing);

    /// <inheritdoc/>
    public void Write(CliDataset dataset, Stream output, DatasetFileFormat format) => throw CliException.InData(Missing);
}
