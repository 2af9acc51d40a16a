using DuckDB.NET.Data;

namespace PolicyEvents.Interop.Tests;

/// <summary>DuckDB in memory, as an independent reader of the files the exports write.</summary>
internal static class DuckDb
{
    /// <summary>Runs a query and returns every row, each value as DuckDB returns it (DBNull becomes null).</summary>
    public static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Rows(command);
    }

    /// <summary>Runs a prepared command and returns every row, each value as DuckDB returns it (DBNull becomes null).</summary>
    public static List<object?[]> Rows(DuckDBCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A path as a single-quoted SQL string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
