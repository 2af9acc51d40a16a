using System.Text;
using PolicyEvents.Diagnostics;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Reliability;

/// <summary>The limits for untrusted input (<see cref="DatasetReadOptions"/>): each refuses with its own code and place, before
/// the memory is spent.</summary>
public class ReadLimitsTests
{
    private const string Meta = """{"id":"m","title":"M","version":"1","created":"2026-01-01T00:00:00Z"}""";
    private const string Header = """{"type":"dataset","formatVersion":"1.0","metadata":""" + Meta + "}";
    private const int HundredMegabytes = 100 * 1024 * 1024;

    private static Diagnostic Refused(Stream stream, DatasetReadOptions? options = null)
    {
        var act = () => PolicyDatasetSerializer.Load(stream, options);
        return act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle(d => d.IsError).Subject;
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Document(params string[] companies) =>
        "{\n\"formatVersion\": \"1.0\",\n\"metadata\": " + Meta + ",\n\"companies\": [\n" + string.Join(",\n", companies) + "\n]\n}\n";

    [Fact]
    public void The_defaults_are_documented_values()
    {
        var options = DatasetReadOptions.Default;

        (options.MaxBytes, options.MaxDepth, options.MaxStringBytes, options.MaxRecords)
            .Should().Be((2L * 1024 * 1024 * 1024, 64, 1024 * 1024, 50_000_000L));
    }

    [Fact]
    public void Limits_out_of_range_are_refused_when_set()
    {
        ((Action)(() => _ = new DatasetReadOptions { MaxBytes = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new DatasetReadOptions { MaxDepth = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new DatasetReadOptions { MaxDepth = 1001 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new DatasetReadOptions { MaxStringBytes = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new DatasetReadOptions { MaxRecords = -1 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void The_largest_size_limit_reads_a_whole_file_as_the_default_does(DatasetFormat format)
    {
        // long.MaxValue once overflowed the room left to read: nothing was read and the file looked empty (PE0001, PE0009).
        var json = PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020, format);
        var unlimited = new DatasetReadOptions { MaxBytes = long.MaxValue, MaxRecords = long.MaxValue };

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), unlimited);
        var history = PolicyDatasetSerializer.LoadHistory(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), unlimited);

        dataset.Should().Be(PolicyDatasets.HongKong2020);
        history.Events.Should().Equal(PolicyDatasets.HongKong2020.Events.Where(e => !PolicyDatasets.HongKong2020.Events.Any(c => c.Supersedes == e.Id)));
    }

    [Fact]
    public void The_smallest_and_largest_limits_are_accepted_and_the_bad_ones_say_why()
    {
        var smallest = new DatasetReadOptions { MaxBytes = 1, MaxDepth = 1, MaxStringBytes = 1, MaxRecords = 0 };
        (smallest.MaxBytes, smallest.MaxDepth, smallest.MaxStringBytes, smallest.MaxRecords).Should().Be((1L, 1, 1, 0L));
        new DatasetReadOptions { MaxDepth = 1000 }.MaxDepth.Should().Be(1000);

        ((Action)(() => _ = new DatasetReadOptions { MaxBytes = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The size limit must be at least 1 byte.*");
        ((Action)(() => _ = new DatasetReadOptions { MaxDepth = 1001 })).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The depth limit must be from 1 to 1,000.*");
        ((Action)(() => _ = new DatasetReadOptions { MaxStringBytes = 0 })).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The string limit must be at least 1 byte.*");
        ((Action)(() => _ = new DatasetReadOptions { MaxRecords = -1 })).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The record limit must not be negative.*");
        ((Action)(() => _ = new DatasetReadOptions { FileName = " " })).Should().Throw<ArgumentException>().WithMessage("A file name must not be empty or white space.*");
        ((Action)(() => _ = new DatasetReadOptions { Format = (DatasetFormat)9 })).Should().Throw<ArgumentOutOfRangeException>();
        new DatasetReadOptions { FileName = null }.FileName.Should().BeNull();
        new DatasetReadOptions { FileName = "a.json", Format = DatasetFormat.JsonLines, Validate = true }.ToString()
            .Should().Be("DatasetReadOptions (JsonLines, validate: True, reject unknown members: False, file: a.json)");
        new DatasetReadOptions().ToString().Should().Be("DatasetReadOptions (Auto, validate: True, reject unknown members: False, file: (none))");
        DatasetReadOptions.WithoutValidation.ToString().Should().Be("DatasetReadOptions (Auto, validate: False, reject unknown members: False, file: (none))");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_100_MB_string_in_a_document_is_refused_before_it_is_held()
    {
        var head = Encoding.UTF8.GetBytes("{\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"m\",\"title\":\"");
        var stream = new GeneratedStream(head, (byte)'a', HundredMegabytes, Encoding.UTF8.GetBytes("\",\"version\":\"1\",\"created\":\"2026-01-01T00:00:00Z\"}}"));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var diagnostic = Refused(stream, new DatasetReadOptions { FileName = "big.json" });

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        diagnostic.Code.Should().Be(DiagnosticCodes.StringTooLong);
        diagnostic.Location.Should().Be(new DiagnosticLocation("big.json", 1, head.Length, "$.metadata.title"));
        stream.Position.Should().BeLessThan(8L * 1024 * 1024, "reading stops soon after the string passes the 1 MiB limit");
        allocated.Should().BeLessThan(16L * 1024 * 1024, "neither the string nor its bytes are held whole");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_100_MB_string_in_json_lines_is_refused_on_its_line()
    {
        var head = Encoding.UTF8.GetBytes(Header + "\n" + "{\"type\":\"company\",\"id\":\"acme\",\"name\":\"");
        var stream = new GeneratedStream(head, (byte)'b', HundredMegabytes, Encoding.UTF8.GetBytes("\"}\n"));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var diagnostic = Refused(stream);

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(16L * 1024 * 1024);
        diagnostic.Code.Should().Be(DiagnosticCodes.StringTooLong);
        diagnostic.Location.Should().Be(new DiagnosticLocation(null, 2, "{\"type\":\"company\",\"id\":\"acme\",\"name\":\"".Length, "$.name"));
    }

    [Fact]
    public void A_long_member_name_is_a_long_string_too()
    {
        var text = Document("""{"id":"acme","name":"Acme","abcdefghijklmnopqrstuvwxyz":1}""");

        var diagnostic = Refused(Text(text), new DatasetReadOptions { MaxStringBytes = 20 });

        diagnostic.Code.Should().Be(DiagnosticCodes.StringTooLong);
        diagnostic.Location.Should().Be(new DiagnosticLocation(null, 5, 28, "$.companies[0]"));
    }

    [Theory]
    [InlineData("A\\\"B\\\\C\\\"", 9, true)] // A\"B\\C\" is 9 bytes as written
    [InlineData("A\\\"B\\\\C\\\"x", 9, false)]
    [InlineData("\\u00e9t\\u00e9", 13, true)]
    [InlineData("\\u00e9t\\u00e9", 12, false)]
    [InlineData("été", 5, true)] // 5 UTF-8 bytes
    [InlineData("été", 4, false)]
    public void Strings_are_measured_in_bytes_as_written_and_escapes_do_not_fool_the_scan(string name, int limit, bool loads)
    {
        // Twenty bytes of padding, so that the other strings of the file (at most twenty bytes) stay within the limit.
        var text = Document($$"""{"id":"acme","name":"{{new string('p', 20)}}{{name}}"}""");
        var options = new DatasetReadOptions { MaxStringBytes = limit + 20 };

        if (loads)
        {
            PolicyDatasetSerializer.Load(Text(text), options).Companies.Should().ContainSingle();
        }
        else
        {
            Refused(Text(text), options).Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.StringTooLong && d.Location.Path == "$.companies[0].name");
        }
    }

    [Fact]
    public void A_stream_past_the_size_limit_is_refused_where_the_limit_falls_and_read_no_further()
    {
        var text = Encoding.UTF8.GetBytes(Document("""{"id":"acme","name":"Acme"}""", """{"id":"beta","name":"Beta"}"""));
        var limit = text.Length - 10;
        var stream = new GeneratedStream(text, 0, 0, []);

        var diagnostic = Refused(stream, new DatasetReadOptions { MaxBytes = limit });

        diagnostic.Code.Should().Be(DiagnosticCodes.TooLarge);
        diagnostic.Location.Line.Should().Be(6);
        diagnostic.Location.Path.Should().NotBeNull();
        stream.Position.Should().Be(limit + 1);
        PolicyDatasetSerializer.Load(new MemoryStream(text), new DatasetReadOptions { MaxBytes = text.Length }).Companies.Should().HaveCount(2);
    }

    [Fact]
    public void A_seekable_stream_longer_than_the_limit_is_refused_before_reading()
    {
        var stream = Text(Document("""{"id":"acme","name":"Acme"}"""));

        var diagnostic = Refused(stream, new DatasetReadOptions { MaxBytes = 50, FileName = "x.json" });

        diagnostic.Code.Should().Be(DiagnosticCodes.TooLarge);
        diagnostic.Location.Should().Be(new DiagnosticLocation("x.json", null, null, "$"));
        stream.Position.Should().Be(0);
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_refused_with_its_own_code()
    {
        var text = Document("""{"id":"acme","name":"Acme","extra":[[[[]]]]}""");

        PolicyDatasetSerializer.Load(Text(text), new DatasetReadOptions { MaxDepth = 7 }).Companies.Should().ContainSingle();
        var diagnostic = Refused(Text(text), new DatasetReadOptions { MaxDepth = 6 });

        diagnostic.Code.Should().Be(DiagnosticCodes.TooDeep);
        diagnostic.Location.Should().Be(new DiagnosticLocation(null, 5, 39, "$.companies[0].extra"));
    }

    [Fact]
    public void More_records_than_the_limit_are_refused_at_the_first_record_past_it()
    {
        var companies = new[] { """{"id":"a","name":"A"}""", """{"id":"b","name":"B"}""", """{"id":"c","name":"C"}""" };
        var lines = Header + "\n" + string.Join("\n", companies.Select(c => c.Insert(1, "\"type\":\"company\","))) + "\n";

        PolicyDatasetSerializer.Load(Text(Document(companies)), new DatasetReadOptions { MaxRecords = 3 }).Companies.Should().HaveCount(3);
        var inDocument = Refused(Text(Document(companies)), new DatasetReadOptions { MaxRecords = 2 });
        var inLines = Refused(Text(lines), new DatasetReadOptions { MaxRecords = 2 });

        inDocument.Code.Should().Be(DiagnosticCodes.TooManyRecords);
        inDocument.Location.Should().Be(new DiagnosticLocation(null, 7, 1, "$.companies[2]"));
        inLines.Code.Should().Be(DiagnosticCodes.TooManyRecords);
        inLines.Location.Should().Be(new DiagnosticLocation(null, 4, 1, "$"));
    }

    [Fact]
    public void Streaming_records_applies_the_limits_too()
    {
        var lines = Header + "\n" + """{"type":"company","id":"acme","name":"A name longer than twenty bytes"}""" + "\n";

        var act = () => PolicyDatasetSerializer.ReadRecords(Text(lines), new DatasetReadOptions { MaxStringBytes = 20 }).ToList();

        act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Location.Should().Be(new DiagnosticLocation(null, 2, 38, "$.name"));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_bad_line_500000_of_a_json_lines_file_is_named_by_its_number()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policyevents-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(Encoding.UTF8.GetBytes(Header + "\n"));
                var line = new byte[64];
                for (var n = 2; n <= 500_010; n++)
                {
                    // A record on every tenth line and blank lines (ignored) between, to keep the test quick.
                    var text = n == 500_000 ? """{"type":"company","id":"Bad","name":"X"}""" + "\n"
                        : n % 10 == 0 ? $$"""{"type":"company","id":"c{{n}}","name":"C"}""" + "\n" : "\n";
                    var length = Encoding.UTF8.GetBytes(text, line);
                    file.Write(line, 0, length);
                }
            }

            var act = () => PolicyDatasetSerializer.LoadFile(path);

            var diagnostic = act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Subject;
            diagnostic.Code.Should().Be(DiagnosticCodes.InvalidValue);
            diagnostic.Location.Should().Be(new DiagnosticLocation(path, 500_000, 24, "$.id"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
