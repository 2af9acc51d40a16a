using System.Collections.Immutable;
using System.Text;
using nietras.SeparatedValues;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// A comma-separated file read with Sep into memory: a header mapped by name, and rows of unquoted cells with
/// their one-based line numbers. Shared by the importers; transparency-report exports are small (a few thousand rows).
/// </summary>
/// <remarks>
/// UTF-8 with or without a byte-order mark (the <see cref="StreamReader"/> consumes it; a stray U+FEFF at the start
/// of the first header is dropped too). Sep splits rows at LF, CRLF and CR alike and unquotes RFC 4180 fields.
/// Bytes that are not UTF-8 stop the reading with an <c>invalid-encoding</c> error. Blank rows are skipped.
/// Header names are matched trimmed, with runs of white space as one space, ignoring case.
/// </remarks>
internal sealed class CsvDocument
{
    private readonly Dictionary<string, int> _columns;
    private readonly HashSet<string> _duplicates;

    private CsvDocument(string fileName, int headerLine, ImmutableArray<string> header, List<CsvRow> rows)
    {
        FileName = fileName;
        HeaderLine = headerLine;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _duplicates = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var key = Normalize(header[i]);
            if (key.Length > 0 && !_columns.TryAdd(key, i))
            {
                _duplicates.Add(key);
            }
        }
    }

    internal string FileName { get; }

    internal int HeaderLine { get; }

    internal ImmutableArray<string> Header { get; }

    internal IReadOnlyList<CsvRow> Rows { get; }

    internal FigureProvenance HeaderProvenance => new(FileName, HeaderLine);

    /// <summary>Reads a whole file; on failure returns null and adds an error issue.</summary>
    internal static CsvDocument? Read(Stream stream, string fileName, ICollection<FigureIssue> issues)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        ImmutableArray<string>? header = null;
        var headerLine = 1;
        var rows = new List<CsvRow>();
        var lastLine = 1;
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            foreach (var row in reader)
            {
                // Sep (0.17.1 and 0.18.0) without a header row reports line 2 for the first row; the first row always starts on line 1.
                var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
                lastLine = line;
                var cells = new string[row.ColCount];
                var blank = true;
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                    blank &= string.IsNullOrWhiteSpace(cells[i]);
                }
                if (blank)
                {
                    continue;
                }
                if (header is null)
                {
                    if (cells[0].Length > 0 && cells[0][0] == '\uFEFF')
                    {
                        cells[0] = cells[0][1..];
                    }
                    header = [.. cells.Select(c => c.Trim())];
                    headerLine = line;
                    continue;
                }
                rows.Add(new CsvRow(line, cells));
            }
        }
        catch (DecoderFallbackException e)
        {
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Error,
                "invalid-encoding",
                $"The file is not valid UTF-8 ({e.Message.TrimEnd('.')}); expected UTF-8 text, with or without a byte-order mark. Nothing was imported.",
                new FigureProvenance(fileName, lastLine)));
            return null;
        }
        if (header is null)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "empty-file", "The file has no header row; expected a CSV export with a header. Nothing was imported.", new FigureProvenance(fileName, 1)));
            return null;
        }
        return new CsvDocument(fileName, headerLine, header.Value, rows);
    }

    /// <summary>Finds a column by name for an importer that needs some columns: -1 when it is missing or repeated. A
    /// repeated name (reported by <see cref="TryFind"/>) or a missing required one (reported here, naming the columns
    /// the layout expects) clears <paramref name="ok"/>.</summary>
    internal int Find(string name, bool required, string expected, ICollection<FigureIssue> issues, ref bool ok)
    {
        var before = issues.Count;
        if (TryFind(name, issues, out var index))
        {
            return index;
        }
        if (issues.Count != before)
        {
            ok = false;
        }
        else if (required)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-column",
                $"The header has no column '{name}'; expected {expected}. Nothing was imported.", HeaderProvenance, name));
            ok = false;
        }
        return -1;
    }

    /// <summary>Finds a column by name; adds an error and returns false when the name is there twice.</summary>
    internal bool TryFind(string name, ICollection<FigureIssue> issues, out int index)
    {
        var key = Normalize(name);
        if (_duplicates.Contains(key))
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "duplicate-column", $"The header names the column '{name}' more than once; expected it once.", HeaderProvenance, name));
            index = -1;
            return false;
        }
        return _columns.TryGetValue(key, out index);
    }

    /// <summary>Adds one warning for every header name the importer does not read (once per name, even when it repeats).</summary>
    internal void ReportUnknownColumns(IEnumerable<string> known, ICollection<FigureIssue> issues)
    {
        var knownKeys = new HashSet<string>(known.Select(Normalize), StringComparer.OrdinalIgnoreCase);
        foreach (var name in Header)
        {
            if (name.Length > 0 && knownKeys.Add(Normalize(name)))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-column", $"The column '{name}' is not one this importer reads; its cells were ignored.", HeaderProvenance, name));
            }
        }
    }

    /// <summary>A cell of a row, or empty when the row is shorter than the header.</summary>
    internal static string Cell(CsvRow row, int index) => index >= 0 && index < row.Cells.Length ? row.Cells[index] : string.Empty;

    private static string Normalize(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
