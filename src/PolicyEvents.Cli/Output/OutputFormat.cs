namespace PolicyEvents.Cli.Output;

/// <summary>How query results are written (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>Aligned columns for people (colour only on a terminal without <c>NO_COLOR</c>).</summary>
    Table,

    /// <summary>JSON for scripts: an array of objects (a single object for a summary), camelCase members.</summary>
    Json,

    /// <summary>CSV with a header row (RFC 4180 quoting, <c>\n</c> line ends).</summary>
    Csv,
}
