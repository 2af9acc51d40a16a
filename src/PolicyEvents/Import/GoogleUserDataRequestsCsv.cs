using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads Google's Transparency Report export "Global requests for user information"
/// (<c>google-global-user-data-requests.csv</c>): one row per half-year, country or region, and legal process.
/// </summary>
/// <remarks>
/// <para>Columns are found by header name, in any order, ignoring case: <c>Period Ending</c>, <c>Country/Region</c>,
/// <c>Legal Process</c> and <c>User Data Requests</c> are required; <c>CLDR Territory Code</c>,
/// <c>Percentage disclosed</c> and <c>Accounts</c> are read when present. Other columns are ignored with an
/// <c>unknown-column</c> warning.</para>
/// <para>Google gives only the end of each six-month period: the start is derived by
/// <see cref="ReportingPeriod.HalfYearEndingOn"/> (the day after the end, six months back) and marked
/// <see cref="ReportingPeriod.IsStartDerived"/>. The jurisdiction is the CLDR territory code when the row has one
/// (checked against the registry), else the name through <see cref="JurisdictionNames"/>. "Percentage disclosed"
/// is a percentage without <c>%</c>; blank cells stay unknown. Legal process labels are mapped by
/// <see cref="Categories"/>; an unknown label is kept, unmapped, with an <c>unknown-category</c> warning.</para>
/// <para>Placeholders are not figures: Google began to publish the percentage of requests with some data disclosed with
/// the July–December 2010 period and the number of accounts with January–June 2011 (its Transparency Report FAQ), and
/// the export fills the earlier periods' cells with <c>0</c>. A <c>0</c> in "Percentage disclosed" for a half-year ending
/// before <see cref="PercentageFirstPublished"/>, or in "Accounts" before <see cref="AccountsFirstPublished"/>, is read
/// as not published (<see cref="PublishedNumber.Unknown"/>), with one <c>not-published</c> warning per column naming the
/// reason and the number of cells; any other value in those periods is kept as published.</para>
/// <para>File format: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; RFC 4180 quoting. This
/// class is stateless and thread-safe.</para>
/// </remarks>
public static class GoogleUserDataRequestsCsv
{
    /// <summary>The header of the period's last day (ISO date).</summary>
    public const string PeriodEndingColumn = "Period Ending";

    /// <summary>The header of the country or region name.</summary>
    public const string CountryColumn = "Country/Region";

    /// <summary>The header of the CLDR territory code.</summary>
    public const string CodeColumn = "CLDR Territory Code";

    /// <summary>The header of the legal process label.</summary>
    public const string LegalProcessColumn = "Legal Process";

    /// <summary>The header of the number of requests.</summary>
    public const string RequestsColumn = "User Data Requests";

    /// <summary>The header of the percentage of requests where some data was disclosed.</summary>
    public const string PercentageColumn = "Percentage disclosed";

    /// <summary>The header of the number of accounts.</summary>
    public const string AccountsColumn = "Accounts";

    /// <summary>The end of the first half-year for which Google published "Percentage disclosed" (July–December 2010).</summary>
    public static LocalDate PercentageFirstPublished { get; } = new(2010, 12, 31);

    /// <summary>The end of the first half-year for which Google published "Accounts" (January–June 2011).</summary>
    public static LocalDate AccountsFirstPublished { get; } = new(2011, 6, 30);

