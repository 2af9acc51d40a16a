namespace PolicyEvents.Import;

/// <summary>One data row of a <see cref="CsvDocument"/>: its first line (one-based) and its unquoted cells.</summary>
internal sealed record CsvRow(int Line, string[] Cells);
