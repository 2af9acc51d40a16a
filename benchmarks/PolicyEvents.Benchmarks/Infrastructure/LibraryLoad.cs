using PolicyEvents.Serialization;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>The library's side of every benchmark: load JSON Lines into a <see cref="PolicyDataset"/>, index it as a <see cref="PolicyHistory"/>.</summary>
public static class LibraryLoad
{
    private static readonly DatasetReadOptions Lines = new() { Format = DatasetFormat.JsonLines };

    public static PolicyDataset Dataset(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        return PolicyDatasetSerializer.Load(stream, Lines);
    }

    public static PolicyHistory History(PolicyDataset dataset) => PolicyHistory.From(dataset);

    public static PolicyHistory History(byte[] utf8) => History(Dataset(utf8));
}
