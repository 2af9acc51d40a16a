using System.Runtime.ExceptionServices;
using PolicyEvents.Diagnostics;
using PolicyEvents.Storage;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads the lines of a JSON Lines file after its header on several threads. Lines are independent once the header is
/// known, so they are taken from the stream in batches, parsed by workers (each with its own <see cref="ReadContext"/>,
/// caches and reader), and merged back in line order: the records, their positions, the diagnostics (messages, order,
/// positions) and the record count are those of reading the lines one after another. A batch that would pass the record
/// limit, or whose worker failed unexpectedly, is parsed again on the load's own context, which then stops exactly where a
/// one-thread load stops; a limit the stream itself reports (size, string length) is raised after the lines read before it.
/// The merge is not left to the end of a group of batches: whichever thread finishes the next batch in line order merges
/// it (one thread at a time), so the cores parse and merge side by side rather than taking turns.
/// </summary>
internal sealed class ParallelLines
{
    private const int MaxBatchBytes = 1 << 20;
    private readonly ReadContext[] _contexts;
    private readonly LinesReader[] _readers;
    private readonly List<Batch> _batches = [];
    private readonly int _linesPerBatch;
    private readonly Lock _mergeGate = new();
    private int _nextToParse;
    private int _nextToMerge;
    private ExceptionDispatchInfo? _mergeFailure;

    private readonly bool _rows;

    private ParallelLines(ReadContext context, int workers, int linesPerBatch, bool rows)
    {
        _rows = rows;
        _contexts = new ReadContext[workers];
        _readers = new LinesReader[workers];
        for (var w = 0; w < workers; w++)
        {
            _contexts[w] = context.ForWorker();
            _readers[w] = new LinesReader(_contexts[w]);
        }
        _linesPerBatch = Math.Max(1, linesPerBatch);
    }

    /// <summary>How many workers a load with these options uses: 1 means the lines are read on the calling thread alone.</summary>
    internal static int Workers(DatasetReadOptions options) =>
        options.Parallelism > 0 ? options.Parallelism : Math.Min(Environment.ProcessorCount, 16);

    /// <summary>Reads every line left in the buffer and the stream into the collector, through <paramref name="lines"/>'s
    /// context; the header must have been read (<see cref="LinesReader.SawHeader"/>).</summary>
    internal static void ReadRest(StreamBuffer buffer, LinesReader lines, DatasetCollector collector, ReadContext context, DatasetReadOptions options)
    {
        var workers = Workers(options);
        new ParallelLines(context, workers, options.LinesPerBatch, lines.Rows is not null).Read(buffer, lines, collector, context);
    }

    private void Read(StreamBuffer buffer, LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        var group = _contexts.Length * 4;
        while (true)
        {
            var taken = Take(buffer, group, out var limit);
            if (taken > 0)
            {
                ParseAndMerge(taken, lines, collector, context);
            }
            if (limit is not null)
            {
                throw limit;
            }
            if (taken < group)
            {
                return;
            }
        }
    }

    /// <summary>Takes up to <paramref name="count"/> batches of lines from the stream; a limit the stream reports stops the
    /// taking and is returned, to be thrown once the lines before it are merged.</summary>
    private int Take(StreamBuffer buffer, int count, out DatasetFormatException? limit)
    {
        limit = null;
        var taken = 0;
        while (taken < count)
        {
            if (_batches.Count == taken)
            {
                _batches.Add(new Batch(_rows ? new RecordRows() : null));
            }
            var batch = _batches[taken];
            batch.Clear();
            while (batch.Lines.Count < _linesPerBatch && batch.Length < MaxBatchBytes)
            {
                if (buffer.TryTakeLine(out var start, out var length))
                {
                    batch.Add(buffer.Buffer, start, length, buffer.LineNumber);
                    continue;
                }
                if (buffer.Eof)
                {
                    break;
                }
                try
                {
                    buffer.Fill();
                }
                catch (DatasetFormatException exception)
                {
                    limit = exception;
                    break;
                }
            }
            if (batch.Lines.Count == 0)
            {
                break;
            }
            taken++;
            if (limit is not null || buffer.Done)
            {
                break;
            }
        }
        return taken;
    }

