using System.Collections.Immutable;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Datasets;

/// <summary>Where a loaded dataset came from: the file, its form, and the position of each record, aligned with the
/// dataset's sorted collections. Not part of the dataset's value (equality ignores it).</summary>
internal sealed class DatasetOrigin
{
    internal DatasetOrigin(string? file, bool lines)
    {
        File = file;
        Lines = lines;
    }

    internal string? File { get; }

    /// <summary>True for JSON Lines, where paths are relative to the record's line.</summary>
    internal bool Lines { get; }

    internal RecordPosition? Metadata { get; set; }

    internal RecordPosition[]? Companies { get; set; }

    internal RecordPosition[]? Jurisdictions { get; set; }

    internal RecordPosition[]? Sources { get; set; }

    internal RecordPosition[]? Statements { get; set; }

    internal RecordPosition[]? Triggers { get; set; }

    internal RecordPosition[]? Events { get; set; }

    internal RecordPosition[]? Figures { get; set; }

    internal ImmutableArray<Diagnostic> Warnings { get; set; } = [];

    internal RecordPosition[]? PositionsOf(DatasetRecordKind kind) => kind switch
    {
        DatasetRecordKind.Company => Companies,
        DatasetRecordKind.Jurisdiction => Jurisdictions,
        DatasetRecordKind.Source => Sources,
        DatasetRecordKind.Statement => Statements,
        DatasetRecordKind.Trigger => Triggers,
        DatasetRecordKind.Event => Events,
        DatasetRecordKind.Figure => Figures,
        _ => null,
    };
}
