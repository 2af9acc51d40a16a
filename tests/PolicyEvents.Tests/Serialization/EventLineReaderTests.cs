using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Storage;
using PolicyEvents.Synthetic;

namespace PolicyEvents.Tests.Serialization;

/// <summary>
/// A history load reads plain event lines straight into columns (<see cref="EventLineReader"/>) and hands every other
/// line to the full reader. Whichever path a line takes, the load gives what <c>PolicyHistory.From(Load(...))</c>
/// gives: the same events, or the same refusal with the same diagnostics, on one thread and on several.
/// </summary>
public class EventLineReaderTests
{
    private const string Before = """
        {"type":"dataset","formatVersion":"1.0","metadata":{"id":"m","title":"M","version":"1","created":"2026-01-01T00:00:00Z"}}
        {"type":"company","id":"acme","name":"Acme"}
        {"type":"source","id":"s1","publisher":"P","title":"T1","url":"https://example.org/1","published":"2020-07-06"}
        {"type":"source","id":"s2","publisher":"P","title":"T2","url":"https://example.org/2","published":"2020-07-06"}
        {"type":"statement","id":"st1","text":"We paused.","speaker":{"company":"acme"},"date":"2020-07-06","language":"en","sources":["s1"]}
        {"type":"event","id":"e0","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-01","recorded":"2026-01-01T00:00:00Z","statements":["st1"],"sources":["s1"]}
        """;

    private const string After = """
        {"type":"event","id":"e9","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-08-01","recorded":"2026-01-01T00:00:00Z","sources":["s2"]}
        """;

    private const string Plain = """{"type":"event","id":"e1","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00Z","statements":["st1"],"sources":["s1","s2"]}""";

    /// <summary>Lines the plain path reads.</summary>
    public static TheoryData<string, string> PlainLines() => new()
    {
        { "canonical", Plain },
        { "members in another order", """{"type":"event","sources":["s1","s2"],"statements":["st1"],"recorded":"2026-01-01T00:00:00Z","effective":"2020-07-06","policy":{"stance":"paused"},"jurisdiction":"HK","company":"acme","id":"e1"}""" },
        { "announced only", """{"type":"event","id":"e1","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"announced":"2020-07-06","recorded":"2026-01-01T00:00:00Z"}""" },
        { "both dates, uncertain and with a time", """{"type":"event","id":"e1","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06T10:00:00+08:00","announced":"2020-07?","recorded":"2026-01-01T00:00:00Z"}""" },
        { "empty arrays", """{"type":"event","id":"e1","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00Z","statements":[],"sources":[]}""" },
        { "a fraction of a second recorded", """{"type":"event","id":"e1","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00.123456789Z"}""" },
        { "a policy not met before", Plain.Replace("\"paused\"", "\"refusing\"", StringComparison.Ordinal) },
        { "a policy with a scope, not met before", Plain.Replace("{\"stance\":\"paused\"}", "{\"stance\":\"paused\",\"scope\":{\"requestKinds\":[\"content\"],\"subjectJurisdictions\":[\"HK\"]}}", StringComparison.Ordinal) },
        { "a note", Plain.Replace("\"sources\":", "\"note\":\"A note.\",\"sources\":", StringComparison.Ordinal) },
        { "a note with escapes", Plain.Replace("\"sources\":", "\"note\":\"A \\\"quoted\\\" note\\u00e9.\",\"sources\":", StringComparison.Ordinal) },
        { "white space around the members", """{"type":"event", "id" : "e1", "company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"effective":"2020-07-06","recorded":"2026-01-01T00:00:00Z"}  """ },
    };

