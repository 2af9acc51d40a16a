using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyEvents.Cli.Output;

/// <summary>Writes a <see cref="ResultTable"/> as an aligned table, JSON or CSV.</summary>
internal static class ResultWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes rows: an array of objects in JSON, a table with a header row otherwise.</summary>
    /// <param name="table">The rows.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="color">True to colour a table (ignored for JSON and CSV).</param>
    public static void Write(ResultTable table, OutputFormat format, TextWriter output, bool color)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(table, output, single: false);
                break;
            case OutputFormat.Csv:
                WriteCsv(table, output);
                break;
            default:
                WriteAligned(table, output, color);
                break;
        }
    }

    /// <summary>Writes one record (the first row): a JSON object, or <c>header  value</c> lines in a table.</summary>
    /// <param name="record">A table with one row.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="color">True to colour a table.</param>
    public static void WriteRecord(ResultTable record, OutputFormat format, TextWriter output, bool color)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(record, output, single: true);
                break;
            case OutputFormat.Csv:
                WriteCsv(record, output);
                break;
            default:
                var width = record.Columns.Max(c => c.Header.Length);
                var row = record.Rows[0];
                for (var i = 0; i < record.Columns.Length; i++)
                {
                    var header = record.Columns[i].Header.PadRight(width);
                    output.Write(color ? Ansi.Bold + header + Ansi.Reset : header);
                    output.Write("  ");
                    output.Write(CellText(row[i]));
                    output.Write('\n');
                }
                break;
        }
    }

    /// <summary>The text of a cell in a table or CSV.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    public static string CellText(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        IReadOnlyList<KeyValuePair<string, object?>> pairs => string.Join(", ", pairs.Select(p => $"{p.Key} {CellText(p.Value)}")),
        IEnumerable<string> list => string.Join("; ", list),
        IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> objects => string.Join("; ", objects.Select(CellText)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static void WriteAligned(ResultTable table, TextWriter output, bool color)
    {
        var shown = Enumerable.Range(0, table.Columns.Length).Where(i => !table.Columns[i].HideInTable && !table.Columns[i].Detail).ToArray();
        var details = Enumerable.Range(0, table.Columns.Length).Where(i => table.Columns[i].Detail).ToArray();
        var texts = table.Rows.Select(r => shown.Select(i => OneLine(CellText(r[i]))).ToArray()).ToArray();
        var widths = shown.Select((c, k) => Math.Max(table.Columns[c].Header.Length, texts.Length == 0 ? 0 : texts.Max(t => t[k].Length))).ToArray();
        WriteLine(shown.Select(i => table.Columns[i].Header).ToArray(), _ => color ? Ansi.Bold : null);
        WriteLine(widths.Select(w => new string('-', w)).ToArray(), _ => null);
        for (var r = 0; r < texts.Length; r++)
        {
            var cells = table.Rows[r];
            WriteLine(texts[r], k => color ? table.Columns[shown[k]].Color?.Invoke(cells[shown[k]]) : null);
            foreach (var item in details.SelectMany(i => DetailItems(cells[i])))
            {
                output.Write("    ");
                output.Write(color ? Ansi.Dim + OneLine(item) + Ansi.Reset : OneLine(item));
                output.Write('\n');
            }
        }

        void WriteLine(string[] cells, Func<int, string?> colorOf)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                var last = i == cells.Length - 1;
                var text = last ? cells[i] : cells[i].PadRight(widths[i]);
                var code = colorOf(i);
                line.Append(code is null ? text : code + text.TrimEnd() + Ansi.Reset + new string(' ', text.Length - text.TrimEnd().Length));
                if (!last)
                {
                    line.Append("  ");
                }
            }
            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
        }
    }

    private static IEnumerable<string> DetailItems(object? cell) => cell switch
    {
        null => [],
        string s => s.Length == 0 ? [] : [s],
        IEnumerable<string> list => list,
        _ => [CellText(cell)],
    };

    private static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>
    /// CSV keeps one value per cell: a column of name-value pairs (a summary's stances) becomes one column per name,
    /// <c>column.name</c> (<c>stances.paused</c>), in the order the names first appear; a list of texts stays in one cell,
    /// joined by <c>"; "</c>.
    /// </summary>
    private static void WriteCsv(ResultTable table, TextWriter output)
    {
        var columns = new List<(string Header, Func<IReadOnlyList<object?>, object?> Cell)>();
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var index = i;
            var pairs = table.Rows.Select(r => r[index]).OfType<IReadOnlyList<KeyValuePair<string, object?>>>().ToList();
            if (pairs.Count == 0)
            {
                columns.Add((table.Columns[i].Key, row => row[index]));
                continue;
            }
            foreach (var name in pairs.SelectMany(p => p.Select(kv => kv.Key)).Distinct())
            {
                columns.Add(($"{table.Columns[i].Key}.{name}", row =>
                    row[index] is IReadOnlyList<KeyValuePair<string, object?>> cell ? cell.FirstOrDefault(kv => kv.Key == name).Value : null));
            }
        }
        output.Write(string.Join(',', columns.Select(c => CsvField(c.Header))));
        output.Write('\n');
        foreach (var row in table.Rows)
        {
            output.Write(string.Join(',', columns.Select(c => CsvField(CellText(c.Cell(row))))));
            output.Write('\n');
        }
    }

    /// <summary>Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).</summary>
    /// <param name="text">The field.</param>
    /// <returns>The field as written.</returns>
    public static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void WriteJson(ResultTable table, TextWriter output, bool single)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            if (!single)
            {
                writer.WriteStartArray();
            }
            foreach (var row in single ? table.Rows.Take(1) : table.Rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < table.Columns.Length; i++)
                {
                    writer.WritePropertyName(table.Columns[i].Key);
                    WriteJsonValue(writer, row[i]);
                }
                writer.WriteEndObject();
            }
            if (!single)
            {
                writer.WriteEndArray();
            }
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int n:
                writer.WriteNumberValue(n);
                break;
            case long n:
                writer.WriteNumberValue(n);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case IReadOnlyList<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteJsonValue(writer, pair.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> objects:
                writer.WriteStartArray();
                foreach (var item in objects)
                {
                    WriteJsonValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(CellText(value));
                break;
        }
    }
}
