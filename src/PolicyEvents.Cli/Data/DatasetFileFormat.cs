namespace PolicyEvents.Cli.Data;

/// <summary>The forms a dataset file takes.</summary>
internal enum DatasetFileFormat
{
    /// <summary>The single JSON document (<c>.json</c>).</summary>
    Json,

    /// <summary>JSON Lines (<c>.jsonl</c>): a header line, then one record a line.</summary>
    JsonLines,

    /// <summary>CSV, one row per event (written only: for spreadsheets and pandas).</summary>
    Csv,
}