    /// <summary>Lines the plain path leaves to the full reader: valid ones it does not take, and every kind of problem.</summary>
    public static TheoryData<string, string> OtherLines() => new()
    {
        { "an escaped id", Plain.Replace("\"e1\"", "\"e\\u0031\"", StringComparison.Ordinal) },
        { "an unknown member", Plain.Replace("\"id\":", "\"extra\":1,\"id\":", StringComparison.Ordinal) },
        { "a repeated member", Plain.Replace("\"id\":\"e1\"", "\"id\":\"e1\",\"id\":\"e2\"", StringComparison.Ordinal) },
        { "a company never read", Plain.Replace("\"acme\"", "\"nope\"", StringComparison.Ordinal) },
        { "a jurisdiction not read before", Plain.Replace("\"HK\"", "\"US\"", StringComparison.Ordinal) },
        { "a statement never read", Plain.Replace("[\"st1\"]", "[\"st2\"]", StringComparison.Ordinal) },
        { "a repeated statement", Plain.Replace("[\"st1\"]", "[\"st1\",\"st1\"]", StringComparison.Ordinal) },
        { "a repeated source", Plain.Replace("[\"s1\",\"s2\"]", "[\"s1\",\"s1\"]", StringComparison.Ordinal) },
        { "a source that is not a string", Plain.Replace("[\"s1\",\"s2\"]", "[\"s1\",2]", StringComparison.Ordinal) },
        { "text after the object", Plain + " x" },
        { "a second object on the line", Plain + Plain },
        { "a policy written another way", Plain.Replace("{\"stance\":\"paused\"}", "{ \"stance\": \"paused\" }", StringComparison.Ordinal) },
        { "a policy that is not an object", Plain.Replace("{\"stance\":\"paused\"}", "\"paused\"", StringComparison.Ordinal) },
        { "an impossible date", Plain.Replace("2020-07-06", "2020-02-30", StringComparison.Ordinal) },
        { "a date that is not a string", Plain.Replace("\"2020-07-06\"", "20200706", StringComparison.Ordinal) },
        { "no date", Plain.Replace("\"effective\":\"2020-07-06\",", "", StringComparison.Ordinal) },
        { "no recorded instant", Plain.Replace(",\"recorded\":\"2026-01-01T00:00:00Z\"", "", StringComparison.Ordinal) },
        { "a recorded instant with an offset", Plain.Replace("2026-01-01T00:00:00Z", "2026-01-01T08:00:00+08:00", StringComparison.Ordinal) },
        { "an id that is not a slug", Plain.Replace("\"e1\"", "\"E1\"", StringComparison.Ordinal) },
        { "an id that repeats", Plain.Replace("\"e1\"", "\"e0\"", StringComparison.Ordinal) },
        { "a trigger", Plain.Replace("\"sources\":", "\"trigger\":\"nsl\",\"sources\":", StringComparison.Ordinal) },
        { "a correction", Plain.Replace("\"sources\":", "\"supersedes\":\"e0\",\"sources\":", StringComparison.Ordinal) },
        { "an empty note", Plain.Replace("\"sources\":", "\"note\":\"\",\"sources\":", StringComparison.Ordinal) },
        { "a note with white space around it", Plain.Replace("\"sources\":", "\"note\":\" A note. \",\"sources\":", StringComparison.Ordinal) },
        { "a note that is not a string", Plain.Replace("\"sources\":", "\"note\":1,\"sources\":", StringComparison.Ordinal) },
        { "a repeated note", Plain.Replace("\"sources\":", "\"note\":\"A.\",\"note\":\"B.\",\"sources\":", StringComparison.Ordinal) },
        { "a truncated line", Plain[..^10] },
        { "a non-ASCII id", Plain.Replace("\"e1\"", "\"é1\"", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void A_plain_event_line_is_read_into_columns_and_gives_the_same_history(string because, string line)
    {
        var bytes = Dataset(line);
        var expected = PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes)));

        foreach (var options in Loads())
        {
            var actual = PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options);

            actual.AllEvents.Should().Equal(expected.AllEvents, because);
            var store = (ColumnEventStore)actual.AllEventsStore;
            store.ReadAsRows.Should().BeGreaterThanOrEqualTo(1, $"{because} is plain");
            store[store.IndexOf(new PolicyEvents.Domain.EventId("e1"))].Should().Be(expected.AllEvents.Single(e => e.Id.Value == "e1"));
        }
    }

    [Theory]
    [MemberData(nameof(OtherLines))]
    public void Any_other_line_is_read_by_the_full_reader_with_the_same_outcome(string because, string line)
    {
        var bytes = Dataset(line);
        var expected = Outcome(() => PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes))));

        foreach (var options in Loads())
        {
            Outcome(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options)).Should().Be(expected, because);
        }
    }

    [Fact]
    public void A_note_that_is_not_valid_UTF8_is_left_to_the_full_reader_with_the_same_outcome()
    {
        // The bytes 0xFF 0xFE, in place of "@@", are no UTF-8 text: reading the note's string fails, and the full reader
        // reports it.
        var text = Dataset(Plain.Replace("\"sources\":", "\"note\":\"A @@ note.\",\"sources\":", StringComparison.Ordinal));
        var at = text.AsSpan().IndexOf("@@"u8);
        (text[at], text[at + 1]) = (0xFF, 0xFE);
        var expected = Outcome(() => PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(text))));

        expected.Should().StartWith(nameof(DatasetFormatException));
        foreach (var options in Loads())
        {
            Outcome(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(text), options)).Should().Be(expected);
        }
    }

    [Fact]
    public void A_line_left_to_the_full_reader_is_not_read_into_columns()
    {
        var history = PolicyDatasetSerializer.LoadHistory(new MemoryStream(Dataset(Plain.Replace("\"sources\":", "\"supersedes\":\"e0\",\"sources\":", StringComparison.Ordinal))),
            new DatasetReadOptions { Parallelism = 1 });

        // e0 is the first line to name HK and e1 corrects e0: the full reader reads both; e9 is plain.
        ((ColumnEventStore)history.AllEventsStore).ReadAsRows.Should().Be(1);
        history.AllEvents.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("{\"stance\":\"paused\",\"extra\":1}")]
    [InlineData("{\"stance\":\"nope\"}")]
    [InlineData("{\"stance\":\"paused\",\"scope\":{\"requestKinds\":[\"userData\",\"userData\"]}}")]
    [InlineData("{\"stance\":\"paused\",\"scope\":{\"origin\":\"anyJurisdiction\",\"extra\":[1]}}")]
    public void A_new_policy_with_a_problem_is_reported_once_where_it_is(string policy)
    {
        // The plain path reads a policy text it has not met with the full reader's policy reader; what that reports is
        // taken back, and the full reader reads the line again and reports it, once.
        var bytes = Dataset(Plain.Replace("{\"stance\":\"paused\"}", policy, StringComparison.Ordinal));
        var strict = new DatasetReadOptions { RejectUnknownMembers = true };
        var expected = Outcome(() => PolicyHistory.From(PolicyDatasetSerializer.Load(new MemoryStream(bytes), strict)));

        expected.Should().StartWith(nameof(DatasetFormatException));
        foreach (var parallelism in new[] { 1, 2 })
        {
            var options = new DatasetReadOptions { RejectUnknownMembers = true, Parallelism = parallelism, LinesPerBatch = 1 };
            Outcome(() => PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options)).Should().Be(expected);
        }
    }

    [Fact]
    public void Most_events_of_a_generated_dataset_are_read_into_columns_on_every_thread()
    {
        var bytes = SyntheticJsonLines.ToUtf8Bytes(SyntheticDataset.Generate(5_000, 7));

        foreach (var options in Loads())
        {
            var store = (ColumnEventStore)PolicyDatasetSerializer.LoadHistory(new MemoryStream(bytes), options).AllEventsStore;

            // The full reader takes each jurisdiction's first appearance and the events with a trigger, a correction
            // or a note.
            store.ReadAsRows.Should().BeGreaterThan(store.Count * 9 / 10);
        }
    }

    [Fact]
    public void A_dataset_load_reads_every_event_as_an_object()
    {
        // The plain path is for a history's columns: a dataset's events stay the objects the full reader makes.
        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(Dataset(Plain)), new DatasetReadOptions { Parallelism = 2, LinesPerBatch = 1 });

        dataset.Events.Select(e => e.Id.Value).Should().Equal("e0", "e1", "e9");
    }

    private static IEnumerable<DatasetReadOptions> Loads() =>
    [
        new DatasetReadOptions { Parallelism = 1 },
        new DatasetReadOptions { Parallelism = 2, LinesPerBatch = 1 },
        new DatasetReadOptions { Parallelism = 3, LinesPerBatch = 2 },
    ];

    private static byte[] Dataset(string line) => Encoding.UTF8.GetBytes(Before + "\n" + line + "\n" + After + "\n");

    private static string Outcome(Func<PolicyHistory> load)
    {
        try
        {
            var history = load();
            return "loaded\n" + string.Join("\n", history.AllEvents);
        }
        catch (DatasetValidationException e) // a DatasetFormatException too
        {
            return e.GetType().Name + "\n" + string.Join("\n", e.Diagnostics.Select(d => d.ToString()));
        }
    }
}
