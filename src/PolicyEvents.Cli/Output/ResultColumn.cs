namespace PolicyEvents.Cli.Output;

/// <summary>A column of a result table.</summary>
/// <param name="Key">The camelCase name used in JSON and in the CSV header.</param>
/// <param name="Header">The header shown in tables.</param>
/// <param name="Color">The ANSI colour for a cell (by its value), or null for none.</param>
/// <param name="HideInTable">True for columns meant for scripts only (exact instants), left out of aligned tables.</param>
/// <param name="Detail">True for long text (statements): in aligned tables, each item goes on its own indented line
/// under the row instead of into a column.</param>
internal sealed record ResultColumn(string Key, string Header, Func<object?, string?>? Color = null, bool HideInTable = false, bool Detail = false);
