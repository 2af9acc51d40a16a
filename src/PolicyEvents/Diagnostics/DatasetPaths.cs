using System.Globalization;

namespace PolicyEvents.Diagnostics;

/// <summary>Member names of the format's collections and the JSON paths built from them.</summary>
internal static class DatasetPaths
{
    internal static string CollectionOf(DatasetRecordKind kind) => kind switch
    {
        DatasetRecordKind.Company => "companies",
        DatasetRecordKind.Jurisdiction => "jurisdictions",
        DatasetRecordKind.Source => "sources",
        DatasetRecordKind.Statement => "statements",
        DatasetRecordKind.Trigger => "triggers",
        DatasetRecordKind.Event => "events",
        DatasetRecordKind.Figure => "figures",
        _ => "metadata",
    };

    internal static string TypeOf(DatasetRecordKind kind) => kind switch
    {
        DatasetRecordKind.Company => "company",
        DatasetRecordKind.Jurisdiction => "jurisdiction",
        DatasetRecordKind.Source => "source",
        DatasetRecordKind.Statement => "statement",
        DatasetRecordKind.Trigger => "trigger",
        DatasetRecordKind.Event => "event",
        DatasetRecordKind.Figure => "figure",
        _ => "dataset",
    };

    /// <summary>The name of a record kind in messages and diffs: the JSON Lines type, but <c>metadata</c> for the metadata.</summary>
    internal static string KindName(DatasetRecordKind kind) => kind == DatasetRecordKind.Metadata ? "metadata" : TypeOf(kind);

    /// <summary>The path of a record in the single document, e.g. <c>$.events[3]</c>.</summary>
    internal static string Record(DatasetRecordKind kind, int index) =>
        kind == DatasetRecordKind.Metadata ? "$.metadata" : string.Create(CultureInfo.InvariantCulture, $"$.{CollectionOf(kind)}[{index}]");

    /// <summary>Appends a member (<c>.company</c>) or an index (<c>[2]</c>) to a path.</summary>
    internal static string Member(string path, string? member) => member is null ? path : member.StartsWith('[') ? path + member : $"{path}.{member}";
}
