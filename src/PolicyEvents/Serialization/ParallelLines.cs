using System.Diagnostics.CodeAnalysis;
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
/// </summary>
/// <remarks>
/// Nothing waits for a group of batches: a worker takes the next batch from the stream itself (one thread at a time), parses
/// it, then merges every batch parsed in line order that is not merged yet, unless another thread is merging. The batches
/// are a ring of a few per worker, reused once merged; a worker that finds every one of them taken and not yet merged
/// waits for the merge. So the cores take, parse and merge side by side rather than taking turns.
/// </remarks>
internal sealed class ParallelLines
{
    // A batch takes lines while it holds fewer bytes than this, so that its first buffer (BatchBufferBytes) holds them
    // unless a line is longer than 16 KiB: the ring's buffers stay on the small object heap and are never grown.
    private const int MaxBatchBytes = 48 * 1024;
    private const int BatchBufferBytes = 64 * 1024;
    private readonly ReadContext[] _contexts;
    private readonly LinesReader[] _readers;
    private readonly Batch[] _ring;
    private readonly int _linesPerBatch;
    private readonly StreamBuffer _buffer;
    private readonly LinesReader _lines;
    private readonly DatasetCollector _collector;
    private readonly ReadContext _context;
    private readonly Lock _takeGate = new();
    private readonly Lock _mergeGate = new();
    private long _taken; // batches taken from the stream; under _takeGate
    private long _merged; // batches merged; written under _mergeGate
    private bool _takingDone; // under _takeGate
    private DatasetFormatException? _limit; // a limit the stream reported; under _takeGate
    private ExceptionDispatchInfo? _takeFailure; // the stream failed; under _takeGate
    private ExceptionDispatchInfo? _mergeFailure;

    private ParallelLines(StreamBuffer buffer, LinesReader lines, DatasetCollector collector, ReadContext context, int workers, int linesPerBatch)
    {
        (_buffer, _lines, _collector, _context) = (buffer, lines, collector, context);
        _contexts = new ReadContext[workers];
        _readers = new LinesReader[workers];
        for (var w = 0; w < workers; w++)
        {
            _contexts[w] = context.ForWorker();
            _readers[w] = new LinesReader(_contexts[w]);
        }
        _ring = new Batch[workers * 4];
        for (var b = 0; b < _ring.Length; b++)
        {
            _ring[b] = new Batch(lines.Rows is not null ? new RecordRows() : null);
        }
        _linesPerBatch = Math.Max(1, linesPerBatch);
    }

    /// <summary>How many workers a load with these options uses: 1 means the lines are read on the calling thread alone.</summary>
    internal static int Workers(DatasetReadOptions options) =>
        options.Parallelism > 0 ? options.Parallelism : Math.Min(Environment.ProcessorCount, 16);

    /// <summary>Reads every line left in the buffer and the stream into the collector, through <paramref name="lines"/>'s
    /// context; the header must have been read (<see cref="LinesReader.SawHeader"/>).</summary>
    internal static void ReadRest(StreamBuffer buffer, LinesReader lines, DatasetCollector collector, ReadContext context, DatasetReadOptions options) =>
        new ParallelLines(buffer, lines, collector, context, Workers(options), options.LinesPerBatch).Read();

