using PolicyEvents.Cli.Hosting;

namespace PolicyEvents.Cli.Data;

/// <summary>
/// Opens the dataset a command names: a file (JSON document or JSON Lines, told apart by content), or the built-in
/// dataset when none is given. Turns file-system failures into one-line errors with exit code 2.
/// </summary>
internal sealed class DatasetLoader
{
    private readonly CliEnvironment _environment;

    /// <summary>Creates a loader.</summary>
    /// <param name="environment">The environment (codec, stderr, working directory).</param>
    public DatasetLoader(CliEnvironment environment) => _environment = environment;

    /// <summary>Loads the named file, or the built-in dataset when <paramref name="path"/> is null.</summary>
    /// <param name="path">The file as given on the command line, or null.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="CliException">The file is missing or unreadable (2) or the dataset malformed (1).</exception>
    public CliDataset Load(string? path)
    {
        if (path is null)
        {
            return _environment.Codec.LoadDefault();
        }
        return WithFile(path, (stream, format) => _environment.Codec.Read(stream, path, format),
            problem => throw CliException.InData(NotADataset(path, problem).ToString()));
    }

    /// <summary>Lists the problems in a file.</summary>
    /// <param name="path">The file as given on the command line.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="CliException">The file is missing or unreadable (2).</exception>
    public IReadOnlyList<CliDiagnostic> Validate(string path) =>
        WithFile(path, (stream, format) => _environment.Codec.Validate(stream, path, format), problem => [NotADataset(path, problem)]);

    /// <summary>The code of a file that is empty or not a dataset at all (the library's code for malformed JSON).</summary>
    public const string NotADatasetCode = "PE0001";

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, _environment.WorkingDirectory);

    /// <summary>A file that is empty or not a dataset at all, in the same form as the reader's diagnostics.</summary>
    private static CliDiagnostic NotADataset(string path, string problem) =>
        new(path, 1, 1, CliSeverity.Error, NotADatasetCode, problem);

    private T WithFile<T>(string path, Func<Stream, DatasetFileFormat, T> read, Func<string, T> notADataset)
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
            var format = Sniff(file, path, out var problem);
            if (format is null)
            {
                return notADataset(problem!);
            }
            var length = file.Length;
            if (!_environment.ErrorIsTerminal || length < _environment.ProgressThreshold)
            {
                return ReadGuarded(file, format.Value, path, read);
            }
            using var progress = new TerminalProgress(_environment.Error, Path.GetFileName(path));
            using var counted = new ProgressStream(file, length, progress);
            return ReadGuarded(counted, format.Value, path, read);
        }
    }

    private static T ReadGuarded<T>(Stream stream, DatasetFileFormat format, string path, Func<Stream, DatasetFileFormat, T> read)
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

    private static DatasetFileFormat? Sniff(FileStream file, string path, out string? problem)
    {
        problem = null;
        Span<byte> head = stackalloc byte[DatasetFormatSniffer.HeadLength];
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
            return null;
        }
        var format = DatasetFormatSniffer.Detect(head[..read], path);
        if (format is DatasetFileFormat.Json or DatasetFileFormat.JsonLines)
        {
            return format;
        }
        problem = "not a PolicyEvents dataset: expected a JSON document starting with \"formatVersion\" or JSON Lines starting with a \"type\": \"dataset\" header";
        return null;
    }
}