    /// <summary>Parses the first <paramref name="batches"/> batches on the workers, each taking the next batch not yet
    /// taken; after each batch, its thread merges every batch parsed in line order that is not merged yet, unless another
    /// thread is merging. A failure of the merge (a record limit reached) stops the group and is raised as it was.</summary>
    private void ParseAndMerge(int batches, LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        (_nextToParse, _nextToMerge, _mergeFailure) = (0, 0, null);
        var workers = Math.Min(_contexts.Length, batches);
        if (workers == 1)
        {
            Work(0, batches, lines, collector, context);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w => Work(w, batches, lines, collector, context));
        }
        MergeParsed(batches, lines, collector, context);
        _mergeFailure?.Throw();
    }

    /// <summary>Worker <paramref name="worker"/> parses the next batch not yet taken until none is left, merging after each.</summary>
    private void Work(int worker, int batches, LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        int b;
        while ((b = Interlocked.Increment(ref _nextToParse) - 1) < batches && Volatile.Read(ref _mergeFailure) is null)
        {
            var batch = _batches[b];
            ParseBatch(worker, batch);
            Volatile.Write(ref batch.Parsed, true);
            MergeParsed(batches, lines, collector, context);
        }
    }

    /// <summary>Merges the batches parsed in line order since the last merge, unless another thread is merging them. A
    /// batch parsed while this thread held the gate is looked at again once it lets the gate go, so none is left behind.</summary>
    private void MergeParsed(int batches, LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        while (_mergeGate.TryEnter())
        {
            try
            {
                while (_nextToMerge < batches && _mergeFailure is null && Volatile.Read(ref _batches[_nextToMerge].Parsed))
                {
                    try
                    {
                        Merge(_batches[_nextToMerge], lines, collector, context);
                    }
#pragma warning disable CA1031 // raised as it was once the workers are done (ParseAndMerge)
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        Volatile.Write(ref _mergeFailure, ExceptionDispatchInfo.Capture(exception));
                    }
                    _nextToMerge++;
                }
            }
            finally
            {
                _mergeGate.Exit();
            }
            var next = Volatile.Read(ref _nextToMerge);
            if (next >= batches || Volatile.Read(ref _mergeFailure) is not null || !Volatile.Read(ref _batches[next].Parsed))
            {
                return;
            }
        }
    }

    private void ParseBatch(int worker, Batch batch)
    {
        var context = _contexts[worker];
        var reader = _readers[worker];
        reader.Rows = batch.Rows;
        context.Diagnostics.Clear();
        var recordsBefore = context.Records;
        var linesBefore = reader.Records;
        try
        {
            foreach (var (start, length, number) in batch.Lines)
            {
                if (reader.ParseLine(batch.Bytes, start, length, number, out var kind, out var position) is { } record)
                {
                    batch.Records.Add((kind, record, position));
                }
            }
        }
#pragma warning disable CA1031 // any failure is reproduced in line order by parsing the batch again on the load's context
        catch (Exception)
#pragma warning restore CA1031
        {
            batch.Failed = true;
        }
        batch.Diagnostics.AddRange(context.Diagnostics);
        batch.RecordsBegun = context.Records - recordsBefore;
        batch.LinesParsed = reader.Records - linesBefore;
    }

    private static void Merge(Batch batch, LinesReader lines, DatasetCollector collector, ReadContext context)
    {
        if (batch.Failed || context.Records + batch.RecordsBegun > context.MaxRecords)
        {
            foreach (var (start, length, number) in batch.Lines)
            {
                var record = lines.ParseLine(batch.Bytes, start, length, number, out var kind, out var position);
                if (record is not null)
                {
                    collector.Add(kind, record, position);
                }
            }
            return;
        }
        foreach (var diagnostic in batch.Diagnostics)
        {
            context.Add(diagnostic);
        }
        context.AddRecords(batch.RecordsBegun);
        lines.AddParsed(batch.LinesParsed);
        foreach (var (kind, record, position) in batch.Records)
        {
            collector.Add(kind, record, position);
        }
    }

    /// <summary>Consecutive lines, copied out of the stream's buffer (which moves on), and what their worker found.</summary>
    private sealed class Batch(RecordRows? rows)
    {
        /// <summary>The events and statements of this batch read straight into rows, when the load keeps them as columns.</summary>
        internal RecordRows? Rows { get; } = rows;

        internal byte[] Bytes { get; private set; } = new byte[64 * 1024];

        internal int Length { get; private set; }

        internal List<(int Start, int Length, int Number)> Lines { get; } = [];

        internal List<(DatasetRecordKind Kind, object Record, RecordPosition Position)> Records { get; } = [];

        internal List<Diagnostic> Diagnostics { get; } = [];

        internal long RecordsBegun { get; set; }

        internal long LinesParsed { get; set; }

        internal bool Failed { get; set; }

        /// <summary>Set by the worker that parsed the batch, read by the thread that merges it.</summary>
        internal bool Parsed;

        internal void Add(byte[] buffer, int start, int length, int number)
        {
            if (Length + length > Bytes.Length)
            {
                var bytes = new byte[Math.Max(Bytes.Length * 2, Length + length)];
                Bytes.AsSpan(0, Length).CopyTo(bytes);
                Bytes = bytes;
            }
            buffer.AsSpan(start, length).CopyTo(Bytes.AsSpan(Length));
            Lines.Add((Length, length, number));
            Length += length;
        }

        internal void Clear()
        {
            Length = 0;
            Lines.Clear();
            Records.Clear();
            Rows?.Clear();
            Diagnostics.Clear();
            RecordsBegun = 0;
            LinesParsed = 0;
            Failed = false;
            Parsed = false;
        }
    }
}
