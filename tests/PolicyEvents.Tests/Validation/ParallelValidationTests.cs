using System.Text;
using System.Text.RegularExpressions;
using PolicyEvents.Diagnostics;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Synthetic;
using PolicyEvents.Validation;

namespace PolicyEvents.Tests.Validation;

/// <summary>In a large dataset the checks of events against each other run on other threads: the diagnostics, and their
/// order, are those of one thread.</summary>
public class ParallelValidationTests
{
    [Fact]
    public void Checks_on_other_threads_report_what_one_thread_reports_in_the_same_order()
    {
        var read = PolicyDatasetSerializer.Read(new MemoryStream(DatasetWithProblems()), DatasetReadOptions.WithoutValidation);

        var one = DatasetValidator.Validate(read.Dataset, read.Locations, parallel: false);
        var many = DatasetValidator.Validate(read.Dataset, read.Locations, parallel: true);

        one.Select(d => d.Code).Should().Contain(DiagnosticCodes.ConflictingEvents).And.Contain(DiagnosticCodes.UnknownStatement);
        many.Select(d => d.ToString()).Should().Equal(one.Select(d => d.ToString()));
    }

    [Fact]
    public void Statements_and_events_checked_in_chunks_on_several_threads_report_what_one_thread_reports()
    {
        var bytes = DatasetWithProblems();
        var read = PolicyDatasetSerializer.Read(new MemoryStream(bytes), DatasetReadOptions.WithoutValidation);

        var collector = DatasetCollector.ForHistory();
        var columns = PolicyDatasetSerializer.ReadUnchecked(new MemoryStream(bytes), DatasetReadOptions.Default, null, collector);
        var contents = new HistoryContents(columns.Dataset, collector.Columns!, collector.StatementColumns!, collector.SourceColumns!);

        var one = DatasetValidator.Validate(read.Dataset, read.Locations, parallel: false);
        var chunks = DatasetValidator.Validate(read.Dataset, read.Locations, parallel: true, chunkSize: 97);
        var columnsOne = DatasetValidator.Validate(contents, columns.Locations, parallel: false);
        var columnsChunks = DatasetValidator.Validate(contents, columns.Locations, parallel: true, chunkSize: 97);

        one.Select(d => d.Code).Should().Contain(DiagnosticCodes.UnknownStatement).And.Contain(DiagnosticCodes.UnknownSource)
            .And.Contain(DiagnosticCodes.StatementWithoutSource);
        one.Select(d => d.Location.Line).Distinct().Should().HaveCountGreaterThan(200, "the problems are spread over many chunks");
        chunks.Select(d => d.ToString()).Should().Equal(one.Select(d => d.ToString()));
        columnsOne.Select(d => d.ToString()).Should().Equal(one.Select(d => d.ToString()));
        columnsChunks.Select(d => d.ToString()).Should().Equal(one.Select(d => d.ToString()));
    }

    [Fact]
    public void Events_as_columns_are_grouped_as_objects_are()
    {
        // The checks group columns by the numbers of their companies, jurisdictions and dates, objects by their values.
        var bytes = DatasetWithProblems();

        var objects = Refusal(() => PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes))));
        var columns = Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes)));

        objects.Should().Contain(DiagnosticCodes.ConflictingEvents).And.Contain(DiagnosticCodes.ContradictoryScopes);
        columns.Should().Be(objects);
    }

    [Fact]
    public void What_the_checks_of_one_company_at_a_time_find_comes_in_the_order_of_the_events()
    {
        // The checks of events against each other take one company at a time. With ids that interleave the companies,
        // what they find must still come in the order of the events (by id), as one pass over every event gives it.
        var text = Encoding.UTF8.GetString(DatasetWithProblems());
        var n = 0;
        var bytes = Encoding.UTF8.GetBytes(Regex.Replace(text, "^(\\{\"type\":\"event\",\"id\":\")([^\"]+)\"",
            m => $"{m.Groups[1].Value}k{n++ % 13:00}-{m.Groups[2].Value}\"", RegexOptions.Multiline));

        var loads = new[]
        {
            Refusal(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes))),
            Refusal(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes))),
        };

        foreach (var refusal in loads)
        {
            foreach (var code in new[] { DiagnosticCodes.ConflictingEvents, DiagnosticCodes.ContradictoryScopes })
            {
                var reportedOn = refusal.Split('\n').Where(d => d.Contains($" {code}: ", StringComparison.Ordinal))
                    .Select(d => Regex.Match(d, "Events '[^']+' and '([^']+)'").Groups[1].Value).ToList();
                reportedOn.Should().HaveCountGreaterThan(20, code);
                reportedOn.Should().BeInAscendingOrder(StringComparer.Ordinal, code);
            }

            // The conflicts found interleave the companies: taken one company at a time, they would come grouped.
            var conflicts = refusal.Split('\n').Where(d => d.Contains($" {DiagnosticCodes.ConflictingEvents}: ", StringComparison.Ordinal))
                .Select(d => Regex.Match(d, "company '([^']+)'").Groups[1].Value).ToList();
            conflicts.Zip(conflicts.Skip(1)).Count(p => p.First != p.Second).Should().BeGreaterThan(2 * conflicts.Distinct().Count());
        }
    }

    private static string Refusal(Action load)
    {
        try
        {
            load();
            return "loaded";
        }
        catch (DatasetValidationException e)
        {
            return string.Join("\n", e.Diagnostics);
        }
    }

    /// <summary>Every fifth event is copied under a new id with another stance (a conflict, or a contradiction when its
    /// date is an announcement), and every seventh names a statement the dataset does not define.</summary>
    private static byte[] DatasetWithProblems()
    {
        var text = Encoding.UTF8.GetString(SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(3_000, seed: 4)));
        var lines = new List<string>();
        var n = 0;
        foreach (var line in text.Split('\n'))
        {
            lines.Add(line);
            if (line.StartsWith("{\"type\":\"statement\"", StringComparison.Ordinal) && lines.Count % 11 == 0)
            {
                // A statement naming a source the dataset does not define, or none.
                lines[^1] = lines.Count % 2 == 0 ? line.Replace("\"sources\":[\"", "\"sources\":[\"src-missing-", StringComparison.Ordinal)
                    : Regex.Replace(line, ",\"sources\":\\[[^\\]]*\\]", "");
            }
            if (!line.StartsWith("{\"type\":\"event\"", StringComparison.Ordinal))
            {
                continue;
            }
            n++;
            if (n % 5 == 0)
            {
                var copy = Regex.Replace(line, "^\\{\"type\":\"event\",\"id\":\"([^\"]+)\"", "{\"type\":\"event\",\"id\":\"$1-copy\"");
                lines.Add(copy.Contains("\"stance\":\"paused\"", StringComparison.Ordinal)
                    ? copy.Replace("\"stance\":\"paused\"", "\"stance\":\"refusing\"", StringComparison.Ordinal)
                    : Regex.Replace(copy, "\"stance\":\"[a-zA-Z]+\"", "\"stance\":\"paused\""));
            }
            if (n % 7 == 0)
            {
                lines[^1] = lines[^1].Replace("\"statements\":[\"", "\"statements\":[\"st-missing-", StringComparison.Ordinal);
            }
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
