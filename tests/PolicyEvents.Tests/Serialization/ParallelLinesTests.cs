using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;
using PolicyEvents.Synthetic;
using PolicyEvents.Tests.Reliability;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// JSON Lines is parsed on several threads after its header (<see cref="ParallelLines"/>): whatever the number of threads
/// and the size of their batches, a load gives exactly what one thread gives: the same dataset, record positions and
/// warnings, or the same diagnostics (messages, order, files, lines, columns, paths) when it is refused.
/// </summary>
public class ParallelLinesTests
{
    public static TheoryData<string> MalformedLines() =>
        [.. MalformedCorpusTests.Manifest.Select(c => c.File).Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Each_malformed_file_gives_the_same_diagnostics_on_one_thread_and_on_many(string file)
    {
        var c = MalformedCorpusTests.Manifest.Single(m => m.File == file);
        var bytes = File.ReadAllBytes(Path.Combine(MalformedCorpusTests.Folder, file));
        var validate = c.Options == "validate";
        var strict = c.Options == "strict";

        var one = Outcome(bytes, file, threads: 1, linesPerBatch: 1024, validate, strict);

        one.Should().NotStartWith("loaded", "each file of the corpus is refused");
        foreach (var (threads, batch) in new[] { (4, 1), (2, 2), (3, 3) })
        {
            Outcome(bytes, file, threads, batch, validate, strict).Should().Be(one, "{0} threads, {1} lines a batch", threads, batch);
        }
    }

    [Fact]
    public void A_long_file_mixing_good_and_bad_lines_gives_the_same_diagnostics_in_the_same_order()
    {
        var bytes = MixedCorpus();

        var one = Outcome(bytes, "mixed.jsonl", threads: 1, linesPerBatch: 1024, validate: true, strict: false);

        one.Should().StartWith("refused");
        one.Split('\n').Length.Should().BeGreaterThan(40, "the corpus holds many problems");
        foreach (var (threads, batch) in new[] { (2, 1), (4, 5), (8, 64), (2, 1024) })
        {
            Outcome(bytes, "mixed.jsonl", threads, batch, validate: true, strict: false).Should().Be(one, "{0} threads, {1} lines a batch", threads, batch);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(41)]
    public void The_record_limit_stops_at_the_same_record_with_the_same_diagnostics(long maxRecords)
    {
        var bytes = MixedCorpus();

        var one = Outcome(bytes, "mixed.jsonl", threads: 1, linesPerBatch: 1024, validate: false, strict: false, maxRecords);

        foreach (var (threads, batch) in new[] { (2, 1), (4, 3), (3, 16) })
        {
            Outcome(bytes, "mixed.jsonl", threads, batch, validate: false, strict: false, maxRecords).Should().Be(one);
        }
    }

    [Theory]
    [InlineData(4_096, DatasetReadOptions.DefaultMaxBytes)]
    [InlineData(DatasetReadOptions.DefaultMaxStringBytes, 20_000)]
    public void A_limit_of_the_stream_stops_the_load_as_on_one_thread(int maxStringBytes, long maxBytes)
    {
        var bytes = MixedCorpus().Concat(Encoding.UTF8.GetBytes("{\"type\":\"company\",\"id\":\"x\",\"name\":\"" + new string('a', 5_000) + "\"}\n")).ToArray();

        var one = Outcome(bytes, "limits.jsonl", threads: 1, linesPerBatch: 1024, validate: true, strict: false, maxStringBytes: maxStringBytes, maxBytes: maxBytes);

        one.Should().Contain(maxBytes < bytes.Length ? "PE0010" : "PE0012");
        foreach (var (threads, batch) in new[] { (2, 1), (4, 7), (3, 1024) })
        {
            Outcome(bytes, "limits.jsonl", threads, batch, validate: true, strict: false, maxStringBytes: maxStringBytes, maxBytes: maxBytes).Should().Be(one);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_stream_that_fails_midway_fails_the_load_with_its_own_exception(int threads)
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(3_000, seed: 5));
        var options = new DatasetReadOptions { Parallelism = threads, LinesPerBatch = 7 };

        var load = () => PolicyDatasetSerializer.LoadHistory(new BreakingReadStream(bytes, failAfter: bytes.Length / 2), options);

        load.Should().ThrowExactly<IOException>().WithMessage("*reset (simulated)*");
    }

    [Fact]
    public void A_generated_dataset_loads_to_the_same_values_and_positions_on_many_threads()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(3_000, seed: 11));

        var one = Outcome(bytes, "synthetic.jsonl", threads: 1, linesPerBatch: 1024, validate: true, strict: false);

        one.Should().StartWith("loaded");
        Outcome(bytes, "synthetic.jsonl", threads: 4, linesPerBatch: 37, validate: true, strict: false).Should().Be(one);
        Outcome(bytes, "synthetic.jsonl", threads: 0, linesPerBatch: 1024, validate: true, strict: false).Should().Be(one);
    }

