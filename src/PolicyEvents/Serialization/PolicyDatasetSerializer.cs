using System.Runtime.CompilerServices;
using System.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Internal;
using PolicyEvents.Storage;

namespace PolicyEvents.Serialization;

/// <summary>
/// Loads and saves <see cref="PolicyDataset"/> files in both forms of the format (docs/format.md): one JSON document, or
/// JSON Lines streamed one record at a time. Reading is strict and reports every problem with its file, one-based line and
/// column, and JSON path (<see cref="DatasetFormatException"/>); loading validates by default, so a dataset whose references
/// dangle or whose records conflict is refused too (<see cref="DatasetValidationException"/>, every problem located), unless
/// read with <see cref="DatasetReadOptions.WithoutValidation"/> to inspect it; writing is canonical (the same dataset always gives the
/// same bytes) and file writes are atomic.
/// </summary>
/// <remarks>No reflection is used: the readers and writers are hand-written over <c>Utf8JsonReader</c> and
/// <c>Utf8JsonWriter</c>, so the library is trimming and NativeAOT safe. All members are thread-safe.</remarks>
public static partial class PolicyDatasetSerializer
{
    /// <summary>Loads a dataset file; the form is detected from the content unless <paramref name="options"/> says.</summary>
    /// <param name="path">The file's path; diagnostics name it as given.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset, whole.</returns>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyDataset LoadFile(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return ReadCore(stream, options ?? DatasetReadOptions.Default, path).Dataset;
    }

    /// <summary>Loads a dataset file asynchronously; see <see cref="LoadFile"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset, whole.</returns>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static Task<PolicyDataset> LoadFileAsync(string path, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path); // before the task starts, like every argument check
        return DatasetOf(ReadFileCoreAsync(path, options, cancellationToken));
    }

    private static async Task<DatasetReadResult> ReadFileCoreAsync(string path, DatasetReadOptions? options, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadCoreAsync(stream, options ?? DatasetReadOptions.Default, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads a dataset from a UTF-8 stream (read to its end, not closed).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <returns>The dataset, whole.</returns>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static PolicyDataset Load(Stream stream, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(stream, options ?? DatasetReadOptions.Default, null).Dataset;
    }

    /// <summary>Loads a dataset from a UTF-8 stream asynchronously (read to its end, not closed).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The dataset, whole.</returns>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static Task<PolicyDataset> LoadAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DatasetOf(ReadCoreAsync(stream, options ?? DatasetReadOptions.Default, null, cancellationToken));
    }

    /// <summary>Loads a dataset from JSON text (either form).</summary>
    /// <param name="json">The text.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <returns>The dataset, whole.</returns>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static PolicyDataset FromJson(string json, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false);
        return ReadCore(stream, options ?? DatasetReadOptions.Default, null).Dataset;
    }

    /// <summary>Reads a dataset file as <see cref="LoadFile"/> does, and keeps where each record was read from and the
    /// warnings found on the way, for diagnostics that name the file, line and column (<see cref="DatasetReadResult.Validate"/>).</summary>
    /// <param name="path">The file's path; diagnostics name it as given.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>.</param>
    /// <returns>The dataset, with its record locations and read warnings.</returns>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DatasetReadResult ReadFile(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return ReadCore(stream, options ?? DatasetReadOptions.Default, path);
    }

    /// <summary>Reads a dataset file asynchronously; see <see cref="ReadFile"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset, with its record locations and read warnings.</returns>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static Task<DatasetReadResult> ReadFileAsync(string path, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCoreAsync(path, options, cancellationToken);
    }

    /// <summary>Reads a dataset from a UTF-8 stream (read to its end, not closed) as <see cref="Load"/> does, and keeps
    /// where each record was read from and the warnings found on the way.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for the defaults (<see cref="DatasetReadOptions.FileName"/> names the file in diagnostics).</param>
    /// <returns>The dataset, with its record locations and read warnings.</returns>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static DatasetReadResult Read(Stream stream, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCore(stream, options ?? DatasetReadOptions.Default, null);
    }

    /// <summary>Reads a dataset from a UTF-8 stream asynchronously; see <see cref="Read"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dataset, with its record locations and read warnings.</returns>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors (validation is on by default, <see cref="DatasetReadOptions.Validate"/>); every problem is listed, located.</exception>
    public static Task<DatasetReadResult> ReadAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadCoreAsync(stream, options ?? DatasetReadOptions.Default, null, cancellationToken);
    }

    /// <summary>
    /// Tells the form of a dataset from the start of its UTF-8 text, by the rule loading with <see cref="DatasetFormat.Auto"/>
    /// follows: a JSON object whose first member is named <c>type</c> (the <c>dataset</c> header line) is JSON Lines, any
    /// other JSON object the document. A UTF-8 byte order mark and white space before the object are skipped.
    /// </summary>
    /// <param name="utf8Start">The first bytes of the text: a few hundred are plenty (the whole text when shorter).</param>
    /// <returns><see cref="DatasetFormat.JsonLines"/> or <see cref="DatasetFormat.Document"/>; <see cref="DatasetFormat.Auto"/>
    /// when the bytes cannot be a dataset of either form: empty, only white space, or not starting with a JSON object
    /// (other text, or a byte order mark of UTF-16 or UTF-32).</returns>
    public static DatasetFormat DetectFormat(ReadOnlySpan<byte> utf8Start)
    {
        var text = utf8Start.StartsWith("\uFEFF"u8) ? utf8Start[3..] : utf8Start;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] != (byte)'{')
        {
            return DatasetFormat.Auto;
        }
        return text[1..].TrimStart(" \t\r\n"u8).StartsWith("\"type\""u8) ? DatasetFormat.JsonLines : DatasetFormat.Document;
    }

    /// <summary>Streams the records of a JSON Lines file one at a time, the header (<see cref="DatasetRecordKind.Metadata"/>)
    /// first, holding only the current line in memory. References between records are not checked (load the whole dataset
    /// and call <see cref="PolicyDataset.Validate()"/> for that); a line with problems throws when it is reached.</summary>
    /// <param name="stream">The UTF-8 stream (not closed).</param>
    /// <param name="options">How to read (<see cref="DatasetReadOptions.Progress"/> is honoured); null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The records, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown at once).</exception>
    /// <exception cref="DatasetFormatException">A line is not a valid record (thrown when enumerated).</exception>
    public static IAsyncEnumerable<DatasetRecord> ReadRecordsAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRecordsCoreAsync(stream, options ?? DatasetReadOptions.Default, cancellationToken);
    }

    /// <summary>Streams the records of a JSON Lines file one at a time; see <see cref="ReadRecordsAsync"/>.</summary>
    /// <param name="stream">The UTF-8 stream (not closed).</param>
    /// <param name="options">How to read; null for the defaults.</param>
    /// <returns>The records, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown at once).</exception>
    /// <exception cref="DatasetFormatException">A line is not a valid record (thrown when enumerated).</exception>
    public static IEnumerable<DatasetRecord> ReadRecords(Stream stream, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadRecordsCore(stream, options ?? DatasetReadOptions.Default);
    }

    /// <summary>Saves a dataset to a file atomically: the bytes go to a temporary file in the same folder, which is flushed
    /// and then moved over the target, so a failure leaves any old file intact and no temporary file behind.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="format">The form; <see cref="DatasetFormat.Auto"/> picks JSON Lines for <c>.jsonl</c> and <c>.ndjson</c>, the document otherwise.</param>
    /// <exception cref="IOException">The file cannot be written: the folder is missing or read-only, the disk is full, or the
    /// file would be larger than the file system or the process's file-size limit allows.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DatasetFormat"/>
    /// (checked before anything is written; never for a failed write).</exception>
    public static void SaveFile(PolicyDataset dataset, string path, DatasetFormat format = DatasetFormat.Auto) =>
        SaveFileThrough(dataset, path, format, static stream => stream);

    /// <summary>The seam for tests: <paramref name="wrap"/> stands between the writer and the temporary file, so a test can
    /// make the write fail part way and check that nothing is lost.</summary>
    internal static void SaveFileThrough(PolicyDataset dataset, string path, DatasetFormat format, Func<Stream, Stream> wrap)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var lines = IsLines(Guard.Defined(format, nameof(format)), path);
        WriteAtomically(path, file =>
        {
            var stream = wrap(file);
            foreach (var chunk in DatasetWriter.Chunks(dataset, lines))
            {
                stream.Write(chunk.Span);
            }
            stream.Flush();
            return Task.CompletedTask;
        }, sync: true).GetAwaiter().GetResult();
    }

    /// <summary>Saves a dataset to a file atomically and asynchronously; see <see cref="SaveFile"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="format">The form; <see cref="DatasetFormat.Auto"/> picks by extension.</param>
    /// <param name="cancellationToken">Cancels the save (the old file is then left intact).</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="IOException">The file cannot be written (as for <see cref="SaveFile"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The save was cancelled.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DatasetFormat"/>
    /// (thrown at once; never for a failed write).</exception>
    public static Task SaveFileAsync(PolicyDataset dataset, string path, DatasetFormat format = DatasetFormat.Auto, CancellationToken cancellationToken = default) =>
        SaveFileThroughAsync(dataset, path, format, static stream => stream, cancellationToken);

    /// <summary>The seam for tests, as for <see cref="SaveFileThrough"/>.</summary>
    internal static Task SaveFileThroughAsync(PolicyDataset dataset, string path, DatasetFormat format, Func<Stream, Stream> wrap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var lines = IsLines(Guard.Defined(format, nameof(format)), path);
        return WriteAtomically(path, async file =>
        {
            var stream = wrap(file);
            foreach (var chunk in DatasetWriter.Chunks(dataset, lines))
            {
                await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }, sync: false);
    }

    /// <summary>Writes a dataset's canonical bytes to a stream (not closed).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="format">The form; <see cref="DatasetFormat.Auto"/> means the document.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DatasetFormat"/>.</exception>
    public static void Save(PolicyDataset dataset, Stream stream, DatasetFormat format = DatasetFormat.Document)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var chunk in DatasetWriter.Chunks(dataset, Guard.Defined(format, nameof(format)) == DatasetFormat.JsonLines))
        {
            stream.Write(chunk.Span);
        }
        stream.Flush();
    }

    /// <summary>Writes a dataset's canonical bytes to a stream asynchronously (not closed).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The stream.</param>
    /// <param name="format">The form; <see cref="DatasetFormat.Auto"/> means the document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DatasetFormat"/>.</exception>
    public static Task SaveAsync(PolicyDataset dataset, Stream stream, DatasetFormat format = DatasetFormat.Document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        return SaveCoreAsync(dataset, stream, Guard.Defined(format, nameof(format)), cancellationToken);
    }

    private static async Task SaveCoreAsync(PolicyDataset dataset, Stream stream, DatasetFormat format, CancellationToken cancellationToken)
    {
        foreach (var chunk in DatasetWriter.Chunks(dataset, format == DatasetFormat.JsonLines))
        {
            await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns a dataset's canonical text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="format">The form; <see cref="DatasetFormat.Auto"/> means the document.</param>
    /// <returns>The JSON text (with its trailing newline).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DatasetFormat"/>.</exception>
    public static string ToJson(PolicyDataset dataset, DatasetFormat format = DatasetFormat.Document)
    {
        ArgumentNullException.ThrowIfNull(dataset); // Save checks the format before writing anything
        using var stream = new MemoryStream();
        Save(dataset, stream, format);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static bool IsLines(DatasetFormat format, string path) => format switch
    {
        DatasetFormat.JsonLines => true,
        DatasetFormat.Document => false,
        _ => Path.GetExtension(path).ToUpperInvariant() is ".JSONL" or ".NDJSON",
    };

    private static async Task WriteAtomically(string path, Func<Stream, Task> write, bool sync)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no folder.");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, sync ? FileOptions.None : FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var task = write(stream);
                if (sync)
                {
                    task.GetAwaiter().GetResult();
                }
                else
                {
                    await task.ConfigureAwait(false);
                }
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // FileStream reports a write past the largest file the file system or the process (ulimit -f, with SIGXFSZ
            // ignored) allows, EFBIG, as an ArgumentOutOfRangeException for a parameter the caller never passed; the
            // arguments were all checked before, so this is a failed write, and a failed write is an IOException.
            Discard(temporary);
            throw new IOException($"'{path}' could not be written: {e.Message}", e);
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }

    private static async Task<PolicyDataset> DatasetOf(Task<DatasetReadResult> read) => (await read.ConfigureAwait(false)).Dataset;

    private static DatasetReadResult Finish(DatasetReadResult read, DatasetReadOptions options)
    {
        if (options.Validate)
        {
            var diagnostics = read.Validate();
            if (diagnostics.Any(d => d.IsError))
            {
                throw new DatasetValidationException(diagnostics);
            }
        }
        return read;
    }

    private static bool DetectLines(StreamBuffer buffer, DatasetReadOptions options)
    {
        if (options.Format != DatasetFormat.Auto)
        {
            return buffer.Lines = options.Format == DatasetFormat.JsonLines;
        }
        while (!buffer.CanDetect && buffer.Fill())
        {
        }
        buffer.RejectOtherEncodings();
        return buffer.Lines = buffer.LooksLikeLines();
    }

    private static async ValueTask<bool> DetectLinesAsync(StreamBuffer buffer, DatasetReadOptions options, CancellationToken cancellationToken)
    {
        if (options.Format != DatasetFormat.Auto)
        {
            return buffer.Lines = options.Format == DatasetFormat.JsonLines;
        }
        while (!buffer.CanDetect && await buffer.FillAsync(cancellationToken).ConfigureAwait(false))
        {
        }
        buffer.RejectOtherEncodings();
        return buffer.Lines = buffer.LooksLikeLines();
    }

    private static DatasetReadResult ReadCore(Stream stream, DatasetReadOptions options, string? file) =>
        Finish(ReadUnchecked(stream, options, file, new DatasetCollector()), options);

    /// <summary>Reads either form into the collector and builds what it gathered, without validating it.</summary>
    internal static DatasetReadResult ReadUnchecked(Stream stream, DatasetReadOptions options, string? file, DatasetCollector collector)
    {
        var context = new ReadContext(file ?? options.FileName, options);
        context.CacheForWholeLoad(); // a whole load keeps every statement, source and policy: share one instance of each
        collector.NumberIdsBy(context.Ids);
        var buffer = new StreamBuffer(stream, options, context.File);
        if (!DetectLines(buffer, options))
        {
            buffer.ReadToEnd();
            return ReadDocument(buffer, context, options, collector);
        }
        var lines = new LinesReader(buffer, context, options.Progress) { Rows = collector.KeepsColumns ? new RecordRows() : null };
        var parallel = ParallelLines.Workers(options) > 1;
        while (true)
        {
            if (parallel && lines.SawHeader)
            {
                // The lines after the header are independent: read them on every core, merged back in line order.
                ParallelLines.ReadRest(buffer, lines, collector, context, options);
                break;
            }
            if (buffer.TryTakeLine(out var start, out var length))
            {
                TakeLine(lines, collector, context, start, length);
                continue;
            }
            if (buffer.Eof)
            {
                break;
            }
            buffer.Fill();
        }
        return EndLines(lines, collector, context);
    }

    private static async Task<DatasetReadResult> ReadCoreAsync(Stream stream, DatasetReadOptions options, string? file, CancellationToken cancellationToken) =>
        Finish(await ReadUncheckedAsync(stream, options, file, new DatasetCollector(), cancellationToken).ConfigureAwait(false), options);

    /// <summary>Reads either form into the collector asynchronously, on one thread, without validating what it gathered.</summary>
    private static async Task<DatasetReadResult> ReadUncheckedAsync(Stream stream, DatasetReadOptions options, string? file, DatasetCollector collector,
        CancellationToken cancellationToken)
    {
        var context = new ReadContext(file ?? options.FileName, options);
        context.CacheForWholeLoad(); // a whole load keeps every statement, source and policy: share one instance of each
        collector.NumberIdsBy(context.Ids);
        var buffer = new StreamBuffer(stream, options, context.File);
        if (!await DetectLinesAsync(buffer, options, cancellationToken).ConfigureAwait(false))
        {
            await buffer.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            return ReadDocument(buffer, context, options, collector);
        }
        var lines = new LinesReader(buffer, context, options.Progress) { Rows = collector.KeepsColumns ? new RecordRows() : null };
        while (true)
        {
            if (buffer.TryTakeLine(out var start, out var length))
            {
                TakeLine(lines, collector, context, start, length);
                continue;
            }
            if (buffer.Eof)
            {
                break;
            }
            cancellationToken.ThrowIfCancellationRequested();
            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
        }
        return EndLines(lines, collector, context);
    }

    private static DatasetReadResult ReadDocument(StreamBuffer buffer, ReadContext context, DatasetReadOptions options, DatasetCollector collector)
    {
        var read = DocumentReader.Read(buffer.Buffer, buffer.Start, buffer.Length, context, collector);
        var dataset = read.Dataset;
        options.Progress?.Report(new DatasetReadProgress(buffer.BytesRead,
            1 + dataset.Companies.Length + dataset.Jurisdictions.Length + dataset.Sources.Length + dataset.Statements.Length + dataset.Triggers.Length
            + dataset.Events.Length + (collector.Columns?.Count ?? 0) + dataset.Figures.Length));
        return read;
    }

    private static void TakeLine(LinesReader lines, DatasetCollector collector, ReadContext context, int start, int length)
    {
        var record = lines.ParseLine(start, length, out var kind, out var position);
        if (!lines.VersionOk)
        {
            // A header of another major version is reported alone; a header whose formatVersion is not even a string
            // (no PE0007) stops the load with what was found.
            var version = context.Diagnostics.FindLast(d => d.Code == DiagnosticCodes.UnsupportedVersion);
            throw new DatasetFormatException(version is null ? context.Diagnostics : [version]);
        }
        if (record is DatasetMetadata metadata)
        {
            collector.Metadata = metadata;
            collector.MetadataPosition = position;
        }
        else if (record is not null)
        {
            collector.Add(kind, record, position);
        }
    }

    private static DatasetReadResult EndLines(LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        lines.ReportEnd();
        var dataset = context.ErrorCount == 0 ? collector.Build(context, lines: true) : null;
        return dataset ?? throw new DatasetFormatException(context.Diagnostics);
    }

    private static IEnumerable<DatasetRecord> ReadRecordsCore(Stream stream, DatasetReadOptions options)
    {
        var context = new ReadContext(options.FileName, options);
        var buffer = new StreamBuffer(stream, options, context.File) { Lines = true };
        var lines = new LinesReader(buffer, context, options.Progress);
        while (true)
        {
            if (buffer.TryTakeLine(out var start, out var length))
            {
                if (StreamLine(lines, context, start, length) is { } record)
                {
                    yield return record;
                }
                continue;
            }
            if (buffer.Eof)
            {
                break;
            }
            buffer.Fill();
        }
        EndStream(lines, context);
    }

    private static async IAsyncEnumerable<DatasetRecord> ReadRecordsCoreAsync(Stream stream, DatasetReadOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = new ReadContext(options.FileName, options);
        var buffer = new StreamBuffer(stream, options, context.File) { Lines = true };
        var lines = new LinesReader(buffer, context, options.Progress);
        while (true)
        {
            if (buffer.TryTakeLine(out var start, out var length))
            {
                if (StreamLine(lines, context, start, length) is { } record)
                {
                    yield return record;
                }
                continue;
            }
            if (buffer.Eof)
            {
                break;
            }
            cancellationToken.ThrowIfCancellationRequested();
            await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
        }
        EndStream(lines, context);
    }

    private static DatasetRecord? StreamLine(LinesReader lines, ReadContext context, int start, int length)
    {
        context.Diagnostics.Clear();
        var errors = context.ErrorCount;
        var record = lines.ParseLine(start, length, out var kind, out var position);
        if (!lines.VersionOk || context.ErrorCount != errors)
        {
            throw new DatasetFormatException(context.Diagnostics);
        }
        return record is null ? null : new DatasetRecord(kind, record, position.Line, [.. context.Diagnostics]);
    }

    private static void EndStream(LinesReader lines, ReadContext context)
    {
        context.Diagnostics.Clear();
        var errors = context.ErrorCount;
        lines.ReportEnd();
        if (context.ErrorCount != errors)
        {
            throw new DatasetFormatException(context.Diagnostics);
        }
    }
}
