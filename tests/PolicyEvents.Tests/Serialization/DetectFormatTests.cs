using System.Text;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary><see cref="PolicyDatasetSerializer.DetectFormat"/>: the form of a dataset from its first bytes, as loading decides it.</summary>
public class DetectFormatTests
{
    [Theory]
    [InlineData("{\n  \"formatVersion\": \"1.0\",\n  \"metadata\": {", DatasetFormat.Document)]
    [InlineData("{\"type\":\"dataset\",\"formatVersion\":\"1.0\"}\n{\"type\":\"company\"", DatasetFormat.JsonLines)]
    [InlineData("\uFEFF  {\"type\":\"dataset\"", DatasetFormat.JsonLines)]
    [InlineData("\r\n{ \n \"type\"", DatasetFormat.JsonLines)]
    [InlineData("{\"metadata\":{}}", DatasetFormat.Document)]
    [InlineData("{\"types\":1}", DatasetFormat.Document)]
    [InlineData("", DatasetFormat.Auto)]
    [InlineData(" \n\t", DatasetFormat.Auto)]
    [InlineData("hello", DatasetFormat.Auto)]
    [InlineData("[{\"type\":\"dataset\"}]", DatasetFormat.Auto)]
    public void The_first_member_of_the_first_object_decides(string head, DatasetFormat expected) =>
        PolicyDatasetSerializer.DetectFormat(Encoding.UTF8.GetBytes(head)).Should().Be(expected);

    [Fact]
    public void Utf16_text_with_its_byte_order_mark_cannot_be_told() =>
        PolicyDatasetSerializer.DetectFormat([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"type\":\"dataset\"}")]).Should().Be(DatasetFormat.Auto);

    [Theory]
    [InlineData(DatasetFormat.Document)]
    [InlineData(DatasetFormat.JsonLines)]
    public void Saved_datasets_are_told_apart_as_saved(DatasetFormat format) =>
        PolicyDatasetSerializer.DetectFormat(Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020, format))).Should().Be(format);
}
