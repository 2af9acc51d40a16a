using System.Collections.Immutable;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>
/// A dataset as read from a file, with where each record was read from and the warnings found while reading it
/// (<see cref="PolicyDatasetSerializer.Read(Stream, DatasetReadOptions?)"/>). The dataset's value does not depend on
/// where it was read: the locations and warnings are kept beside it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class DatasetReadResult
{
    internal DatasetReadResult(PolicyDataset dataset, RecordLocations locations, ImmutableArray<Diagnostic> warnings)
    {
        Dataset = dataset;
        Locations = locations;
        Warnings = warnings;
    }

    /// <summary>The dataset.</summary>
    public PolicyDataset Dataset { get; }

    /// <summary>The file, line and column of each record of <see cref="Dataset"/>.</summary>
    public RecordLocations Locations { get; }

    /// <summary>The warnings found while reading (an unknown member of a newer minor version...), in file order.</summary>
    public ImmutableArray<Diagnostic> Warnings { get; }

    /// <summary>The warnings found while reading, then every problem <see cref="PolicyDataset.Validate()"/> finds, each
    /// located at the file, line and column its record was read from.</summary>
    /// <returns>Every problem, errors and warnings; empty when the dataset is clean.</returns>
    public ImmutableArray<Diagnostic> Validate() => [.. Warnings, .. Dataset.Validate(Locations)];

    /// <inheritdoc/>
    public override string ToString() => Locations.File is { } file ? $"{Dataset} (read from {file})" : Dataset.ToString();
}
