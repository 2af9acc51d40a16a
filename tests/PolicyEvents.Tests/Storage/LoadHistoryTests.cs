using System.Text;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Synthetic;
using PolicyEvents.Tests.Reliability;

namespace PolicyEvents.Tests.Storage;

/// <summary>
/// <see cref="PolicyDatasetSerializer.LoadHistory"/> keeps the events as columns and gives exactly what
/// <c>PolicyHistory.From(Load(...))</c> gives: the same events (materialized equal), the same answers to every kind of
/// query in every view, and for input that is refused, the same exception with the same diagnostics.
/// </summary>
public class LoadHistoryTests
{
    public static TheoryData<string> MalformedFiles() => [.. MalformedCorpusTests.Manifest.Select(c => c.File)];

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Each_malformed_file_is_refused_with_the_diagnostics_of_a_dataset_load(string file)
    {
        var c = MalformedCorpusTests.Manifest.Single(m => m.File == file);
        var bytes = File.ReadAllBytes(Path.Combine(MalformedCorpusTests.Folder, file));
        var options = new DatasetReadOptions { FileName = file, RejectUnknownMembers = c.Options == "strict" };

        var expected = Refusal(() => PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes), options)));
        var actual = Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options));
        var actualAsync = Refusal(() => PolicyDatasetSerializer.LoadHistoryAsync(new MemoryStream(bytes), options).GetAwaiter().GetResult());

        actual.Should().Be(expected);
        actualAsync.Should().Be(expected, "the asynchronous load reads and refuses alike");
    }

    [Fact]
    public async Task The_asynchronous_loads_give_the_same_history_and_can_be_cancelled()
    {
        var folder = Directory.CreateTempSubdirectory("policyevents-history-").FullName;
        try
        {
            var path = Path.Combine(folder, "synthetic.jsonl");
            await File.WriteAllBytesAsync(path, SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(1_000, seed: 2)));
            var expected = PolicyHistory.From(PolicyDatasetSerializer.LoadFile(path));

            var fromFile = await PolicyDatasetSerializer.LoadHistoryFileAsync(path);
            await using var stream = File.OpenRead(path);
            var fromStream = await PolicyDatasetSerializer.LoadHistoryAsync(stream);
            var cancelled = () => PolicyDatasetSerializer.LoadHistoryFileAsync(path, cancellationToken: new CancellationToken(canceled: true));

            Describe(fromFile).Should().Be(Describe(expected));
            Describe(fromStream).Should().Be(Describe(expected));
            await cancelled.Should().ThrowAsync<OperationCanceledException>();
            ((Action)(() => _ = PolicyDatasetSerializer.LoadHistoryFileAsync("", null))).Should().Throw<ArgumentException>("arguments are checked before the task starts");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("event")]
    [InlineData("statement")]
    [InlineData("source")]
    public void A_file_whose_ids_repeat_is_refused_naming_both_lines(string type)
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(300, seed: 5));
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith($"{{\"type\":\"{type}\"", StringComparison.Ordinal));
        // The repeat differs from the first record but for its id: for a statement in its text, for a source in its title.
        var repeat = lines[first].Replace("\"text\":\"", "\"text\":\"Again: ", StringComparison.Ordinal)
            .Replace("\"title\":\"", "\"title\":\"Again: ", StringComparison.Ordinal);
        var doubled = Encoding.UTF8.GetBytes(string.Join('\n', lines) + repeat + "\n");
        var options = new DatasetReadOptions { FileName = "doubled.jsonl" };

        var expected = Refusal(() => PolicyDatasetSerializer.Load(new MemoryStream(doubled), options));
        var actual = Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(doubled), options));

        expected.Should().Contain("PE0108").And.Contain($"{type} id").And.Contain($"line {first + 1}");
        actual.Should().Be(expected);
    }

    [Fact]
    public void Long_statement_texts_written_plain_or_escaped_are_kept_whole()
    {
        // Texts longer than the row buffer and than a block of text (64 KB), beyond ASCII, written as UTF-8 and escaped.
        var texts = new[]
        {
            string.Concat(Enumerable.Repeat("Long quote. ", 1_700)),
            string.Concat(Enumerable.Repeat("香港國安法 ", 6_000)),
            string.Concat(Enumerable.Repeat("We \"paused\" — ", 5_000)),
            "Short after long.",
        };
        var raw = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(300, seed: 3))).Split('\n');
        var statement = 0;
        for (var i = 0; i < lines.Length && statement < texts.Length * 2; i++)
        {
            if (lines[i].StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal))
            {
                var node = System.Text.Json.Nodes.JsonNode.Parse(lines[i])!;
                node["text"] = texts[statement % texts.Length];
                lines[i] = statement < texts.Length ? node.ToJsonString(raw) : node.ToJsonString(); // the second round escaped
                statement++;
            }
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        foreach (var parallelism in new[] { 1, 2 })
        {
            var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = parallelism, LinesPerBatch = 16 });

            actual.Statements.Should().Equal(expected.Statements);
            actual.Statements.Values.Select(s => s.Text).Should().Contain(texts);
        }
    }

    [Fact]
    public void The_statements_are_kept_as_columns_and_plain_lines_read_straight_into_them()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(5_000, seed: 20200630));

        foreach (var parallelism in new[] { 1, 2 })
        {
            var history = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = parallelism, LinesPerBatch = 64 });

            var store = history.StatementStore.Should().BeOfType<PolicyEvents.Storage.ColumnStatementStore>().Subject;
            store.ReadAsRows.Should().BeGreaterThan(store.Count * 99 / 100, "nearly every generated statement line is plain ({0} threads)", parallelism);
            store.TextBytes.Should().Be(history.Statements.Values.Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text)), "each text once, as UTF-8");
        }
    }

    [Fact]
    public void Plain_source_lines_are_read_straight_into_columns()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(5_000, seed: 20200630));

        foreach (var parallelism in new[] { 1, 2 })
        {
            var collector = DatasetCollector.ForHistory();
            PolicyDatasetSerializer.ReadUnchecked(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = parallelism, LinesPerBatch = 64 }, null, collector);

            var store = collector.SourceColumns!;
            store.Count.Should().BeGreaterThan(500);
            store.ReadAsRows.Should().Be(store.Count, "every generated source line is plain ({0} threads)", parallelism);
        }
    }

    [Fact]
    public void Sources_are_kept_as_columns_and_made_equal_to_those_read_whatever_they_hold()
    {
        var lines = SyntheticLines(300, seed: 8);
        var sources = SourceLines(lines);
        // Every member, a retrieval instant to the nanosecond, text beyond ASCII in the title and the address, a fragment.
        lines[sources[0]] = WithMembers(lines[sources[0]], ("title", "國安法: \"pause\""), ("url", "https://example.org/香港/news?id=1#part-2"),
            ("byline", "Ann Lee"), ("agency", "AFP"), ("retrieved", "2020-07-08T11:16:00.123456789Z"));
        // Only an id and an address: no publisher, title, date or retrieval (a warning and a note, not an error).
        lines[sources[1]] = "{\"type\":\"source\",\"id\":" + System.Text.Json.JsonSerializer.Serialize(Id(lines[sources[1]]))
            + ",\"url\":\"http://example.com/a%20b\"}";
        lines[sources[2]] = WithMembers(lines[sources[2]], ("url", "HTTPS://Example.COM/Case"));
        // Addresses are kept as a shared beginning and the rest: one without a path, a port and user, a host beyond ASCII,
        // and the beginning of the first again.
        lines[sources[3]] = WithMembers(lines[sources[3]], ("url", "https://example.org"));
        lines[sources[4]] = WithMembers(lines[sources[4]], ("url", "https://user@example.org:8443/x?y=1"));
        lines[sources[5]] = WithMembers(lines[sources[5]], ("url", "https://例え.jp/パス"));
        lines[sources[6]] = WithMembers(lines[sources[6]], ("url", "https://example.org/"));
        // Out of id order: the sources' lines reversed in place.
        var reversed = sources.Select(i => lines[i]).Reverse().ToArray();
        for (var i = 0; i < sources.Length; i++)
        {
            lines[sources[i]] = reversed[i];
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        foreach (var parallelism in new[] { 1, 2 })
        {
            var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = parallelism, LinesPerBatch = 16 });

            actual.Sources.Should().Equal(expected.Sources);
            actual.Sources.Keys.Should().BeInAscendingOrder("in id order");
            actual.Sources.Values.Select(s => s.Url?.OriginalString).Should().Equal(expected.Sources.Keys.Order().Select(id => expected.Sources[id].Url?.OriginalString),
                "each address as written");
            actual.Sources.Should().ContainKey(Id(lines[sources[^1]]));
            var id = actual.Sources.Keys.First();
            actual.Sources[id].Should().NotBeSameAs(actual.Sources[id], "a source is made from its columns on each read");
            Describe(actual).Should().Be(Describe(expected));
        }
    }

    [Fact]
    public void Records_out_of_id_order_give_the_same_history()
    {
        var lines = SyntheticLines(2_000, seed: 12);
        foreach (var type in new[] { "event", "statement", "source" })
        {
            // Each kind's lines reversed in place: every kind still after the ones it cites, but out of id order.
            var at = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith($"{{\"type\":\"{type}\"", StringComparison.Ordinal)).ToArray();
            var reversed = at.Select(i => lines[i]).Reverse().ToArray();
            for (var i = 0; i < at.Length; i++)
            {
                lines[at[i]] = reversed[i];
            }
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = 2, LinesPerBatch = 64 });

        actual.AllEvents.Should().Equal(expected.AllEvents);
        actual.AllEvents.Select(e => e.Id).Should().BeInAscendingOrder("in id order");
        actual.Statements.Should().Equal(expected.Statements);
        actual.Statements.Keys.Should().BeInAscendingOrder("in id order");
        actual.Sources.Should().Equal(expected.Sources);
        Describe(actual).Should().Be(Describe(expected));
    }

    [Fact]
    public void Problems_with_sources_are_reported_as_a_dataset_load_reports_them()
    {
        var lines = SyntheticLines(300, seed: 9);
        var sources = SourceLines(lines);
        lines[sources[0]] = "{\"type\":\"source\",\"id\":" + System.Text.Json.JsonSerializer.Serialize(Id(lines[sources[0]])) + "}";
        var statement = Array.FindIndex(lines, l => l.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal) && l.Contains("\"sources\"", StringComparison.Ordinal));
        var node = System.Text.Json.Nodes.JsonNode.Parse(lines[statement])!;
        var cited = node["sources"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
        foreach (var line in sources)
        {
            if (cited.Contains(Id(lines[line])))
            {
                lines[line] = WithMembers(lines[line], ("published", "2001-02-03"));
            }
        }
        lines[statement] = WithMembers(lines[statement], ("date", "2024-05-06"));
        var citing = Array.FindIndex(lines, l => l.StartsWith("{\"type\":\"event\"", StringComparison.Ordinal) && l.Contains("\"sources\":[\"", StringComparison.Ordinal));
        lines[citing] = lines[citing].Replace("\"sources\":[\"", "\"sources\":[\"src-not-defined\",\"", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var options = new DatasetReadOptions { FileName = "sources.jsonl" };

        var expected = Refusal(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes), options));
        var actual = Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options));

        expected.Should().Contain("PE0103").And.Contain("PE0109").And.Contain("PE0112").And.Contain("PE0120");
        actual.Should().Be(expected);
    }

    [Fact]
    public void A_reference_the_index_cannot_follow_is_refused_as_validation_reports_it()
    {
        // The index is built beside the validation. Events in a jurisdiction that is neither built in nor defined, and a
        // correction of an event that does not exist, leave it nothing to follow; the load must still be refused with
        // the validation's diagnostics, as a dataset load is, and not fail in the index.
        var lines = SyntheticLines(300, seed: 5);
        var events = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("{\"type\":\"event\"", StringComparison.Ordinal)).ToArray();
        lines[events[3]] = WithMembers(lines[events[3]], ("jurisdiction", "XA"));
        lines[events[7]] = WithMembers(lines[events[7]], ("supersedes", "no-such-event"));
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var expected = Refusal(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes)));
        var actual = Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes)));

        expected.Should().StartWith(nameof(DatasetValidationException)).And.Contain(DiagnosticCodes.UnknownJurisdiction)
            .And.Contain(DiagnosticCodes.UnknownSupersededEvent);
        actual.Should().Be(expected);
    }

    private static string[] SyntheticLines(int events, int seed) =>
        Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(events, seed))).Split('\n');

    private static int[] SourceLines(string[] lines) =>
        [.. Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("{\"type\":\"source\"", StringComparison.Ordinal))];

    private static string Id(string line) => System.Text.Json.Nodes.JsonNode.Parse(line)!["id"]!.GetValue<string>();

    private static string WithMembers(string line, params (string Name, string Value)[] members)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(line)!;
        foreach (var (name, value) in members)
        {
            node[name] = value;
        }
        return node.ToJsonString();
    }

    [Fact]
    public void Validation_cannot_be_turned_off()
    {
        var act = () => PolicyDatasetSerializer.LoadHistory(new MemoryStream([]), DatasetReadOptions.WithoutValidation);

        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    public void The_built_in_dataset_gives_the_same_history_in_both_forms()
    {
        var dataset = PolicyDatasets.HongKong2020;
        var expected = PolicyHistory.From(dataset);

        foreach (var format in new[] { DatasetFormat.Document, DatasetFormat.JsonLines })
        {
            var bytes = Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(dataset, format));
            var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));

            Describe(actual).Should().Be(Describe(expected), "read as {0}", format);
            actual.Events.Should().Equal(expected.Events);
            actual.AllEvents.Should().Equal(expected.AllEvents);
            actual.Statements.Should().Equal(expected.Statements, "read as {0}: variants, paraphrases and quotes beyond ASCII", format);
            actual.Statements.Keys.Should().Equal(expected.Statements.Keys, "in id order");
            actual.Sources.Should().Equal(expected.Sources, "read as {0}", format);
            actual.Sources.Keys.Should().Equal(dataset.Sources.Select(s => s.Id), "in id order");
            foreach (var text in new[] { "Hong Kong", "香港", "pause" })
            {
                actual.SearchStatements(text).Select(m => (m.Statement, m.Variant)).Should().Equal(
                    expected.SearchStatements(text).Select(m => (m.Statement, m.Variant)), "searching '{0}' read as {1}", text, format);
            }
        }
    }

    [Fact]
    public void The_first_release_of_the_built_in_dataset_gives_the_same_history()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "releases", "hong-kong-2020-1.0.0.json");
        var expected = PolicyHistory.From(PolicyDatasetSerializer.LoadFile(path));

        var actual = PolicyDatasetSerializer.LoadHistoryFile(path);

        Describe(actual).Should().Be(Describe(expected));
    }

    [Theory]
    [InlineData(2_000, 11)]
    [InlineData(5_000, 20200630)]
    public void A_generated_dataset_gives_the_same_events_and_answers_in_every_view(int events, int seed)
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(events, seed));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), new DatasetReadOptions { Parallelism = 2, LinesPerBatch = 64 });

        actual.Events.Should().Equal(expected.Events);
        actual.AllEvents.Should().Equal(expected.AllEvents);
        actual.Companies.Should().Equal(expected.Companies);
        actual.Statements.Should().Equal(expected.Statements);
        actual.Sources.Should().Equal(expected.Sources);
        Describe(actual).Should().Be(Describe(expected));
    }

    [Fact]
    public void The_events_are_kept_as_columns_of_about_thirty_bytes_an_event()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(5_000, seed: 20200630));

        var history = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));
        var fromDataset = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        var columns = history.AllEventsStore.Should().BeOfType<PolicyEvents.Storage.ColumnEventStore>().Subject;
        ((double)columns.ColumnBytes / columns.Count).Should().BeInRange(24, 40, "ids front-coded, narrow numbers into shared tables, runs of references");
        fromDataset.AllEventsStore.Should().BeOfType<PolicyEvents.Storage.ObjectEventStore>("a history from a dataset keeps its objects");
    }

    [Fact]
    public void Ties_are_broken_by_recorded_instant_then_id_as_for_objects()
    {
        // Each event is copied under a second id that sorts after its own: same policy, dates and recorded instant, so
        // only the id decides which of the two is in force.
        var lines = Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(400, seed: 9))).Split('\n');
        var tied = lines.SelectMany(l => l.StartsWith("{\"type\":\"event\"", StringComparison.Ordinal) && !l.Contains("\"supersedes\"", StringComparison.Ordinal)
            ? new[] { l, System.Text.RegularExpressions.Regex.Replace(l, "^\\{\"type\":\"event\",\"id\":\"([^\"]+)\"", "{\"type\":\"event\",\"id\":\"$1-tie\"") }
            : [l]);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', tied));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));

        expected.Events.Should().Contain(e => e.Id.Value.EndsWith("-tie", StringComparison.Ordinal));
        Describe(actual).Should().Be(Describe(expected));
    }

    [Fact]
    public void Recorded_instants_of_every_year_and_precision_come_back_exactly()
    {
        // Whole seconds within the 4 bytes a column keeps, their edges, and what is kept aside: a fraction of a second,
        // a nanosecond, and the seconds just outside (the first of them is the column's own mark for "aside").
        string[] recorded =
        [
            "2020-07-08T11:16:00Z", "2020-07-08T11:16:00.5Z", "2020-07-08T11:16:00.123456789Z", "1931-12-13T20:45:53Z",
            "1931-12-13T20:45:52Z", "2068-01-19T03:14:07Z", "2068-01-19T03:14:08Z", "1900-01-01T00:00:00Z", "2100-01-01T00:00:00Z",
        ];
        var lines = Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(300, seed: 11))).Split('\n');
        var next = 0;
        var rewritten = lines.Select(l => l.StartsWith("{\"type\":\"event\"", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Replace(l, "\"recorded\":\"[^\"]+\"", $"\"recorded\":\"{recorded[next++ % recorded.Length]}\"")
            : l);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', rewritten));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));

        actual.AllEventsStore.Should().BeOfType<PolicyEvents.Storage.ColumnEventStore>();
        actual.AllEvents.Select(e => e.Recorded).Should().Equal(expected.AllEvents.Select(e => e.Recorded));
        actual.AllEvents.Select(e => e.Recorded).Distinct().Should().HaveCount(recorded.Length);
        foreach (var knownAt in recorded.Select(r => InstantPattern.ExtendedIso.Parse(r).Value))
        {
            Describe(actual.AsKnownAt(knownAt)).Should().Be(Describe(expected.AsKnownAt(knownAt)), $"the view known at {knownAt}");
        }
    }

    [Fact]
    public void Corrections_and_past_views_match_those_of_the_dataset()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(3_000, seed: 7));
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));
        var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes));
        var recorded = expected.AllEvents.Select(e => e.Recorded).Order().ToArray();

        foreach (var knownAt in new[] { recorded[0], recorded[recorded.Length / 3], recorded[recorded.Length / 2], recorded[^1] })
        {
            var view = actual.AsKnownAt(knownAt);
            var reference = expected.AsKnownAt(knownAt);
            view.Events.Should().Equal(reference.Events, "known at {0}", knownAt);
            Describe(view).Should().Be(Describe(reference), "known at {0}", knownAt);
        }
    }

    /// <summary>Every answer of a history that does not depend on how its events are kept, as text: its events, each
    /// pair's timeline and scoped timeline under both readings, the policy at the start of each period and a tick before
    /// it, all changes, announcements and statement searches.</summary>
    private static string Describe(PolicyHistory history)
    {
        var text = new StringBuilder();
        text.AppendLine(history.ToString());
        foreach (var e in history.Events)
        {
            text.AppendLine(e.ToString());
        }
        var pairs = history.Events.Select(e => (e.Company, e.Jurisdiction)).Distinct().Order();
        foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
        {
            foreach (var (company, jurisdiction) in pairs)
            {
                foreach (var period in history.Timeline(company, jurisdiction, CompanyScope.IncludingSubsidiaries, reading))
                {
                    text.AppendLine("family " + period);
                }
                foreach (var period in history.Timeline(company, jurisdiction, reading: reading))
                {
                    text.AppendLine(period.ToString());
                    foreach (var at in period.Start == Instant.MinValue ? [period.Start] : new[] { period.Start, period.Start - Duration.Epsilon })
                    {
                        text.AppendLine(history.PolicyAt(company, jurisdiction, at, reading).ToString());
                    }
                }
                foreach (var period in history.ScopedTimeline(company, jurisdiction, reading: reading))
                {
                    text.AppendLine("scoped " + period);
                }
            }
            foreach (var change in history.Changes(Instant.MinValue, Instant.MaxValue, reading))
            {
                text.AppendLine("change " + change);
            }
            foreach (var e in history.AnnouncedBy(Instant.MaxValue, reading))
            {
                text.AppendLine("announced " + e.Id);
            }
        }
        foreach (var match in history.SearchStatements())
        {
            text.Append("statement ").Append(match.Statement.Id).Append(' ').AppendJoin(",", match.Events.Select(e => e.Id)).AppendLine();
        }
        return text.ToString();
    }

    /// <summary>The exception a load throws, with each diagnostic; "loaded" when it does not throw.</summary>
    private static string Refusal(Func<object> load)
    {
        try
        {
            load();
            return "loaded";
        }
        catch (DatasetValidationException e) // a DatasetFormatException too
        {
            return e.GetType().Name + "\n" + string.Join("\n", e.Diagnostics.Select(d => d.ToString()));
        }
    }
}
