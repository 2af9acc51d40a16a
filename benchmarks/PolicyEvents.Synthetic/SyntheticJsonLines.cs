using PolicyEvents.Domain;
using PolicyEvents.Serialization;

namespace PolicyEvents.Synthetic;

/// <summary>
/// Writes a <see cref="SyntheticDataset"/> as JSON Lines in the canonical form of the dataset format 1.0
/// (<c>docs/format.md</c>) with the library's own writer, <see cref="PolicyDatasetSerializer"/>: a header line, then
/// companies, sources, statements and events, each sorted by id, one compact object per line.
/// </summary>
/// <remarks>No jurisdiction or trigger lines are written: the events use the built-in
/// <see cref="JurisdictionRegistry.Default"/> codes and cite no trigger. The methods are thread-safe.</remarks>
public static class SyntheticJsonLines
{
    /// <summary>Writes the dataset to a stream (which is left open).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The stream to write to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SyntheticDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        PolicyDatasetSerializer.Save(dataset.ToPolicyDataset(), stream, DatasetFormat.JsonLines);
    }

    /// <summary>Returns the dataset's JSON Lines text as UTF-8 bytes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static byte[] ToUtf8Bytes(SyntheticDataset dataset)
    {
        using var stream = new MemoryStream();
        Write(dataset, stream);
        return stream.ToArray();
    }
}
