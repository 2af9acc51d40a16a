using PolicyEvents.Datasets;
using PolicyEvents.Serialization;

namespace PolicyEvents;

/// <summary>The datasets embedded in the library, loadable with no file and no network.</summary>
/// <remarks>
/// Each dataset is loaded from the library's resources on first use and cached; the same instance is returned afterwards.
/// The canonical file of each is also shipped in the repository's <c>data/</c> folder for users of other languages.
/// This class is thread-safe.
/// </remarks>
public static class PolicyDatasets
{
    private const string HongKong2020Resource = "PolicyEvents.Data.hong-kong-2020.json";

    private static readonly Lazy<PolicyDataset> HongKong2020Lazy = new(() => Load(HongKong2020Resource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Hong Kong 2020 reference dataset (id <c>hong-kong-2020</c>, CC-BY-4.0): how technology companies changed their
    /// handling of Hong Kong authorities' data requests after the national security law took effect on 30 June 2020, with
    /// the companies' verbatim statements and the reports behind each fact. Provenance: <c>data/README.md</c>.
    /// </summary>
    public static PolicyDataset HongKong2020 => HongKong2020Lazy.Value;

    /// <summary>Opens the canonical JSON text of <see cref="HongKong2020"/> as it is embedded (UTF-8, the document form).</summary>
    /// <returns>A read-only stream the caller disposes.</returns>
    public static Stream OpenHongKong2020Json() => Open(HongKong2020Resource);

    private static Stream Open(string name) =>
        typeof(PolicyDatasets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded dataset '{name}' is missing from the PolicyEvents assembly.");

    private static PolicyDataset Load(string name)
    {
        using var stream = Open(name);
        return PolicyDatasetSerializer.Load(stream, new DatasetReadOptions { FileName = name });
    }
}
