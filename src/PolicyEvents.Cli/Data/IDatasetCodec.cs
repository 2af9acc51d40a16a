namespace PolicyEvents.Cli.Data;

/// <summary>Reads, validates and writes datasets through the library: the tool's only seam to the serializers.</summary>
internal interface IDatasetCodec
{
    /// <summary>The built-in Hong Kong 2020 dataset (the default when no file is given).</summary>
    /// <returns>The dataset.</returns>
    CliDataset LoadDefault();

    /// <summary>Reads a dataset.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="label">The file as given on the command line (for messages).</param>
    /// <param name="format">The form of the content.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="Hosting.CliException">The dataset is malformed or invalid (exit code 1), naming the first problem.</exception>
    CliDataset Read(Stream stream, string label, DatasetFileFormat format);

    /// <summary>Lists every problem in a dataset.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="label">The file as given on the command line (for messages).</param>
    /// <param name="format">The form of the content.</param>
    /// <returns>The diagnostics, in file order; empty when the dataset is valid.</returns>
    IReadOnlyList<CliDiagnostic> Validate(Stream stream, string label, DatasetFileFormat format);

    /// <summary>Writes a dataset in canonical form.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="format">The single document or JSON Lines (CSV is written by the tool itself).</param>
    void Write(CliDataset dataset, Stream output, DatasetFileFormat format);
}
