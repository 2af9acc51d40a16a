using System.Text;
using PolicyEvents.Datasets;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Serialization;

/// <summary>Which form a file is saved in, the progress a document load reports, and a newer header reported alone.</summary>
public sealed class SaveAndProgressTests : IDisposable
{
    private static readonly PolicyDataset Small = PolicyDatasetSerializer.LoadFile(Fixtures.Data("valid/small.json"));

    private readonly string _folder = Directory.CreateTempSubdirectory("policyevents-save-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("a.json", DatasetFormat.Auto, false)]
    [InlineData("a.jsonl", DatasetFormat.Auto, true)]
    [InlineData("a.NDJSON", DatasetFormat.Auto, true)]
    [InlineData("a.txt", DatasetFormat.Auto, false)]
    [InlineData("a.json", DatasetFormat.JsonLines, true)]
    [InlineData("a.jsonl", DatasetFormat.Document, false)]
    public async Task A_file_is_saved_in_the_form_asked_for_or_by_its_extension(string name, DatasetFormat format, bool lines)
    {
        var path = Path.Combine(_folder, name);
        var pathAsync = Path.Combine(_folder, "async-" + name);
        var expected = PolicyDatasetSerializer.ToJson(Small, lines ? DatasetFormat.JsonLines : DatasetFormat.Document);

        PolicyDatasetSerializer.SaveFile(Small, path, format);
        await PolicyDatasetSerializer.SaveFileAsync(Small, pathAsync, format);

        File.ReadAllText(path).Should().Be(expected);
        File.ReadAllText(pathAsync).Should().Be(expected);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo([name, "async-" + name], "no temporary file is left");
    }

    [Fact]
    public void A_document_load_reports_its_bytes_and_every_record_with_the_header_once_done()
    {
        var bytes = File.ReadAllBytes(Fixtures.Data("valid/small.json"));
        var progress = new CollectedProgress();

        var dataset = PolicyDatasetSerializer.Load(new MemoryStream(bytes), new DatasetReadOptions { Progress = progress });

        var records = 1 + dataset.Companies.Length + dataset.Jurisdictions.Length + dataset.Sources.Length + dataset.Statements.Length
            + dataset.Triggers.Length + dataset.Events.Length + dataset.Figures.Length;
        progress.Reports.Should().NotBeEmpty();
        progress.Reports[^1].Should().Be(new DatasetReadProgress(bytes.Length, records));
    }

    [Fact]
    public void A_header_of_a_newer_major_version_is_reported_alone_whatever_else_is_wrong_with_it_before_the_version()
    {
        const string Text = """
            {"type":"dataset","metadata":{"id":"Not An Id","version":"1","created":"yesterday"},"extra":1,"formatVersion":"2.0"}
            {"type":"company","id":"acme","name":"Acme"}

            """;

        var act = () => PolicyDatasetSerializer.Load(new MemoryStream(Encoding.UTF8.GetBytes(Text)));

        var diagnostic = act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be("PE0007");
        diagnostic.Location.Path.Should().Be("$.formatVersion");
    }
}