    [Fact]
    public void Progress_counts_every_record_once_on_many_threads()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(12_000, seed: 3));
        var lines = bytes.Count(b => b == (byte)'\n');
        var reports = new List<DatasetReadProgress>();

        PolicyDatasetSerializer.Load(new MemoryStream(bytes), new DatasetReadOptions
        {
            Progress = new SynchronousProgress(reports.Add), Parallelism = 3, LinesPerBatch = 100,
        });

        reports.Select(r => r.RecordsRead).Should().BeInAscendingOrder().And.Contain(10_000).And.Contain(20_000);
        reports[^1].RecordsRead.Should().Be(lines);
    }

    private sealed class SynchronousProgress(Action<DatasetReadProgress> report) : IProgress<DatasetReadProgress>
    {
        public void Report(DatasetReadProgress value) => report(value);
    }

    /// <summary>Everything a load tells: the dataset's canonical text, where each record was read and the warnings; or
    /// the kind of refusal and each diagnostic.</summary>
    private static string Outcome(byte[] bytes, string file, int threads, int linesPerBatch, bool validate, bool strict, long maxRecords = DatasetReadOptions.DefaultMaxRecords,
        int maxStringBytes = DatasetReadOptions.DefaultMaxStringBytes, long maxBytes = DatasetReadOptions.DefaultMaxBytes)
    {
        var options = new DatasetReadOptions
        {
            FileName = file, Validate = validate, RejectUnknownMembers = strict, MaxRecords = maxRecords,
            MaxStringBytes = maxStringBytes, MaxBytes = maxBytes,
            Parallelism = threads, LinesPerBatch = linesPerBatch,
        };
        var text = new StringBuilder();
        try
        {
            // Not seekable, in small chunks: a size limit is met while reading, as from a network stream.
            var read = PolicyDatasetSerializer.Read(new ChunkedStream(bytes, 4_000, seekable: false), options);
            text.Append("loaded\n").Append(PolicyDatasetSerializer.ToJson(read.Dataset, DatasetFormat.JsonLines));
            var d = read.Dataset;
            var counts = new[]
            {
                (DatasetRecordKind.Company, d.Companies.Length), (DatasetRecordKind.Jurisdiction, d.Jurisdictions.Length),
                (DatasetRecordKind.Source, d.Sources.Length), (DatasetRecordKind.Statement, d.Statements.Length),
                (DatasetRecordKind.Trigger, d.Triggers.Length), (DatasetRecordKind.Event, d.Events.Length), (DatasetRecordKind.Figure, d.Figures.Length),
            };
            foreach (var (kind, count) in counts)
            {
                for (var i = 0; i < count; i++)
                {
                    text.Append(read.Locations.Locate(kind, i)).Append('\n');
                }
            }
            foreach (var warning in read.Warnings)
            {
                text.Append(warning).Append('\n');
            }
        }
        catch (DatasetValidationException exception)
        {
            text.Append("refused (").Append(exception.GetType().Name).Append(")\n");
            foreach (var diagnostic in exception.Diagnostics)
            {
                text.Append(diagnostic).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>The records of the small valid file, each followed by a line of trouble taken from the malformed corpus
    /// (the lines after the header of each JSON Lines file that parses its header), repeated and with blank lines.</summary>
    private static byte[] MixedCorpus()
    {
        var good = File.ReadAllLines(Fixtures.Data("valid/small.jsonl"));
        var bad = new List<string>();
        foreach (var c in MalformedCorpusTests.Manifest.Where(m => m.File.EndsWith(".jsonl", StringComparison.Ordinal)).OrderBy(m => m.File, StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(Path.Combine(MalformedCorpusTests.Folder, c.File), Encoding.UTF8).Split('\n');
            if (lines.Length > 1 && lines[0].StartsWith("{\"type\":\"dataset\"", StringComparison.Ordinal) && !lines[0].Contains("\"9.", StringComparison.Ordinal))
            {
                bad.AddRange(lines.Skip(1).Where(l => l.Length > 0));
            }
        }
        var text = new StringBuilder(good[0]).Append('\n');
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < bad.Count; i++)
            {
                text.Append(bad[i]).Append('\n');
                if (i % 5 == 0)
                {
                    text.Append('\n');
                }
                if (round == 0 && i + 1 < good.Length)
                {
                    text.Append(good[i + 1]).Append('\n');
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
