namespace PolicyEvents.Serialization;

/// <summary>The kinds of record in a dataset, as named by the <c>type</c> member of a JSON Lines line.</summary>
/// <remarks>New kinds (such as reported figures) are added at the end in later minor versions of the format.</remarks>
public enum DatasetRecordKind
{
    /// <summary>The header: <c>formatVersion</c> and <see cref="DatasetMetadata"/> (<c>"type":"dataset"</c>).</summary>
    Metadata = 0,

    /// <summary>A <see cref="PolicyEvents.Company"/> (<c>"type":"company"</c>).</summary>
    Company = 1,

    /// <summary>A <see cref="PolicyEvents.Jurisdiction"/> (<c>"type":"jurisdiction"</c>).</summary>
    Jurisdiction = 2,

    /// <summary>A <see cref="PolicyEvents.Source"/> (<c>"type":"source"</c>).</summary>
    Source = 3,

    /// <summary>A <see cref="PolicyEvents.Statement"/> (<c>"type":"statement"</c>).</summary>
    Statement = 4,

    /// <summary>A <see cref="PolicyEvents.Trigger"/> (<c>"type":"trigger"</c>).</summary>
    Trigger = 5,

    /// <summary>A <see cref="PolicyEvents.PolicyEvent"/> (<c>"type":"event"</c>).</summary>
    Event = 6,
}
