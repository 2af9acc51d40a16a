using PolicyEvents.Serialization;
using PolicyEvents.Tests.Data;

namespace PolicyEvents.Tests.Reliability;

/// <summary>
/// The readers fill their buffer from whatever the stream hands out: one byte at a time, a few bytes, or more than a
/// line, with or without a known length. A dataset must load the same, and a malformed file must be refused with the
/// same diagnostics (same codes, lines, columns, paths and words), as when the whole file is in memory.
/// </summary>
public class ChunkedReadTests
{
    public static TheoryData<int, bool> Reads => new() { { 1, false }, { 3, true }, { 7, false }, { 300, false }, { 4096, true } };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Valid_datasets_load_the_same_whatever_the_reads(int chunk, bool seekable)
    {
        var files = new[] { HongKong2020Fixture.Bytes, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "valid", "small.jsonl")),
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "valid", "small.json")) };
        foreach (var bytes in files)
        {
            var whole = PolicyDatasetSerializer.Load(new MemoryStream(bytes));

            PolicyDatasetSerializer.Load(new ChunkedStream(bytes, chunk, seekable)).Should().Be(whole);
            (await PolicyDatasetSerializer.LoadAsync(new ChunkedStream(bytes, chunk, seekable))).Should().Be(whole);
            var lines = System.Text.Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(whole, DatasetFormat.JsonLines));
            PolicyDatasetSerializer.ReadRecords(new ChunkedStream(lines, chunk, seekable)).Select(r => (r.Kind, r.Value, r.Line))
                .Should().Equal(PolicyDatasetSerializer.ReadRecords(new MemoryStream(lines)).Select(r => (r.Kind, r.Value, r.Line)));
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public void Malformed_files_are_refused_the_same_whatever_the_reads(int chunk, bool seekable)
    {
        foreach (var c in MalformedCorpusTests.Manifest)
        {
            var bytes = File.ReadAllBytes(Path.Combine(MalformedCorpusTests.Folder, c.File));
            var options = new DatasetReadOptions { FileName = c.File, Validate = c.Options == "validate", RejectUnknownMembers = c.Options == "strict" };
            var whole = MalformedCorpusTests.Refuse(() => PolicyDatasetSerializer.Load(new MemoryStream(bytes), options));

            var chunked = MalformedCorpusTests.Refuse(() => PolicyDatasetSerializer.Load(new ChunkedStream(bytes, chunk, seekable), options));

            chunked.GetType().Should().Be(whole.GetType(), c.File);
            chunked.Diagnostics.Should().Equal(whole.Diagnostics, "{0} read {1} bytes at a time", c.File, chunk);
        }
    }
}
