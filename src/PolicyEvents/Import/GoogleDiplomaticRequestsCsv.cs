using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads Google's Transparency Report export of requests for user information made through diplomatic procedures
/// (<c>google-global-user-data-dlr-requests.csv</c>): one row per half-year, country or region of origin, and assisting
/// country.
/// </summary>
/// <remarks>
/// <para>These are the requests Google can identify as issued through a formal diplomatic channel, such as a mutual legal
/// assistance treaty (MLAT): the requesting country asked another (the "assisting country", the United States or Ireland
/// in the export) to obtain the data, so that "formal channel only" policies can be set beside the requests that actually
/// came that way. Only origins with such requests are listed.</para>
/// <para>Columns are found by header name, in any order, ignoring case: <c>Period Ending</c>, <c>Country/Region of Origin</c>,
/// <c>Assisting Country</c> and <c>User Data Diplomatic Legal requests</c> are required, <c>CLDR Territory Code</c> is read
/// when present; other columns give one <c>unknown-column</c> warning each. Each row gives one figure set: the
/// jurisdiction is the origin (its CLDR code, else its name), the requests the count; the category (user data, mutual
/// legal assistance) carries the assisting country as a value, <see cref="RequestCategory.AssistingJurisdiction"/> (its
/// name mapped through <see cref="JurisdictionNames"/>), and is labelled <c>User Data Diplomatic Legal requests (Assisting
/// Country: United States)</c>, the requests column's header and the assisting country as published, so that each
/// (origin, assisting country) pair keeps its own key. The period is derived from its end like Google's main export
/// (<see cref="ReportingPeriod.HalfYearEndingOn"/>).</para>
/// <para>File format: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; RFC 4180 quoting. This
/// class is stateless and thread-safe.</para>
/// </remarks>
public static class GoogleDiplomaticRequestsCsv
{
    /// <summary>The header of the period's last day (ISO date).</summary>
    public const string PeriodEndingColumn = "Period Ending";

    /// <summary>The header of the requesting country or region.</summary>
    public const string OriginColumn = "Country/Region of Origin";

    /// <summary>The header of the origin's CLDR territory code.</summary>
    public const string CodeColumn = "CLDR Territory Code";

    /// <summary>The header of the country that passed the requests on.</summary>
    public const string AssistingCountryColumn = "Assisting Country";

    /// <summary>The header of the number of requests.</summary>
    public const string RequestsColumn = "User Data Diplomatic Legal requests";

    /// <summary>Reads an export.</summary>
    /// <param name="stream">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance (a file name, not a machine path).</param>
    /// <param name="company">The company the figures are for (usually <c>google</c>).</param>
    /// <param name="registry">The jurisdictions codes and names are resolved in; null for <see cref="JurisdictionRegistry.Default"/>.</param>
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
        var ok = true;
        int Find(string name, bool required) => document.Find(name, required, $"{PeriodEndingColumn}, {OriginColumn}, {AssistingCountryColumn} and {RequestsColumn}", issues, ref ok);
        var periodColumn = Find(PeriodEndingColumn, required: true);
        var originColumn = Find(OriginColumn, required: true);
        var codeColumn = Find(CodeColumn, required: false);
        var assistingColumn = Find(AssistingCountryColumn, required: true);
        var requestsColumn = Find(RequestsColumn, required: true);
        if (!ok)
        {
            return new FigureImportResult(null, issues);
        }
        document.ReportUnknownColumns([PeriodEndingColumn, OriginColumn, CodeColumn, AssistingCountryColumn, RequestsColumn], issues);
        if (document.Rows.Count == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "no-rows", "The file has a header but no data rows; nothing was imported.", document.HeaderProvenance));
            return new FigureImportResult(null, issues);
        }
        var header = document.Header;
        var figures = new List<ReportedFigures>();
        foreach (var row in document.Rows)
        {
            var where = new FigureProvenance(fileName, row.Line);
            if (row.Cells.Length != header.Length)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ragged-row", $"The row has {row.Cells.Length} fields, the header {header.Length}; missing fields were read as blank.", where));
            }
            var endText = CsvDocument.Cell(row, periodColumn).Trim();
            var end = LocalDatePattern.Iso.Parse(endText);
            if (!end.Success)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"Expected the period's last day as an ISO date such as '2020-06-30', found '{endText}'; the row was skipped.", where, header[periodColumn]));
                continue;
            }
            var origin = CsvDocument.Cell(row, originColumn).Trim();
            var codeText = codeColumn < 0 ? null : CsvDocument.Cell(row, codeColumn);
            if (origin.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(codeText))
                {
                    issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no country or region of origin and gives no code; the row was skipped.", where, header[originColumn]));
                    continue;
                }
                origin = codeText.Trim();
            }
            var assistingName = CsvDocument.Cell(row, assistingColumn).Trim();
            if (assistingName.Length == 0)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no assisting country; the row was skipped.", where, header[assistingColumn]));
                continue;
            }
            if (!ImportCells.TryCount(CsvDocument.Cell(row, requestsColumn), header[requestsColumn], where, issues, out var requests))
            {
                continue;
            }
            var jurisdiction = ImportCells.Jurisdiction(origin, header[originColumn], codeText, codeColumn < 0 ? null : header[codeColumn], registry, where, issues);
            var assisting = ImportCells.Jurisdiction(assistingName, header[assistingColumn], null, null, registry, where, issues);
            var category = new RequestCategory($"{header[requestsColumn]} ({header[assistingColumn]}: {assistingName})", RequestKinds.UserData, LegalProcessKind.MutualLegalAssistance, assisting);
            figures.Add(new ReportedFigures(company, jurisdiction, origin, ReportingPeriod.HalfYearEndingOn(end.Value), category, new RequestFigures(requests: requests), where));
        }
        issues.AddRange(FigureValidator.Validate(figures, (_, field) => field == FigureField.Requests ? header[requestsColumn] : field.ToString()));
        return new FigureImportResult(figures, issues);
    }
}
