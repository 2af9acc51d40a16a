using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Datasets;

/// <summary>The embedded Hong Kong 2020 dataset: loads with one call, is the canonical file of data/, and validates.</summary>
public class PolicyDatasetsTests
{
    private static readonly string DataFile = Path.Combine(AppContext.BaseDirectory, "Fixtures", "hong-kong-2020.json");

    [Fact]
    public void The_embedded_resource_is_the_data_file_byte_for_byte()
    {
        using var stream = PolicyDatasets.OpenHongKong2020Json();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        copy.ToArray().Should().Equal(File.ReadAllBytes(DataFile));
    }

    [Fact]
    public void Writing_the_embedded_dataset_gives_the_canonical_file_byte_for_byte()
    {
        using var written = new MemoryStream();
        PolicyDatasetSerializer.Save(PolicyDatasets.HongKong2020, written);

        written.ToArray().Should().Equal(File.ReadAllBytes(DataFile));
    }

    [Fact]
    public void The_embedded_dataset_is_the_one_loaded_from_the_file_and_is_cached()
    {
        PolicyDatasets.HongKong2020.Should().Be(PolicyDatasetSerializer.LoadFile(DataFile));
        PolicyDatasets.HongKong2020.Should().BeSameAs(PolicyDatasets.HongKong2020);
        PolicyDatasets.HongKong2020.Metadata.Id.Should().Be(new DatasetId("hong-kong-2020"));
    }

    [Fact]
    public void It_validates_without_errors_or_warnings_and_notes_only_the_six_sources_whose_titles_the_pages_did_not_show()
    {
        var diagnostics = PolicyDatasets.HongKong2020.Validate();

        diagnostics.Should().OnlyContain(d => d.Code == DiagnosticCodes.SourceWithoutTitle && d.Severity == DiagnosticSeverity.Information);
        diagnostics.Select(d => d.Location.Path).Should().HaveCount(6, "data/README.md lists the six pages whose stored copies show no title");
    }
}
