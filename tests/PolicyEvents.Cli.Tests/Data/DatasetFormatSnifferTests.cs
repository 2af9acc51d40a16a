using System.Text;
using PolicyEvents.Cli.Data;

namespace PolicyEvents.Cli.Tests.Data;

public sealed class DatasetFormatSnifferTests
{
    [Theory]
    [InlineData("{\n  \"formatVersion\": \"1.0\",\n  \"metadata\": {", "data.jsonl", "Json")]
    [InlineData("{\"type\":\"dataset\",\"formatVersion\":\"1.0\"}\n{\"type\":\"company\"", "data.json", "JsonLines")]
    [InlineData("\uFEFF{\"type\":\"dataset\"", "data.txt", "JsonLines")]
    [InlineData("{\"metadata\":{}}", "data.jsonl", "JsonLines")]
    [InlineData("not json", "data.json", "Json")]
    public void Content_decides_before_the_extension(string head, string path, string expected) =>
        DatasetFormatSniffer.Detect(Encoding.UTF8.GetBytes(head), path).Should().Be(Enum.Parse<DatasetFileFormat>(expected));

    [Fact]
    public void Neither_content_nor_extension_gives_null() =>
        DatasetFormatSniffer.Detect("hello"u8, "notes.txt").Should().BeNull();
}
