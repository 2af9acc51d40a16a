using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.TestHelpers;

/// <summary>Keeps every progress report a load makes, in order, on the calling thread (unlike <see cref="Progress{T}"/>,
/// which posts them).</summary>
internal sealed class CollectedProgress : IProgress<DatasetReadProgress>
{
    public List<DatasetReadProgress> Reports { get; } = [];

    public void Report(DatasetReadProgress value) => Reports.Add(value);
}
