namespace PolicyEvents.Serialization;

/// <summary>How to read a dataset. The default (<see cref="Default"/>) detects the form, collects unknown members as
/// warnings, and does not validate references.</summary>
/// <remarks>Instances are immutable once created (init-only properties; every combination is valid) and thread-safe.</remarks>
public sealed class DatasetReadOptions
{
    /// <summary>The defaults.</summary>
    public static DatasetReadOptions Default { get; } = new();

    private readonly DatasetFormat _format;
    private readonly string? _fileName;

    /// <summary>The form to read; <see cref="DatasetFormat.Auto"/> (the default) detects it from the content.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="DatasetFormat"/>.</exception>
    public DatasetFormat Format
    {
        get => _format;
        init => _format = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined DatasetFormat value.");
    }

    /// <summary>When true, the loaded dataset is also validated (<see cref="PolicyDataset.Validate"/>), and a dataset with
    /// errors is refused with a <see cref="Validation.DatasetValidationException"/>. Default false.</summary>
    public bool Validate { get; init; }

    /// <summary>When true, members the format does not define are errors instead of warnings. Default false (a file of a
    /// newer minor version, which may add members, still loads).</summary>
    public bool RejectUnknownMembers { get; init; }

    /// <summary>The file name to put in diagnostics when reading a stream or string; loading a file uses its path as given.</summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? FileName
    {
        get => _fileName;
        init => _fileName = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("A file name must not be empty or white space.", nameof(value));
    }

    /// <summary>Receives the bytes and records read so far, every few thousand records and at the end; null for none.</summary>
    public IProgress<DatasetReadProgress>? Progress { get; init; }

    /// <summary>Returns e.g. <c>DatasetReadOptions (Auto, validate: False, reject unknown members: False, file: data.json)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"DatasetReadOptions ({Format}, validate: {Validate}, reject unknown members: {RejectUnknownMembers}, file: {FileName ?? "(none)"})";
}
