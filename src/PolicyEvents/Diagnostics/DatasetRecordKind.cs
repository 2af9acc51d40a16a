
namespace PolicyEvents.Diagnostics;

/// <summary>The kinds of record in a dataset, as named by the <c>type</c> member of a JSON Lines line.</summary>
/// <remarks>New kinds are added at the end in later minor versions of the format.</remarks>
public enum DatasetRecordKind
{
    /// <summary>The header: <c>formatVersion</c> and the dataset's metadata (<c>"type":"dataset"</c>).</summary>
    Metadata = 0,

    /// <summary>A <see cref="PolicyEvents.Domain.Company"/> (<c>"type":"company"</c>).</summary>
    Company = 1,

    /// <summary>A <see cref="PolicyEvents.Domain.Jurisdiction"/> (<c>"type":"jurisdiction"</c>).</summary>
    Jurisdiction = 2,

    /// <summary>A <see cref="PolicyEvents.Domain.Source"/> (<c>"type":"source"</c>).</summary>
    Source = 3,

    /// <summary>A <see cref="PolicyEvents.Domain.Statement"/> (<c>"type":"statement"</c>).</summary>
    Statement = 4,

    /// <summary>A <see cref="PolicyEvents.Domain.Trigger"/> (<c>"type":"trigger"</c>).</summary>
    Trigger = 5,

    /// <summary>A <see cref="PolicyEvents.Domain.PolicyEvent"/> (<c>"type":"event"</c>).</summary>
    Event = 6,

    /// <summary>A <see cref="PolicyEvents.Figures.ReportedFigures"/> set (<c>"type":"figure"</c>).</summary>
    Figure = 7,
}
