using PolicyEvents.Internal;

namespace PolicyEvents.Diagnostics;

/// <summary>
/// Where each record of a loaded dataset was read from: the file, and the line and column of each record. A side
/// table kept beside the dataset, never inside it: a dataset's value does not depend on where it was read.
/// </summary>
/// <remarks>
/// <para>Records are addressed as the dataset holds them: by kind and by index in the dataset's sorted collection
/// (<see cref="DatasetRecordKind.Metadata"/> has index 0). A dataset built in code has no positions:
/// <see cref="None"/> locates each record by its JSON path in the single-document form only.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordLocations
{
    private static readonly RecordPosition[] NoPositions = [];

    private readonly RecordPosition? _metadata;
    private readonly RecordPosition[][] _positions;

    internal RecordLocations(string? file, bool lines, RecordPosition? metadata, RecordPosition[][] positions)
    {
        File = file;
        IsJsonLines = lines;
        _metadata = metadata;
        _positions = positions;
    }

    /// <summary>No file and no positions: every record is located by its path in the single-document form.</summary>
    public static RecordLocations None { get; } = new(null, false, null, []);

    /// <summary>The file the dataset was read from, as given to the reader; null when none was given.</summary>
    public string? File { get; }

    /// <summary>True when the dataset was read from the JSON Lines form, where each record's path starts at its line (<c>$</c>).</summary>
    public bool IsJsonLines { get; }

    /// <summary>Locates a record, or one of its members.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="index">Its index in the dataset's sorted collection of that kind (0 for the metadata).</param>
    /// <param name="member">A member path within the record (<c>company</c>, <c>statements[1]</c>), or null for the record itself.</param>
    /// <returns>The file, line and column of the record when known, and the JSON path of the record or member.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind, or <paramref name="index"/> is negative.</exception>
    public DiagnosticLocation Locate(DatasetRecordKind kind, int index, string? member = null)
    {
        Guard.Defined(kind, nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var position = kind == DatasetRecordKind.Metadata ? _metadata : PositionOf(kind, index);
        if (position is { Line: > 0 } found)
        {
            var path = IsJsonLines ? DatasetPaths.Member(kind == DatasetRecordKind.Metadata ? "$.metadata" : "$", member)
                : DatasetPaths.Member(DatasetPaths.Record(kind, found.Index), member);
            return new DiagnosticLocation(File, found.Line, found.Column, path);
        }
        return new DiagnosticLocation(File, null, null, DatasetPaths.Member(DatasetPaths.Record(kind, index), member));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{File ?? "(no file)"} ({(IsJsonLines ? "JSON Lines" : "document")}, {_positions.Sum(p => p?.Length ?? 0) + (_metadata is null ? 0 : 1)} records located)";

    private RecordPosition? PositionOf(DatasetRecordKind kind, int index)
    {
        var positions = (int)kind < _positions.Length ? _positions[(int)kind] ?? NoPositions : NoPositions;
        return index < positions.Length ? positions[index] : null;
    }
}
