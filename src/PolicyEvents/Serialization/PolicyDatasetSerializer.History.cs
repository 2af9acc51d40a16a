using PolicyEvents.Diagnostics;
using PolicyEvents.Queries;
using PolicyEvents.Validation;

namespace PolicyEvents.Serialization;

public static partial class PolicyDatasetSerializer
{
    /// <summary>Loads a dataset file straight into a <see cref="PolicyHistory"/>, keeping its events as compact columns
    /// rather than objects; see <see cref="LoadHistory"/>.</summary>
    /// <param name="path">The file's path; diagnostics name it as given.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>. Validation must be on.</param>
    /// <returns>The history, in its default view, equal in every answer to <c>PolicyHistory.From(LoadFile(path))</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> turns validation off.</exception>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors; every problem is listed, located.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyHistory LoadHistoryFile(string path, DatasetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = HistoryOptions(options);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return LoadHistoryCore(stream, options, path);
    }

    /// <summary>
    /// Loads a dataset from a UTF-8 stream (read to its end, not closed) straight into a <see cref="PolicyHistory"/>: the
    /// events are kept as columns (ids as bytes, numbers into shared tables of companies, jurisdictions, policies and
    /// dates) and materialized as <see cref="Domain.PolicyEvent"/> objects only when a query result or
    /// <see cref="PolicyHistory.Events"/> hands one out; the statements and sources likewise, their texts as UTF-8. For a large
    /// dataset that is only queried, this keeps less than half the memory of
    /// <c>PolicyHistory.From(Load(stream))</c> (<c>benchmarks/RESULTS.md</c>), and gives the same answers at the same speed.
    /// </summary>
    /// <remarks>
    /// <para>Both forms are read, with the same diagnostics as <see cref="Load(Stream, DatasetReadOptions?)"/>, and the dataset is
    /// validated by the same rules: a history needs every reference resolved, so <paramref name="options"/> may not turn
    /// validation off. Warnings do not refuse the dataset and are not returned; read with
    /// <see cref="Read(Stream, DatasetReadOptions?)"/> to see them.</para>
    /// <para>The history keeps the companies and triggers as objects, and the jurisdictions in its
    /// <see cref="PolicyHistory.Registry"/>, but not the metadata or the published figures: load a
    /// <see cref="Datasets.PolicyDataset"/> for those.
    /// An event, a statement or a source handed out is a new object equal to the one read (<c>==</c> compares values),
    /// not the same instance each time.</para>
    /// </remarks>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>. Validation must be on.</param>
    /// <returns>The history, in its default view, equal in every answer to <c>PolicyHistory.From(Load(stream))</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> turns validation off.</exception>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors; every problem is listed, located.</exception>
    public static PolicyHistory LoadHistory(Stream stream, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return LoadHistoryCore(stream, HistoryOptions(options), null);
    }

    /// <summary>Loads a dataset file straight into a <see cref="PolicyHistory"/> asynchronously; see <see cref="LoadHistory"/>.</summary>
    /// <param name="path">The file's path; diagnostics name it as given.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>. Validation must be on.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The history, in its default view.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> turns validation off.</exception>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors; every problem is listed, located.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Task<PolicyHistory> LoadHistoryFileAsync(string path, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path); // before the task starts, like every argument check
        return LoadHistoryFileCoreAsync(path, HistoryOptions(options), cancellationToken);
    }

    /// <summary>Loads a dataset from a UTF-8 stream straight into a <see cref="PolicyHistory"/> asynchronously (read to its
    /// end, not closed); see <see cref="LoadHistory"/>. The stream is read asynchronously and its lines parsed on one
    /// thread, as <see cref="LoadAsync"/> does.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">How to read; null for <see cref="DatasetReadOptions.Default"/>. Validation must be on.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The history, in its default view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> turns validation off.</exception>
    /// <exception cref="DatasetFormatException">The text is not a valid dataset; every problem is listed.</exception>
    /// <exception cref="DatasetValidationException">The dataset has errors; every problem is listed, located.</exception>
    public static Task<PolicyHistory> LoadHistoryAsync(Stream stream, DatasetReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return LoadHistoryCoreAsync(stream, HistoryOptions(options), null, cancellationToken);
    }

    private static async Task<PolicyHistory> LoadHistoryFileCoreAsync(string path, DatasetReadOptions options, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await LoadHistoryCoreAsync(stream, options, path, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<PolicyHistory> LoadHistoryCoreAsync(Stream stream, DatasetReadOptions options, string? file, CancellationToken cancellationToken)
    {
        var collector = DatasetCollector.ForHistory();
        return ValidatedHistory(await ReadUncheckedAsync(stream, options, file, collector, cancellationToken).ConfigureAwait(false), collector);
    }

    private static DatasetReadOptions HistoryOptions(DatasetReadOptions? options) =>
        options is null ? DatasetReadOptions.Default
        : options.Validate ? options
        : throw new ArgumentException("A history needs a valid dataset: load it with validation on (DatasetReadOptions.Validate).", nameof(options));

    private static PolicyHistory LoadHistoryCore(Stream stream, DatasetReadOptions options, string? file)
    {
        var collector = DatasetCollector.ForHistory();
        return ValidatedHistory(ReadUnchecked(stream, options, file, collector), collector);
    }

    /// <summary>Validates what a collector for a history read, and builds the history.</summary>
    private static PolicyHistory ValidatedHistory(DatasetReadResult read, DatasetCollector collector)
    {
        var events = collector.Columns!;
        var statements = collector.StatementColumns!;
        var sources = collector.SourceColumns!;
        var contents = new HistoryContents(read.Dataset, events, statements, sources);

        // The index is built on another thread beside the validation, which only reads the same stores. A refused
        // dataset's index is waited for and dropped: what it may throw on a dangling reference, the refusal explains.
        var index = Task.Run(() => PolicyHistory.FromStore(read.Dataset, events, statements, sources));
        var diagnostics = read.Warnings.AddRange(DatasetValidator.Validate(contents, read.Locations));
        if (diagnostics.Any(d => d.IsError))
        {
            try
            {
                index.Wait();
            }
            catch (AggregateException)
            {
                // Dropped with the index.
            }
            throw new DatasetValidationException(diagnostics);
        }
        return index.GetAwaiter().GetResult();
    }
}
