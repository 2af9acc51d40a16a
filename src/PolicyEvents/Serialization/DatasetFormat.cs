namespace PolicyEvents.Serialization;

/// <summary>The two forms of a dataset file.</summary>
public enum DatasetFormat
{
    /// <summary>Chosen for you: when writing a file, by its extension (<c>.jsonl</c> or <c>.ndjson</c> for JSON Lines, otherwise
    /// the document); when writing a stream or string, the document; when reading, from the content (a first member named
    /// <c>type</c> means JSON Lines).</summary>
    Auto = 0,

    /// <summary>One JSON document, two-space indented (<c>.json</c>): for small datasets.</summary>
    Document = 1,

    /// <summary>JSON Lines (<c>.jsonl</c>): a header line, then one record per line: for large datasets, read as a stream.</summary>
    JsonLines = 2,
}
