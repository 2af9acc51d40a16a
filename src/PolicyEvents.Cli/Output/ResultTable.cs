using System.Collections.Immutable;

namespace PolicyEvents.Cli.Output;

/// <summary>
/// Rows of results with named columns. A cell is a string, a number, null (empty), a list of strings (a JSON array;
/// joined with <c>"; "</c> in tables and CSV), a list of name-value pairs (a JSON object) or a list of such lists (a
/// JSON array of objects).
/// </summary>
internal sealed class ResultTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    /// <exception cref="ArgumentException">A row has the wrong number of cells.</exception>
    public ResultTable(IEnumerable<ResultColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Columns = [.. columns];
        Rows = [.. rows];
        foreach (var row in Rows)
        {
            if (row.Count != Columns.Length)
            {
                throw new ArgumentException($"A row has {row.Count} cells for {Columns.Length} columns.", nameof(rows));
            }
        }
    }

    /// <summary>The columns.</summary>
    public ImmutableArray<ResultColumn> Columns { get; }

    /// <summary>The rows.</summary>
    public ImmutableArray<IReadOnlyList<object?>> Rows { get; }
}