    private void Read()
    {
        var workers = _contexts.Length;
        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
        }
        MergeParsed();
        // In line order: a record limit met while merging comes before anything the stream did after those lines.
        _mergeFailure?.Throw();
        _takeFailure?.Throw();
        if (_limit is not null)
        {
            throw _limit;
        }
    }

    /// <summary>Worker <paramref name="worker"/> takes, parses and merges batches until the stream is done or the load
    /// failed; with every batch of the ring taken and not merged, it merges what it can, else waits for the merge.</summary>
    private void Work(int worker)
    {
        var wait = new SpinWait();
        while (true)
        {
            if (TryTake(out var batch, out var done))
            {
                ParseBatch(worker, batch);
                Volatile.Write(ref batch.ParsedAs, batch.Sequence + 1);
                MergeParsed();
                wait = default;
                continue;
            }
            if (done)
            {
                return;
            }
            MergeParsed();
            wait.SpinOnce();
        }
    }

    /// <summary>Takes the next batch of lines from the stream into the ring. False when there is none: with
    /// <paramref name="done"/> when the stream is done or the load failed, else because every batch of the ring is taken
    /// and not merged yet. A limit the stream reports, or its failure, ends the taking; they are raised once the lines
    /// before them are merged.</summary>
    private bool TryTake([NotNullWhen(true)] out Batch? batch, out bool done)
    {
        batch = null;
        lock (_takeGate)
        {
            done = _takingDone || Volatile.Read(ref _mergeFailure) is not null;
            if (done || _taken - Volatile.Read(ref _merged) >= _ring.Length)
            {
                return false;
            }
            var next = _ring[_taken % _ring.Length];
            next.Clear();
            try
            {
                Fill(next);
            }
#pragma warning disable CA1031 // raised as it was once the workers are done (Read)
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _takeFailure = ExceptionDispatchInfo.Capture(exception);
            }
            if (next.Lines.Count == 0 || _takeFailure is not null)
            {
                _takingDone = done = true;
                return false;
            }
            next.Sequence = _taken++;
            next.BytesRead = _buffer.BytesRead;
            _takingDone = _limit is not null || _buffer.Done;
            batch = next;
            return true;
        }
    }

    /// <summary>Copies the next lines of the stream into <paramref name="batch"/>; a limit the stream reports stops it.</summary>
    private void Fill(Batch batch)
    {
        while (batch.Lines.Count < _linesPerBatch && batch.Length < MaxBatchBytes)
        {
            if (_buffer.TryTakeLine(out var start, out var length))
            {
                batch.Add(_buffer.Buffer, start, length, _buffer.LineNumber);
                continue;
            }
            if (_buffer.Eof)
            {
                return;
            }
            try
            {
                _buffer.Fill();
            }
            catch (DatasetFormatException exception)
            {
                _limit = exception;
                return;
            }
        }
    }

    /// <summary>Merges the batches parsed in line order since the last merge, unless another thread is merging them. A
    /// batch parsed while this thread held the gate is looked at again once it lets the gate go, so none is left behind.
    /// A failure of the merge (a record limit reached) stops the load and is raised as it was.</summary>
    private void MergeParsed()
    {
        while (_mergeGate.TryEnter())
        {
            try
            {
                Batch next;
                while (_mergeFailure is null && Volatile.Read(ref (next = _ring[_merged % _ring.Length]).ParsedAs) == _merged + 1)
                {
                    try
                    {
                        Merge(next, _lines, _collector, _context);
                    }
#pragma warning disable CA1031 // raised as it was once the workers are done (Read)
                    catch (Exception exception)
#pragma warning restore CA1031
                    {
                        Volatile.Write(ref _mergeFailure, ExceptionDispatchInfo.Capture(exception));
                    }
                    Volatile.Write(ref _merged, _merged + 1);
                }
            }
            finally
            {
                _mergeGate.Exit();
            }
            var merged = Volatile.Read(ref _merged);
            if (Volatile.Read(ref _mergeFailure) is not null || Volatile.Read(ref _ring[merged % _ring.Length].ParsedAs) != merged + 1)
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
            lines.ProgressBytes = batch.BytesRead;
            try
            {
                foreach (var (start, length, number) in batch.Lines)
                {
                    var record = lines.ParseLine(batch.Bytes, start, length, number, out var kind, out var position);
                    if (record is not null)
                    {
                        collector.Add(kind, record, position);
                    }
                }
            }
            finally
            {
                lines.ProgressBytes = null;
            }
            return;
        }
        foreach (var diagnostic in batch.Diagnostics)
        {
            context.Add(diagnostic);
        }
        context.AddRecords(batch.RecordsBegun);
        lines.AddParsed(batch.LinesParsed, batch.BytesRead);
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

        internal byte[] Bytes { get; private set; } = new byte[BatchBufferBytes];

        internal int Length { get; private set; }

        internal List<(int Start, int Length, int Number)> Lines { get; } = [];

        internal List<(DatasetRecordKind Kind, object Record, RecordPosition Position)> Records { get; } = [];

        internal List<Diagnostic> Diagnostics { get; } = [];

        internal long RecordsBegun { get; set; }

        internal long LinesParsed { get; set; }

        internal bool Failed { get; set; }

        /// <summary>Which batch of the load this is, in line order (0 for the first); set when it is taken.</summary>
        internal long Sequence { get; set; }

        /// <summary>How many bytes the stream had given when the batch was taken: what progress reports with its lines.</summary>
        internal long BytesRead { get; set; }

        /// <summary><see cref="Sequence"/> + 1 once parsed, set by the worker that parsed the batch and read by the thread
        /// that merges it; a batch of the ring not parsed since it was last taken holds an earlier value.</summary>
        internal long ParsedAs;

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
        }
    }
}