    private static readonly FrozenDictionary<string, RequestCategory> ByLabel = BuildCategories().ToFrozenDictionary(c => c.Label, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The legal process labels the export uses, with their mapping: "All" (until 2014; what it covered is not
    /// stated, so no <see cref="RequestKinds"/>), "Other Legal Requests", "Emergency Disclosure Requests",
    /// "Preservation Requests", and the US and country-specific kinds.
    /// </summary>
    public static ImmutableArray<RequestCategory> Categories { get; } = [.. BuildCategories()];

    /// <summary>Reads an export.</summary>
    /// <param name="stream">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance (a file name, not a machine path).</param>
    /// <param name="company">The company the figures are for (usually <c>google</c>).</param>
    /// <param name="registry">The jurisdictions codes are checked against; null for <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <returns>The figure sets in file order and the issues found, validation included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or not trimmed, or <paramref name="company"/> is default.</exception>
    public static FigureImportResult Read(Stream stream, string fileName, CompanyId company, JurisdictionRegistry? registry = null)
    {
        ImportArguments.Check(stream, fileName, company);
        registry ??= JurisdictionRegistry.Default;
        var issues = new List<FigureIssue>();
        var document = CsvDocument.Read(stream, fileName, issues);
        if (document is null)
        {
            return new FigureImportResult(null, issues);
        }
        var columns = FindColumns(document, issues);
        if (columns is null)
        {
            return new FigureImportResult(null, issues);
        }
        document.ReportUnknownColumns([PeriodEndingColumn, CountryColumn, CodeColumn, LegalProcessColumn, RequestsColumn, PercentageColumn, AccountsColumn], issues);
        var figures = new List<ReportedFigures>();
        foreach (var row in document.Rows)
        {
            var set = ReadRow(row, columns, document, company, registry, issues);
            if (set is not null)
            {
                figures.Add(set);
            }
        }
        NotYetPublished(figures, columns, issues);
        issues.AddRange(FigureValidator.Validate(figures, (_, field) => field switch
        {
            FigureField.Requests => columns.Header(RequestsColumn),
            FigureField.Accounts => columns.Header(AccountsColumn),
            FigureField.PercentWithDataProduced => columns.Header(PercentageColumn),
            _ => field.ToString(),
        }));
        return new FigureImportResult(figures, issues);
    }

    private static ReportedFigures? ReadRow(CsvRow row, Columns columns, CsvDocument document, CompanyId company, JurisdictionRegistry registry, List<FigureIssue> issues)
    {
        var where = new FigureProvenance(document.FileName, row.Line);
        if (row.Cells.Length != document.Header.Length)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ragged-row", $"The row has {row.Cells.Length} fields, the header {document.Header.Length}; missing fields were read as blank.", where));
        }
        var endText = CsvDocument.Cell(row, columns.PeriodEnding).Trim();
        var end = LocalDatePattern.Iso.Parse(endText);
        if (!end.Success)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"Expected the period's last day as an ISO date such as '2020-06-30', found '{endText}'; the row was skipped.", where, columns.Header(PeriodEndingColumn)));
            return null;
        }
        var name = CsvDocument.Cell(row, columns.Country).Trim();
        var codeText = columns.Code < 0 ? null : CsvDocument.Cell(row, columns.Code);
        if (name.Length == 0)
        {
            if (string.IsNullOrWhiteSpace(codeText))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no country or region and gives no code; the row was skipped.", where, columns.Header(CountryColumn)));
                return null;
            }
            name = codeText.Trim();
        }
        var label = CsvDocument.Cell(row, columns.LegalProcess).Trim();
        if (label.Length == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-category", "The row names no legal process; the row was skipped.", where, columns.Header(LegalProcessColumn)));
            return null;
        }
        if (!ImportCells.TryCount(CsvDocument.Cell(row, columns.Requests), columns.Header(RequestsColumn), where, issues, out var requests)
            | !ImportCells.TryPercent(CsvDocument.Cell(row, columns.Percentage), columns.Header(PercentageColumn), where, issues, out var percent)
            | !ImportCells.TryCount(CsvDocument.Cell(row, columns.Accounts), columns.Header(AccountsColumn), where, issues, out var accounts))
        {
            return null;
        }
        var jurisdiction = ImportCells.Jurisdiction(name, columns.Header(CountryColumn), codeText, columns.Header(CodeColumn), registry, where, issues);
        return new ReportedFigures(
            company,
            jurisdiction,
            name,
            ReportingPeriod.HalfYearEndingOn(end.Value),
            Category(label, where, columns.Header(LegalProcessColumn), issues),
            new RequestFigures(requests, accounts, default, percent),
            where);
    }

    /// <summary>Reads the placeholder zeros of the periods before Google published a column as not published.</summary>
    private static void NotYetPublished(List<ReportedFigures> figures, Columns columns, List<FigureIssue> issues)
    {
        static bool Zero(PublishedNumber number) => number.Kind != PublishedNumberKind.Unknown && (number.Count == 0 || number.Percent == 0m);
        FigureProvenance? firstPercent = null, firstAccounts = null;
        int percents = 0, accounts = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var set = figures[i];
            var f = set.Figures;
            var percent = f.PercentWithDataProduced;
            var account = f.Accounts;
            if (set.Period.End < PercentageFirstPublished && Zero(percent))
            {
                percent = PublishedNumber.Unknown;
                firstPercent ??= set.Provenance;
                percents++;
            }
            if (set.Period.End < AccountsFirstPublished && Zero(account))
            {
                account = PublishedNumber.Unknown;
                firstAccounts ??= set.Provenance;
                accounts++;
            }
            if (percent != f.PercentWithDataProduced || account != f.Accounts)
            {
                figures[i] = new ReportedFigures(set.Company, set.Jurisdiction, set.JurisdictionName, set.Period, set.Category,
                    new RequestFigures(f.Requests, account, f.RequestsWithDataProduced, percent), set.Provenance);
            }
        }
        if (percents > 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "not-published",
                $"'{columns.Header(PercentageColumn)}' is 0 in {percents} rows of half-years ending before {LocalDatePattern.Iso.Format(PercentageFirstPublished)}, for which Google did not yet publish it (it began with July-December 2010); read as not published (unknown).",
                firstPercent, columns.Header(PercentageColumn)));
        }
        if (accounts > 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "not-published",
                $"'{columns.Header(AccountsColumn)}' is 0 in {accounts} rows of half-years ending before {LocalDatePattern.Iso.Format(AccountsFirstPublished)}, for which Google did not yet publish it (it began with January-June 2011); read as not published (unknown).",
                firstAccounts, columns.Header(AccountsColumn)));
        }
    }

    private static RequestCategory Category(string label, FigureProvenance where, string column, List<FigureIssue> issues)
    {
        if (ByLabel.TryGetValue(label, out var known))
        {
            return string.Equals(known.Label, label, StringComparison.Ordinal) ? known : new RequestCategory(label, known.Kinds, known.LegalProcess);
        }
        issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "unknown-category", $"The legal process '{label}' is not one the library maps; the figures are kept with the label only.", where, column));
        return new RequestCategory(label);
    }

    private static Columns? FindColumns(CsvDocument document, List<FigureIssue> issues)
    {
        var ok = true;
        int Required(string name)
        {
            if (document.TryFind(name, issues, out var index))
            {
                return index;
            }
            if (!issues.Any(i => i.Code == "duplicate-column" && i.Column == name))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-column", $"The header has no column '{name}'; expected the columns {PeriodEndingColumn}, {CountryColumn}, {LegalProcessColumn} and {RequestsColumn}. Nothing was imported.", document.HeaderProvenance, name));
            }
            ok = false;
            return -1;
        }
        int Optional(string name)
        {
            if (document.TryFind(name, issues, out var index))
            {
                return index;
            }
            if (issues.Any(i => i.Code == "duplicate-column" && i.Column == name))
            {
                ok = false;
            }
            return -1;
        }
        var columns = new Columns(
            document,
            Required(PeriodEndingColumn),
            Required(CountryColumn),
            Optional(CodeColumn),
            Required(LegalProcessColumn),
            Required(RequestsColumn),
            Optional(PercentageColumn),
            Optional(AccountsColumn));
        return ok ? columns : null;
    }

    private static IEnumerable<RequestCategory> BuildCategories() =>
    [
        new("All", RequestKinds.None, LegalProcessKind.All),
        new("Other Legal Requests", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Emergency Disclosure Requests", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency),
        new("Preservation Requests", RequestKinds.Preservation, LegalProcessKind.Preservation),
        new("Subpoenas", RequestKinds.UserData, LegalProcessKind.Subpoena),
        new("Search Warrants", RequestKinds.UserData, LegalProcessKind.SearchWarrant),
        new("Court Orders", RequestKinds.UserData, LegalProcessKind.CourtOrder),
        new("Other Court Orders", RequestKinds.UserData, LegalProcessKind.CourtOrder),
        new("Pen Register Orders", RequestKinds.UserData, LegalProcessKind.PenRegisterOrder),
        new("Wiretap Orders", RequestKinds.UserData, LegalProcessKind.WiretapOrder),
        new("Police Requests", RequestKinds.UserData, LegalProcessKind.Other),
        new("Requests for data of local subsidiary", RequestKinds.UserData, LegalProcessKind.Other),
    ];

    /// <summary>Column indexes (-1 when absent) and the headers as the file spells them.</summary>
    private sealed record Columns(CsvDocument Document, int PeriodEnding, int Country, int Code, int LegalProcess, int Requests, int Percentage, int Accounts)
    {
        internal string Header(string name) => Document.TryFind(name, [], out var index) && index >= 0 ? Document.Header[index] : name;
    }
}
