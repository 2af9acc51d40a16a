using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Data;

/// <summary>
/// The dataset codec over the library: <see cref="PolicyDatasetSerializer"/> reads and writes (canonical output), the
/// library's diagnostics become <see cref="CliDiagnostic"/>s, and <see cref="LoadDefault"/> is the one place that
/// supplies the built-in dataset.
/// </summary>
internal sealed class LibraryDatasetCodec : IDatasetCodec
{
    /// <summary>How messages name the built-in dataset.</summary>
    public const string DefaultLabel = "(built-in hong-kong-2020)";

    /// <inheritdoc/>
    public CliDataset LoadDefault() => From(DefaultDataset(), DefaultLabel);

    /// <summary>The built-in dataset, the default of every command given no file: the library's embedded Hong Kong 2020 dataset.</summary>
    /// <returns>The dataset.</returns>
    public static PolicyDataset DefaultDataset() => PolicyDatasets.HongKong2020;

    /// <inheritdoc/>
    public CliDataset Read(Stream stream, string label, DatasetFileFormat format)
    {
        try
        {
            return From(PolicyDatasetSerializer.Load(stream, Options(label, format, validate: true)), label);
        }
        catch (DatasetValidationException e)
        {
            throw CliException.InData(Summary(e.Diagnostics.Select(d => ToCli(d, label)).ToList(), label), e);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<CliDiagnostic> Validate(Stream stream, string label, DatasetFileFormat format)
    {
        try
        {
            var read = PolicyDatasetSerializer.Read(stream, Options(label, format, validate: false));
            return [.. read.Validate().Select(d => ToCli(d, label))];
        }
        catch (DatasetValidationException e)
        {
            return [.. e.Diagnostics.Select(d => ToCli(d, label))];
        }
    }

    /// <inheritdoc/>
    public void Write(CliDataset dataset, Stream output, DatasetFileFormat format)
    {
        var native = dataset.Native as PolicyDataset
            ?? throw new InvalidOperationException($"{dataset.Label} was not read by the library and cannot be written.");
        PolicyDatasetSerializer.Save(native, output, format == DatasetFileFormat.JsonLines ? DatasetFormat.JsonLines : DatasetFormat.Document);
    }

    /// <summary>The tool's view of a library dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="label">How messages name it.</param>
    /// <returns>The view.</returns>
    public static CliDataset From(PolicyDataset dataset, string label) => new(label,
        new DatasetHeader(dataset.Metadata.Id.Value, dataset.Metadata.Title, dataset.Metadata.Version),
        dataset.Companies, dataset.Jurisdictions, dataset.Sources, dataset.Statements, dataset.Triggers, dataset.Events,
        dataset.Figures.Select(f => new FigureRecord(
            $"{f.Company} {f.Jurisdiction?.Value ?? f.JurisdictionName} {f.Period} {f.Category.Label}", f.Figures.ToString())),
        native: dataset);

    /// <summary>A library diagnostic in the tool's form (the JSON path, when known, ends the message).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="label">The file as given on the command line, when the diagnostic names none.</param>
    /// <returns>The diagnostic.</returns>
    public static CliDiagnostic ToCli(Diagnostic diagnostic, string label)
    {
        var location = diagnostic.Location;
        var message = location.Path is { } path && !diagnostic.Message.Contains(path, StringComparison.Ordinal)
            ? $"{diagnostic.Message} (at {path})"
            : diagnostic.Message;
        return new CliDiagnostic(location.File ?? label, location.Line ?? 0, location.Column ?? 0,
            diagnostic.IsError ? CliSeverity.Error : CliSeverity.Warning, diagnostic.Code, message);
    }

    private static DatasetReadOptions Options(string label, DatasetFileFormat format, bool validate) => new()
    {
        FileName = label,
        Format = format == DatasetFileFormat.JsonLines ? DatasetFormat.JsonLines : DatasetFormat.Document,
        Validate = validate,
    };

    private static string Summary(IReadOnlyList<CliDiagnostic> diagnostics, string label)
    {
        var errors = diagnostics.Where(d => d.Severity == CliSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return $"{label}: not a valid PolicyEvents dataset";
        }
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run 'policyevents validate {label}' for all)" : string.Empty;
        return errors[0] + more;
    }
}
