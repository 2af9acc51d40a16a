using System.Text;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Interop;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Data;

/// <summary>
/// Opens the dataset a command names: a file read by the library's <see cref="PolicyDatasetSerializer"/> (JSON document or
/// JSON Lines, told apart by content with <see cref="PolicyDatasetSerializer.DetectFormat"/>), or the built-in dataset
/// when none is given. Turns file-system failures into one-line errors with exit code 2.
/// </summary>
internal sealed class DatasetLoader
{
    /// <summary>How many bytes are read to tell the form of a file.</summary>
    private const int HeadLength = 4096;

    private readonly CliEnvironment _environment;

    /// <summary>Creates a loader.</summary>
    /// <param name="environment">The environment (built-in dataset, stderr, working directory).</param>
    public DatasetLoader(CliEnvironment environment) => _environment = environment;

    /// <summary>The code of a file that is empty or not a dataset at all (the library's code for malformed JSON).</summary>
    public const string NotADatasetCode = DiagnosticCodes.MalformedJson;

    /// <summary>Loads and validates the named file, or returns the built-in dataset when <paramref name="path"/> is null.</summary>
    /// <param name="path">The file as given on the command line, or null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CliException">The file is missing or unreadable (2) or the dataset malformed or invalid (1).</exception>
    public PolicyDataset Load(string? path)
    {
        if (path is null)
        {
            return _environment.BuiltIn;
        }
        return WithFile(path, (stream, format) =>
        {
            try
            {
                return PolicyDatasetSerializer.Load(stream, Options(path, format, validate: true));
            }
            catch (DatasetValidationException e)
            {
                throw CliException.InData(Summary(e.Diagnostics, path), e);
            }
        }, problem => throw CliException.InData(DiagnosticText.Of(NotADataset(path, problem), path)));
    }

    /// <summary>Lists the problems in a file: every error and warning, in file order.</summary>
    /// <param name="path">The file as given on the command line.</param>
    /// <returns>The diagnostics; empty when the dataset is clean.</returns>
    /// <exception cref="CliException">The file is missing or unreadable (2).</exception>
    public IReadOnlyList<Diagnostic> Validate(string path) =>
        WithFile<IReadOnlyList<Diagnostic>>(path, (stream, format) =>
        {
            try
            {
                return PolicyDatasetSerializer.Read(stream, Options(path, format, validate: false)).Validate();
            }
            catch (DatasetValidationException e)
            {
                return e.Diagnostics;
            }
        }, problem => [NotADataset(path, problem)]);

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, _environment.WorkingDirectory);

    /// <summary>A file that is empty or not a dataset at all, as a diagnostic at its start.</summary>
    private static Diagnostic NotADataset(string path, string problem) =>
        new(DiagnosticSeverity.Error, NotADatasetCode, problem, new DiagnosticLocation(path, 1, 1, null));

    private static DatasetReadOptions Options(string path, DatasetFormat format, bool validate) => new()
    {
        FileName = path,
        Format = format,
        Validate = validate,
    };

    /// <summary>The first error, and how many more there are.</summary>
    private static string Summary(IReadOnlyList<Diagnostic> diagnostics, string path)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return $"{path}: not a valid PolicyEvents dataset";
        }
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run 'policyevents validate {path}' for all)" : string.Empty;
        return DiagnosticText.Of(errors[0], path) + more;
    }

    private T WithFile<T>(string path, Func<Stream, DatasetFormat, T> read, Func<string, T> notADataset)
    {
        var fullPath = Resolve(path);
        if (Directory.Exists(fullPath))
        {
            throw CliException.Usage($"cannot read '{path}': it is a directory, not a dataset file");
        }
        if (!File.Exists(fullPath))
        {
            throw CliException.Usage($"file not found: '{path}'");
        }
        FileStream file;
        try
        {
            file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read '{path}': {e.Message}", e);
        }
        using (file)
        {
            var format = Detect(file, path, out var problem);
            if (problem is not null)
            {
                return notADataset(problem);
            }
            var length = file.Length;
            if (!_environment.ErrorIsTerminal || length < _environment.ProgressThreshold)
            {
                return ReadGuarded(file, format, path, read);
            }
            using var progress = new TerminalProgress(_environment.Error, Path.GetFileName(path));
            using var counted = new ProgressStream(file, length, progress);
            return ReadGuarded(counted, format, path, read);
        }
    }

    private static T ReadGuarded<T>(Stream stream, DatasetFormat format, string path, Func<Stream, DatasetFormat, T> read)
    {
        try
        {
            return read(stream, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>The form of the file by its first bytes, or <see cref="DatasetFormat.Auto"/> with the problem when it is
    /// empty or not a dataset.</summary>
    private static DatasetFormat Detect(FileStream file, string path, out string? problem)
    {
        problem = null;
        Span<byte> head = stackalloc byte[HeadLength];
        int read;
        try
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot read '{path}': {e.Message}", e);
        }
        if (read == 0)
        {
            problem = "the file is empty; expected a PolicyEvents dataset (JSON document or JSON Lines)";
            return DatasetFormat.Auto;
        }
        var format = PolicyDatasetSerializer.DetectFormat(head[..read]);
        if (format != DatasetFormat.Auto || IsWideText(head[..read]))
        {
            // UTF-16 or UTF-32 text: the library's reader (left to detect the form) names the encoding.
            return format;
        }
        problem = IsCsvExport(head[..read], path)
            ? "a CSV export (one row per event, as 'convert' writes it) cannot be read back: it has no companies, statements or sources; read the .json or .jsonl dataset it was exported from"
            : "not a PolicyEvents dataset: expected a JSON document starting with \"formatVersion\" or JSON Lines starting with a \"type\": \"dataset\" header";
        return format;
    }

    /// <summary>True when the text starts with a UTF-16 or UTF-32 byte order mark, or with the zero bytes of ASCII in those encodings.</summary>
    private static bool IsWideText(ReadOnlySpan<byte> head) =>
        head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0, _, ..] or [not 0, 0, ..];

    /// <summary>True for a file named <c>.csv</c>, or one that starts with the header of the library's event CSV.</summary>
    private static bool IsCsvExport(ReadOnlySpan<byte> head, string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
        || head.StartsWith(Encoding.UTF8.GetBytes(string.Join(',', PolicyEventCsv.Columns.Take(3)) + ","));
}
