using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads a company's transparency-report CSV that no built-in importer knows, through an <see cref="ImportMap"/> that
/// names its columns by header (docs/figures.md, "Import without code").
/// </summary>
/// <remarks>
/// <para>Every column the map names must be in the header (matched trimmed, ignoring case and runs of white space);
/// a missing one is a <c>missing-column</c> error naming the column and the file, and nothing is imported. Other columns
/// give one <c>unknown-column</c> warning each. Each data row gives one figure set with the row's file and line as its
/// provenance: the period from the map's date columns (a start derived from the end and the map's length when there is
/// no start column), the jurisdiction from its code and/or name (names mapped through <see cref="JurisdictionNames"/>),
/// the category from its column (or the map's label, when there is no column or the cell is blank) with the map's request kinds and legal process, and each figure from its cell
/// (counts, ranges such as <c>0 - 249</c>, percentages; a blank cell or <c>-</c> is not published). A cell that cannot be
/// read is an error naming the file, line and column, and the row is skipped.</para>
/// <para>File format: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; RFC 4180 quoting. This class is
/// stateless and thread-safe.</para>
/// </remarks>
public static class MappedTransparencyReportCsv
{
    /// <summary>Reads an export through a map.</summary>
    /// <param name="stream">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance (a file name, not a machine path).</param>
    /// <param name="map">The columns to read.</param>
    /// <param name="registry">The jurisdictions codes and names are resolved in; null for <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <returns>The figure sets in file order and the issues found, validation included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="fileName"/> or <paramref name="map"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or not trimmed.</exception>
    public static FigureImportResult Read(Stream stream, string fileName, ImportMap map, JurisdictionRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ImportArguments.Check(stream, fileName, map.Company);
        registry ??= JurisdictionRegistry.Default;
        var issues = new List<FigureIssue>();
        var document = CsvDocument.Read(stream, fileName, issues);
        if (document is null)
        {
            return new FigureImportResult(null, issues);
        }
        var named = new List<string> { map.PeriodEndColumn };
        AddIfSet(named, map.PeriodStartColumn);
        AddIfSet(named, map.JurisdictionNameColumn);
        AddIfSet(named, map.JurisdictionCodeColumn);
        AddIfSet(named, map.CategoryColumn);
        named.AddRange(map.Figures.Select(f => f.Value));
        var expected = "the columns the map names: " + string.Join(", ", named.Distinct(StringComparer.OrdinalIgnoreCase));
        var ok = true;
        int Find(string? name) => name is null ? -1 : document.Find(name, required: true, expected, issues, ref ok);
        var endColumn = Find(map.PeriodEndColumn);
        var startColumn = Find(map.PeriodStartColumn);
        var nameColumn = Find(map.JurisdictionNameColumn);
        var codeColumn = Find(map.JurisdictionCodeColumn);
        var categoryColumn = Find(map.CategoryColumn);
        var figureColumns = map.Figures.Select(f => (Name: f.Key, Column: Find(f.Value))).ToList();
        if (!ok)
        {
            return new FigureImportResult(null, issues);
        }
        document.ReportUnknownColumns(named, issues);
        if (document.Rows.Count == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "no-rows", "The file has a header but no data rows; nothing was imported.", document.HeaderProvenance));
            return new FigureImportResult(null, issues);
        }
        var header = document.Header;
        var pattern = LocalDatePattern.CreateWithInvariantCulture(map.DateFormat);
        var figures = new List<ReportedFigures>();
        foreach (var row in document.Rows)
        {
            var where = new FigureProvenance(fileName, row.Line);
            if (row.Cells.Length != header.Length)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ragged-row", $"The row has {row.Cells.Length} fields, the header {header.Length}; missing fields were read as blank.", where));
            }
            if (!TryDate(row, endColumn, header, pattern, map.DateFormat, where, issues, out var end))
            {
                continue;
            }
            ReportingPeriod period;
            if (startColumn >= 0)
            {
                if (!TryDate(row, startColumn, header, pattern, map.DateFormat, where, issues, out var start))
                {
                    continue;
                }
                if (start > end)
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"The period starts on {start:uuuu-MM-dd}, after its end {end:uuuu-MM-dd}; the row was skipped.", where, header[startColumn]));
                    continue;
                }
                period = new ReportingPeriod(start, end);
            }
            else
            {
                period = ReportingPeriod.EndingOn(end, Period.FromMonths(map.PeriodMonths));
            }
            var name = nameColumn < 0 ? string.Empty : CsvDocument.Cell(row, nameColumn).Trim();
            var codeText = codeColumn < 0 ? null : CsvDocument.Cell(row, codeColumn);
            if (name.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(codeText))
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no jurisdiction and gives no code; the row was skipped.", where, header[nameColumn >= 0 ? nameColumn : codeColumn]));
                    continue;
                }
                name = codeText.Trim();
            }
            var cellLabel = categoryColumn < 0 ? string.Empty : CsvDocument.Cell(row, categoryColumn).Trim();
            var label = cellLabel.Length > 0 ? cellLabel : map.CategoryLabel ?? string.Empty;
            if (label.Length == 0)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-category", "The row's category is blank; the row was skipped.", where, header[categoryColumn]));
                continue;
            }
            var values = new PublishedNumber[ImportMap.FigureNames.Count];
            var read = true;
            foreach (var (figure, column) in figureColumns)
            {
                var cell = CsvDocument.Cell(row, column);
                var index = (int)ImportMap.FieldOf(figure);
                read &= ImportMap.IsPercent(figure)
                    ? ImportCells.TryPercent(cell, header[column], where, issues, out values[index])
                    : ImportCells.TryCount(cell, header[column], where, issues, out values[index]);
            }
            if (!read)
            {
                continue;
            }
            var jurisdiction = ImportCells.Jurisdiction(name, nameColumn < 0 ? header[codeColumn] : header[nameColumn], codeText, codeColumn < 0 ? null : header[codeColumn], registry, where, issues);
            var requestFigures = new RequestFigures(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10], values[11], values[12]);
            figures.Add(new ReportedFigures(map.Company, jurisdiction, name, period, new RequestCategory(label, map.Kinds, map.LegalProcess), requestFigures, where));
        }
        var columnOf = map.Figures.ToDictionary(f => ImportMap.FieldOf(f.Key), f => header[figureColumns.First(c => c.Name == f.Key).Column]);
        issues.AddRange(FigureValidator.Validate(figures, (_, field) => columnOf.TryGetValue(field, out var header) ? header : field.ToString()));
        return new FigureImportResult(figures, issues);
    }

    private static void AddIfSet(List<string> list, string? name)
    {
        if (name is not null)
        {
            list.Add(name);
        }
    }

    private static bool TryDate(CsvRow row, int column, ImmutableArray<string> header, LocalDatePattern pattern, string format,
        FigureProvenance where, List<FigureIssue> issues, out LocalDate date)
    {
        var text = CsvDocument.Cell(row, column).Trim();
        var result = pattern.Parse(text);
        if (result.Success)
        {
            date = result.Value;
            return true;
        }
        issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"Expected a date in the map's pattern '{format}', found '{text}'; the row was skipped.", where, header[column]));
        date = default;
        return false;
    }
}
