using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads Microsoft's Law Enforcement Requests Report workbooks (<c>Microsoft_LERR_2020_H1.xlsx</c>): sheets
/// "Criminal", "Emergencies" and "Civil Legal Requests", one row per country, read with the Open XML SDK.
/// </summary>
/// <remarks>
/// <para>Each sheet is a category (<see cref="Categories"/>), labelled with the sheet's name. The header row is the row
/// whose text names the total of requests ("Total Number of Law Enforcement Requests", "Total Number of Requests"),
/// wherever it is; the other columns are found by their header text in that row, ignoring case and runs of white space:
/// accounts specified, and the four outcomes (disclosure of content, of only non-content data, no data found, rejected).
/// Each outcome's header spans two columns (merged cells): the first holds the percentage, stored as a fraction
/// (<c>0.5974</c> is 59.74%), the second the count. The country name is the text cell left of the requests column.</para>
/// <para>The percentage's <see cref="PublishedNumber.Text"/> is the stored fraction written as a percentage, exactly
/// (the shortest text that reads back to the stored number, times 100: <c>0.5974</c> gives <c>59.74%</c>), not the
/// cell's display format. Microsoft publishes no count of requests with some data disclosed, so
/// <see cref="RequestFigures.RequestsWithDataProduced"/> stays unknown: nothing is added up. The "TOTAL" row (sums
/// Microsoft computes with formulas) is not a jurisdiction and is not imported. A country a sheet does not list is not
/// listed for that period: it gets no figure set, never zeros. Cells with content in columns the importer does not map
/// (the US warrant counts beside the Criminal table) give one <c>unknown-column</c> warning per sheet and column.</para>
/// <para>The period comes from the sheet's subtitle ("Requests received for all Microsoft Services from January to
/// June 2020": 2020-01-01 to 2020-06-30), else from the file name (<see cref="MetaGovernmentRequestsCsv.TryGetPeriodFromFileName"/>:
/// <c>…2020_H1.xlsx</c>); a period passed to <see cref="Read"/> wins over both. Subtitle and file name that disagree give a
/// <c>period-mismatch</c> warning (the subtitle wins). Malformed workbooks (not a zip, truncated, missing parts) give an
/// <c>invalid-workbook</c> error, a missing sheet a <c>missing-sheet</c> warning; nothing throws on bad content. This
/// class is stateless and thread-safe.</para>
/// </remarks>
public static partial class MicrosoftLawEnforcementRequestsXlsx
{
    private static readonly ImmutableArray<RequestCategory> Sheets =
    [
        new("Criminal", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Emergencies", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency),
        new("Civil Legal Requests", RequestKinds.UserData, LegalProcessKind.Other),
    ];

    /// <summary>The headers of each figure, as the Criminal and Emergencies sheets and the Civil Legal Requests sheet spell them.</summary>
    private static readonly ImmutableArray<(FigureField Field, FigureField? Percent, ImmutableArray<string> Headers)> Columns =
    [
        (FigureField.Requests, null, ["Total Number of Law Enforcement Requests", "Total Number of Requests"]),
        (FigureField.Accounts, null, ["Accounts / Users Specified in Requests"]),
        (FigureField.RequestsWithContentProduced, FigureField.PercentWithContentProduced,
            ["Law Enforcement Requests Resulting in Disclosure of Content", "Disclosure of Content"]),
        (FigureField.RequestsWithOnlyNonContentProduced, FigureField.PercentWithOnlyNonContentProduced,
            ["Law Enforcement Requests Resulting in Disclosure of Only Subscriber/Transactional (Non-Content) Data", "Only Subscriber/ Transactional (Non-Content) Data"]),
        (FigureField.RequestsWithNoDataFound, FigureField.PercentWithNoDataFound,
            ["Law Enforcement Requests Resulting in Disclosure of No Customer Data (No Data Found)", "No Data Found"]),
        (FigureField.RequestsRejected, FigureField.PercentRejected,
            ["Law Enforcement Requests Resulting in Disclosure of No Customer Data (Request Rejected for Not Meeting Legal Requirements)", "Rejected"]),
    ];

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>
    /// The sheets the workbook publishes, each a category labelled with the sheet's name: "Criminal" (law enforcement
    /// requests: user data, legal process), "Emergencies" (emergency disclosure) and "Civil Legal Requests" (user data,
    /// another kind of legal process).
    /// </summary>
    public static ImmutableArray<RequestCategory> Categories => Sheets;

    /// <summary>Reads a workbook.</summary>
    /// <param name="stream">The workbook's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance (with the row number), and read for the period when the sheets state none.</param>
    /// <param name="company">The company the figures are for (usually <c>microsoft</c>).</param>
    /// <param name="period">The period the workbook covers; null to read it from the sheets or the file name.</param>
    /// <param name="registry">The jurisdictions names are resolved in; null for <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <returns>The figure sets, sheet by sheet in the order above and row by row, and the issues found, validation included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or not trimmed, or <paramref name="company"/> is default.</exception>
    public static FigureImportResult Read(Stream stream, string fileName, CompanyId company, ReportingPeriod? period = null, JurisdictionRegistry? registry = null)
    {
        ImportArguments.Check(stream, fileName, company);
        registry ??= JurisdictionRegistry.Default;
        var issues = new List<FigureIssue>();
        var figures = new List<ReportedFigures>();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        var headers = new Dictionary<(string Sheet, FigureField Field), string>();
        try
        {
            using var document = SpreadsheetDocument.Open(copy, isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbook is null || sheets is null)
            {
                issues.Add(Invalid(fileName, "it has no workbook part or no sheets"));
                return new FigureImportResult(null, issues);
            }
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
            foreach (var unknown in sheets.Where(s => !Sheets.Any(c => SameText(c.Label, s.Name?.Value))))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-sheet", $"The sheet '{unknown.Name?.Value}' is not one this importer reads; it was ignored.", new FigureProvenance(fileName, 1)));
            }
            foreach (var category in Sheets)
            {
                var sheet = sheets.FirstOrDefault(s => SameText(category.Label, s.Name?.Value));
                if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "missing-sheet", $"The workbook has no sheet '{category.Label}'; its figures were not imported.", new FigureProvenance(fileName, 1)));
                    continue;
                }
                var label = sheet.Name!.Value!.Trim();
                var grid = ReadGrid(part, strings);
                ReadSheet(grid, new RequestCategory(label, category.Kinds, category.LegalProcess), fileName, company, period, registry, figures, issues, headers);
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or NotSupportedException)
        {
            issues.Add(Invalid(fileName, e.Message.TrimEnd('.')));
            return new FigureImportResult(null, issues);
        }
        issues.AddRange(FigureValidator.Validate(figures, (set, field) => headers.TryGetValue((set.Category.Label, field), out var header) ? header : field.ToString()));
        return new FigureImportResult(figures, issues);
    }

    private static void ReadSheet(
        SortedDictionary<int, SortedDictionary<int, Value>> grid,
        RequestCategory category,
        string fileName,
        CompanyId company,
        ReportingPeriod? period,
        JurisdictionRegistry registry,
        List<ReportedFigures> figures,
        List<FigureIssue> issues,
        Dictionary<(string Sheet, FigureField Field), string> headers)
    {
        var sheet = category.Label;
        var requestsHeaders = Columns[0].Headers;
        var headerRow = grid.FirstOrDefault(r => r.Value.Values.Any(v => requestsHeaders.Any(h => SameText(h, v.Text)))).Key;
        if (headerRow == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-header", $"The sheet '{sheet}' has no header row naming '{requestsHeaders[0]}' or '{requestsHeaders[1]}'; its figures were not imported.", new FigureProvenance(fileName, 1)));
            return;
        }
        var where = new FigureProvenance(fileName, headerRow);
        var header = grid[headerRow];
        var columns = new List<(int Column, FigureField Field)>();
        foreach (var (field, percent, names) in Columns)
        {
            var found = header.Where(c => names.Any(n => SameText(n, c.Value.Text))).Select(c => c.Key).ToList();
            if (found.Count != 1)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, found.Count == 0 ? "missing-column" : "duplicate-column",
                    $"The header row of the sheet '{sheet}' names '{names[0]}' {(found.Count == 0 ? "nowhere" : "more than once")}; expected it once. The sheet's figures were not imported.", where, names[0]));
                return;
            }
            var column = found[0];
            var text = Normalize(header[column].Text);
            if (percent is { } percentField)
            {
                headers[(sheet, percentField)] = text + " (percentage)";
                columns.Add((column, percentField));
                column++;
                if (header.TryGetValue(column, out var next) && next.Text.Length > 0)
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-column", $"The header '{text}' of the sheet '{sheet}' has no column of counts to its right ({ColumnName(column)} has its own header); the sheet's figures were not imported.", where, text));
                    return;
                }
            }
            headers[(sheet, field)] = text;
            columns.Add((column, field));
        }
        var requestsColumn = columns[0].Column;
        var sheetPeriod = period ?? SheetPeriod(grid, headerRow, sheet, fileName, issues);
        if (sheetPeriod is null)
        {
            return;
        }
        var mapped = columns.Select(c => c.Column).ToHashSet();
        var reported = new HashSet<int>();
        var rows = 0;
        foreach (var (rowNumber, cells) in grid.Where(r => r.Key >= headerRow))
        {
            var rowWhere = new FigureProvenance(fileName, rowNumber);
            var nameCell = rowNumber == headerRow ? default : cells.Where(c => c.Key < requestsColumn && c.Value.IsText).Select(c => (Column: c.Key, c.Value.Text)).LastOrDefault();
            foreach (var (column, value) in cells)
            {
                if (column != nameCell.Column && !mapped.Contains(column) && reported.Add(column))
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-column",
                        $"Column {ColumnName(column)} of the sheet '{sheet}' is not one this importer reads (first content at {ColumnName(column)}{rowNumber}: '{Normalize(value.Text)}'); its cells were ignored.", rowWhere, ColumnName(column)));
                }
            }
            if (rowNumber == headerRow)
            {
                continue;
            }
            var name = Normalize(nameCell.Text ?? string.Empty);
            if (name.Length == 0)
            {
                continue;
            }
            rows++;
            if (string.Equals(name, "TOTAL", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var values = new PublishedNumber[13];
            var ok = true;
            foreach (var (column, field) in columns)
            {
                cells.TryGetValue(column, out var value);
                ok &= TryRead(value, field, headers[(sheet, field)], $"{sheet}!{ColumnName(column)}{rowNumber}", rowWhere, issues, out values[(int)field]);
            }
            if (!ok)
            {
                continue;
            }
            if (values.All(v => v.IsUnknown))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ignored-row", $"The row '{name}' of the sheet '{sheet}' has no figures; it was ignored.", rowWhere));
                continue;
            }
            var jurisdiction = ImportCells.Jurisdiction(name, $"{sheet}!{ColumnName(nameCell.Column)}", null, null, registry, rowWhere, issues);
            figures.Add(new ReportedFigures(company, jurisdiction, name, sheetPeriod, category, new RequestFigures(
                requests: values[(int)FigureField.Requests],
                accounts: values[(int)FigureField.Accounts],
                requestsWithContentProduced: values[(int)FigureField.RequestsWithContentProduced],
                requestsWithOnlyNonContentProduced: values[(int)FigureField.RequestsWithOnlyNonContentProduced],
                requestsWithNoDataFound: values[(int)FigureField.RequestsWithNoDataFound],
                requestsRejected: values[(int)FigureField.RequestsRejected],
                percentWithContentProduced: values[(int)FigureField.PercentWithContentProduced],
                percentWithOnlyNonContentProduced: values[(int)FigureField.PercentWithOnlyNonContentProduced],
                percentWithNoDataFound: values[(int)FigureField.PercentWithNoDataFound],
                percentRejected: values[(int)FigureField.PercentRejected]), rowWhere));
        }
        if (rows == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "no-rows", $"The sheet '{sheet}' has a header row but no data rows; nothing was imported from it.", where));
        }
    }

    /// <summary>Reads a count (a whole number, or a text such as <c>0-249</c>) or a percentage stored as a fraction.</summary>
    private static bool TryRead(Value value, FigureField field, string column, string cell, FigureProvenance where, List<FigureIssue> issues, out PublishedNumber number)
    {
        number = default;
        var percent = field is FigureField.PercentWithContentProduced or FigureField.PercentWithOnlyNonContentProduced
            or FigureField.PercentWithNoDataFound or FigureField.PercentRejected;
        if (value.Text.Length == 0)
        {
            return true;
        }
        if (value.IsText)
        {
            var before = issues.Count;
            var ok = percent ? ImportCells.TryPercent(value.Text, column, where, issues, out number) : ImportCells.TryCount(value.Text, column, where, issues, out number);
            if (!ok && issues.Count > before)
            {
                var issue = issues[^1];
                issues[^1] = new FigureIssue(issue.Severity, issue.Code, $"Cell {cell}: {issue.Message}", issue.Provenance, issue.Column);
            }
            return ok;
        }
        if (!double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var stored) || !double.IsFinite(stored))
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-number", $"Cell {cell}: expected a number, found '{value.Text}'; the figures of this row were skipped.", where, column));
            return false;
        }
        var exact = decimal.Parse(stored.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        if (percent)
        {
            var hundredths = (exact * 100m) / 1.0000000000000000000000000000m; // dividing by 1.000… drops trailing zeros: 59.7400 is 59.74
            number = PublishedNumber.Percentage(hundredths, hundredths.ToString(CultureInfo.InvariantCulture) + "%");
            return true;
        }
        if (decimal.Truncate(exact) != exact || exact is > long.MaxValue or < long.MinValue)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-number", $"Cell {cell}: expected a whole count, found '{value.Text}'; the figures of this row were skipped.", where, column));
            return false;
        }
        number = PublishedNumber.Exact((long)exact);
        return true;
    }

    /// <summary>The period stated above the header row ("… from January to June 2020"), checked against the file name; else the file name's.</summary>
    private static ReportingPeriod? SheetPeriod(SortedDictionary<int, SortedDictionary<int, Value>> grid, int headerRow, string sheet, string fileName, List<FigureIssue> issues)
    {
        MetaGovernmentRequestsCsv.TryGetPeriodFromFileName(fileName, out var byName);
        foreach (var (rowNumber, cells) in grid.Where(r => r.Key < headerRow))
        {
            foreach (var value in cells.Values.Where(v => v.IsText))
            {
                var match = PeriodPattern().Match(Normalize(value.Text));
                if (!match.Success || !TryPeriod(match, out var stated))
                {
                    continue;
                }
                if (byName is not null && !byName.HasSameDates(stated))
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "period-mismatch",
                        $"The sheet '{sheet}' states the period {stated} ('{Normalize(value.Text)}'), the file name {byName}; the sheet's was used.", new FigureProvenance(fileName, rowNumber)));
                }
                return stated;
            }
        }
        if (byName is null)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-period", $"The sheet '{sheet}' states no period such as 'from January to June 2020' above its header, the file name '{fileName}' names no half-year such as '2020_H1', and no period was given; the sheet's figures were not imported.", new FigureProvenance(fileName, 1)));
        }
        return byName;
    }

    private static bool TryPeriod(Match match, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        var first = Array.FindIndex(MonthNames, m => m.Length > 0 && string.Equals(m, match.Groups["first"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var last = Array.FindIndex(MonthNames, m => m.Length > 0 && string.Equals(m, match.Groups["last"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var lastYear = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var firstYear = match.Groups["firstYear"].Success ? int.Parse(match.Groups["firstYear"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : lastYear;
        if (first == 0 || last == 0 || firstYear < 1 || lastYear < 1)
        {
            return false;
        }
        var start = new LocalDate(firstYear, first, 1);
        var end = new LocalDate(lastYear, last, 1).PlusMonths(1).PlusDays(-1);
        if (end < start)
        {
            return false;
        }
        period = new ReportingPeriod(start, end);
        return true;
    }

    /// <summary>Every non-empty cell by row number and one-based column number, as text (shared strings resolved).</summary>
    private static SortedDictionary<int, SortedDictionary<int, Value>> ReadGrid(WorksheetPart part, List<string> strings)
    {
        var grid = new SortedDictionary<int, SortedDictionary<int, Value>>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
        {
            return grid;
        }
        var rowNumber = 0;
        foreach (var row in data.Elements<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            var cells = new SortedDictionary<int, Value>();
            var columnNumber = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                columnNumber = ColumnNumber(cell.CellReference?.Value) ?? columnNumber + 1;
                var value = CellValue(cell, strings);
                if (value.Text.Length > 0)
                {
                    cells[columnNumber] = value;
                }
            }
            if (cells.Count > 0)
            {
                grid[rowNumber] = cells;
            }
        }
        return grid;
    }

    private static Value CellValue(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? new Value(strings[index].Trim(), IsText: true)
                : new Value(raw.Trim(), IsText: true);
        }
        if (type == CellValues.InlineString)
        {
            return new Value((cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? [])).Trim(), IsText: true);
        }
        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Boolean)
        {
            return new Value(raw.Trim(), IsText: true);
        }
        return new Value(raw.Trim(), IsText: false);
    }

    private static string ItemText(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>The one-based column number of a reference such as <c>G23</c>.</summary>
    private static int? ColumnNumber(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var number = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                number = (number * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }
        return number == 0 ? null : number;
    }

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }
        return name;
    }

    private static FigureIssue Invalid(string fileName, string why) =>
        new(FigureIssueSeverity.Error, "invalid-workbook", $"The file is not a readable Excel workbook ({why}); nothing was imported.", new FigureProvenance(fileName, 1));

    private static bool SameText(string expected, string? actual) => actual is not null && string.Equals(Normalize(expected), Normalize(actual), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\bfrom (?<first>[A-Za-z]+)(?: (?<firstYear>[0-9]{4}))? to (?<last>[A-Za-z]+) (?<year>[0-9]{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();

    /// <summary>A cell's content: its text (a shared string resolved) and whether it is text rather than a number.</summary>
    private readonly record struct Value(string? Raw, bool IsText)
    {
        internal string Text => Raw ?? string.Empty;
    }
}
