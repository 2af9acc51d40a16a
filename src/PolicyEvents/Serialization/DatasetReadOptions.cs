using PolicyEvents.Datasets;

namespace PolicyEvents.Serialization;

/// <summary>How to read a dataset. The default (<see cref="Default"/>) detects the form, collects unknown members as
/// warnings, validates the dataset (references, conflicts: a dataset with errors is refused with every error located), and
/// applies the limits for untrusted input at their defaults. <see cref="WithoutValidation"/> loads an inconsistent dataset
/// for inspection.</summary>
/// <remarks>
/// <para>Limits (<see cref="MaxBytes"/>, <see cref="MaxDepth"/>, <see cref="MaxStringBytes"/>, <see cref="MaxRecords"/>)
/// protect a reader from hostile or broken input. Each is on by default; exceeding one stops the load at once with a
/// <see cref="DatasetFormatException"/> whose diagnostic has its own code (PE0010 to PE0013) and the place (line, column,
/// JSON path). They are checked before the memory is spent: the stream is read no further than <see cref="MaxBytes"/>,
/// and a string is measured in its bytes as they arrive, before it is held whole or turned into a <see cref="string"/>.
/// The defaults read any dataset the format is meant for with a wide margin (a million events is about 400 MB).</para>
/// <para>A load holds the whole dataset, and references can be checked only once the whole file is read (a record may
/// refer to one later in the file), so the memory a load takes grows with <see cref="MaxBytes"/> and
/// <see cref="MaxRecords"/>, validation's diagnostics included (about 4 times the size of a JSON Lines file whose every
/// record dangles, measured in docs/reliability.md). Lower them to bound that memory for input you do not trust.</para>
/// <para>Instances are immutable once created (init-only properties validated as they are set; every combination of
/// valid values is valid) and thread-safe.</para>
/// </remarks>
public sealed class DatasetReadOptions
{
    /// <summary>The default of <see cref="MaxBytes"/>: 2 GiB.</summary>
    public const long DefaultMaxBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 (the format itself nests 6 deep).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default of <see cref="MaxStringBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxStringBytes = 1024 * 1024;

    /// <summary>The default of <see cref="MaxRecords"/>: 50,000,000.</summary>
    public const long DefaultMaxRecords = 50_000_000;

    /// <summary>The defaults: validation on, every limit at its default.</summary>
    public static DatasetReadOptions Default { get; } = new();

    /// <summary>The defaults with validation off (<see cref="Validate"/> false): a dataset whose records are each well formed
    /// loads even when its references dangle or its records conflict, to inspect it or to list its problems with
    /// <see cref="DatasetReadResult.Validate"/> (as the <c>policyevents validate</c> command does). The limits still apply.</summary>
    public static DatasetReadOptions WithoutValidation { get; } = new() { Validate = false };

    private readonly DatasetFormat _format;
    private readonly string? _fileName;
    private readonly long _maxBytes = DefaultMaxBytes;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly int _maxStringBytes = DefaultMaxStringBytes;
    private readonly long _maxRecords = DefaultMaxRecords;

    /// <summary>The form to read; <see cref="DatasetFormat.Auto"/> (the default) detects it from the content.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="DatasetFormat"/>.</exception>
    public DatasetFormat Format
    {
        get => _format;
        init => _format = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined DatasetFormat value.");
    }

    /// <summary>When true (the default), the loaded dataset is also validated (<see cref="PolicyDataset.Validate()"/>), and a
    /// dataset with errors is refused with a <see cref="Diagnostics.DatasetValidationException"/> that lists every problem
    /// (warnings too), each located at the file, line and column of its record. Warnings alone never refuse a dataset. False
    /// loads an inconsistent dataset for inspection (<see cref="WithoutValidation"/>). Streaming with
    /// <see cref="PolicyDatasetSerializer.ReadRecords"/> never validates: references need the whole dataset.</summary>
    public bool Validate { get; init; } = true;

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
    /// <remarks>Reports come one at a time and in order, but a JSON Lines file read on several threads may report from
    /// any of them: an <see cref="IProgress{T}"/> that updates a user interface should be a
    /// <see cref="Progress{T}"/> made on its thread.</remarks>
    public IProgress<DatasetReadProgress>? Progress { get; init; }

    /// <summary>The most bytes read from the stream (a byte-order mark included); more is PE0010 (a seekable stream that is
    /// longer is refused before reading). Default <see cref="DefaultMaxBytes"/> (2 GiB). The single-document form is held
    /// whole in memory, so it can in any case be no larger than the largest .NET array (about 2 GiB, also PE0010); JSON Lines
    /// is streamed one line at a time (a few batches of lines per core when its lines are parsed in parallel) and may be as
    /// large as this limit allows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be at least 1 byte.");
    }

    /// <summary>The deepest nesting of objects and arrays allowed; deeper is PE0011. Default <see cref="DefaultMaxDepth"/>
    /// (64). The format's records nest 6 deep (document, array, event, policy, scope, array), so a value below 6 refuses
    /// valid files.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than 1,000.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth limit must be from 1 to 1,000.");
    }

    /// <summary>The longest string allowed, a value or a member name, counted in UTF-8 bytes as written between its quotes
    /// (an escape such as <c>\u00e9</c> counts its six bytes); longer is PE0012. Default <see cref="DefaultMaxStringBytes"/>
    /// (1 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringBytes
    {
        get => _maxStringBytes;
        init => _maxStringBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The string limit must be at least 1 byte.");
    }

    /// <summary>The most records allowed: companies, jurisdictions, sources, statements, triggers and events together (the
    /// metadata does not count); more is PE0013. Default <see cref="DefaultMaxRecords"/> (50,000,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxRecords
    {
        get => _maxRecords;
        init => _maxRecords = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The record limit must not be negative.");
    }

    /// <summary>How many threads parse the lines of a JSON Lines file after its header: 0 (the default) for one per
    /// processor, 1 for the calling thread alone. The result, diagnostics included, is the same whatever the number (for
    /// tests, which compare them).</summary>
    internal int Parallelism { get; init; }

    /// <summary>How many lines one worker of a parallel load parses at a time (for tests, which make it small).</summary>
    internal int LinesPerBatch { get; init; } = 1024;

    /// <summary>Returns e.g. <c>DatasetReadOptions (Auto, validate: True, reject unknown members: False, file: data.json)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"DatasetReadOptions ({Format}, validate: {Validate}, reject unknown members: {RejectUnknownMembers}, file: {FileName ?? "(none)"})";
}
