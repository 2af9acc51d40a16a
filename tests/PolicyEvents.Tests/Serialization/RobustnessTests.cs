using System.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>Bad input of every shape gets the library's own exception with a location, never another exception.</summary>
public class RobustnessTests
{
    private const string Header = """{"type":"dataset","formatVersion":"1.0","metadata":{"id":"x","title":"X","version":"1","created":"2026-01-01T00:00:00Z"}}""";

    private static DatasetFormatException Fails(byte[] bytes, DatasetReadOptions? options = null)
    {
        var act = () => PolicyDatasetSerializer.Load(new MemoryStream(bytes), options);
        return act.Should().Throw<DatasetFormatException>().Which;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"formatVersion\":\"1.0\"} trailing")]
    [InlineData("{\"formatVersion\":1.0}")]
    [InlineData("{\"formatVersion\":\"one\"}")]
    [InlineData("{\"formatVersion\":\"1.0\",\"metadata\":[],\"events\":{}}")]
    [InlineData("{\"formatVersion\":\"1.0\",\"metadata\":{\"id\":\"x\",\"title\":\"X\",\"version\":\"1\",\"created\":\"yesterday\"}}")]
    [InlineData("{\"type\":\"dataset\"}")]
    [InlineData("{\"type\":\"company\",\"id\":\"a\",\"name\":\"A\"}\n")]
    public void Bad_text_gets_a_format_exception_with_a_location(string text)
    {
        var exception = Fails(Encoding.UTF8.GetBytes(text));

        exception.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Location.Path != null && d.Code.StartsWith("PE00", StringComparison.Ordinal));
        exception.Message.Should().Contain("error");
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_malformed_json()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n{\"type\":\"company\",\"id\":\"a\",\"name\":\"A?\"}\n");
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xFF;

        var diagnostic = Fails(bytes).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be("PE0001");
        diagnostic.Location.Line.Should().Be(2);
    }

    [Fact]
    public void Json_lines_tolerate_crlf_blank_lines_a_bom_and_a_missing_final_newline()
    {
        var text = "\uFEFF" + Header + "\r\n\r\n{\"type\":\"company\",\"id\":\"a\",\"name\":\"A\"}\r\n\n{\"type\":\"company\",\"id\":\"b\",\"name\":\"B\"}";

        var dataset = PolicyDatasetSerializer.FromJson(text);

        dataset.Companies.Select(c => c.Id.Value).Should().Equal("a", "b");
    }

    [Fact]
    public void A_second_header_and_a_record_without_type_first_are_reported()
    {
        var text = Header + "\n" + Header + "\n{\"id\":\"a\",\"type\":\"company\",\"name\":\"A\"}\n";

        var codes = Fails(Encoding.UTF8.GetBytes(text)).Diagnostics.Select(d => (d.Code, d.Location.Line));

        codes.Should().Equal(("PE0009", 2), ("PE0009", 3));
    }

    [Theory]
    [InlineData("company")]
    [InlineData("jurisdiction")]
    [InlineData("source")]
    [InlineData("statement")]
    [InlineData("trigger")]
    [InlineData("event")]
    public void A_repeated_id_of_any_record_type_is_reported_at_the_repeat_with_the_line_of_the_first(string type)
    {
        var lines = File.ReadAllLines(Fixtures.Data("valid/small.jsonl")).ToList();
        var first = lines.FindIndex(l => l.StartsWith($"{{\"type\":\"{type}\",", StringComparison.Ordinal));
        lines.Add(lines[first]);
        var id = System.Text.Json.JsonDocument.Parse(lines[first]).RootElement.GetProperty(type == "jurisdiction" ? "code" : "id").GetString();

        var act = () => PolicyDatasetSerializer.FromJson(string.Join('\n', lines) + "\n");

        var diagnostic = act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("PE0108");
        diagnostic.Message.Should().Be($"The {type} id '{id}' is already used by the record at line {first + 1}; ids must be unique.");
        diagnostic.Location.Line.Should().Be(lines.Count);
        diagnostic.Location.Path.Should().Be("$");
    }

    [Fact]
    public void The_format_can_be_forced()
    {
        var text = Encoding.UTF8.GetBytes(Header + "\n");

        // Read as a document, the header is a dataset with an unknown member "type".
        var asDocument = PolicyDatasetSerializer.Read(new MemoryStream(text), new DatasetReadOptions { Format = DatasetFormat.Document });

        asDocument.Warnings.Should().ContainSingle(d => d.Code == "PE0005" && d.Location.Path == "$.type");
        PolicyDatasetSerializer.Load(new MemoryStream(text), new DatasetReadOptions { Format = DatasetFormat.JsonLines }).Metadata.Id.Value.Should().Be("x");
    }

    [Fact]
    public async Task Loading_can_be_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => PolicyDatasetSerializer.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n")), null, cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Streaming_rejects_a_null_stream_at_once()
    {
        var act = () => PolicyDatasetSerializer.ReadRecordsAsync(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
