using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads Apple's Transparency Report CSV exports, one file per type of request (<c>account_requests.csv</c>,
/// <c>device_requests.csv</c>, <c>financial_identifier_requests.csv</c>, <c>emergency_requests.csv</c>,
/// <c>account_preservation_requests.csv</c>): one row per half-year and country or region.
/// </summary>
/// <remarks>
/// <para>Every file starts with <c>TR Period</c> (<c>TR Date</c> in the preservation file), <c>TR Start Date</c>,
/// <c>TR End Date</c> and <c>Country/Region</c>, then the columns of its type. The importer recognises the type by its
/// "requests received" column (<see cref="Categories"/>: "Account Requests Received", "Device Requests Received",
/// "Financial Identifier Requests Received", "Emergency Requests Received", "Account Preservation Requests Received";
/// the category is labelled with that header) and maps every other column by its header name, in any order, ignoring
/// case and extra white space: the items specified (accounts, devices, financial identifiers) to
/// <see cref="RequestFigures.Accounts"/>; requests challenged or rejected to <see cref="RequestFigures.RequestsRejected"/>;
/// requests where only non-content data or content was provided to <see cref="RequestFigures.RequestsWithOnlyNonContentProduced"/>
/// and <see cref="RequestFigures.RequestsWithContentProduced"/>; requests where data was provided, as a count and as a
/// percentage (<c>54%</c>), to <see cref="RequestFigures.RequestsWithDataProduced"/> and
/// <see cref="RequestFigures.PercentWithDataProduced"/>; requests where no data was provided to
/// <see cref="RequestFigures.RequestsWithNoDataFound"/>; accounts where data was preserved to
/// <see cref="RequestFigures.AccountsWithDataPreserved"/>. docs/figures.md lists every header. A header with no
/// known "requests received" column gives an <c>unknown-layout</c> error and nothing is imported; a column the importer
/// does not map gives one <c>unknown-column</c> warning per file.</para>
/// <para>Dates are US dates as published, month/day/year: <c>1/1/13</c> is 2013-01-01 and <c>6/30/13</c> is 2013-06-30.
/// A two-digit year <c>yy</c> is 20<c>yy</c> (Apple's reports start in 2013; a four-digit year is read as it is). The
/// period is the start and end dates, both stated (<see cref="ReportingPeriod.IsStartDerived"/> is false); <c>TR Period</c>
/// (<c>2013 H1</c>) is checked against them, and a period that disagrees gives a <c>period-mismatch</c> warning (the dates
/// win). A cell holding only <c>-</c> (Apple's "not published", in the emergency file up to 2016 H1) is read as unknown,
/// like a blank cell. Country names are mapped through <see cref="JurisdictionNames"/>.</para>
/// <para>File format: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; RFC 4180 quoting. This
/// class is stateless and thread-safe.</para>
/// </remarks>
public static partial class AppleTransparencyReportCsv
{
    /// <summary>The header of the country or region name.</summary>
    public const string CountryColumn = "Country/Region";

    /// <summary>The header of the period's first day (a US date such as <c>1/1/13</c>).</summary>
    public const string StartDateColumn = "TR Start Date";

    /// <summary>The header of the period's last day (a US date such as <c>6/30/13</c>).</summary>
    public const string EndDateColumn = "TR End Date";

    /// <summary>The header of the period's name (<c>2013 H1</c>); the preservation file calls it <c>TR Date</c>.</summary>
    public const string PeriodColumn = "TR Period";

    private const string PeriodColumnInPreservationFile = "TR Date";

    private static readonly ImmutableArray<RequestCategory> Layouts =
    [
        new("Account Requests Received", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Device Requests Received", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Financial Identifier Requests Received", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Emergency Requests Received", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency),
        new("Account Preservation Requests Received", RequestKinds.Preservation, LegalProcessKind.Preservation),
    ];

    /// <summary>Every figure column of the exports, by header, with the figure it fills.</summary>
    private static readonly ImmutableArray<(string Header, FigureField Field)> FigureColumns =
    [
        ("Accounts Specified in Requests", FigureField.Accounts),
        ("Devices Specified in Requests", FigureField.Accounts),
        ("Financial Identifiers Specified in Requests", FigureField.Accounts),
        ("Requests Challenged in Part or Rejected in Full", FigureField.RequestsRejected),
        ("Requests Rejected/Challenged and No Data Provided", FigureField.RequestsRejected),
        ("Requests where Only Non-Content Data Provided", FigureField.RequestsWithOnlyNonContentProduced),
        ("Requests where Content Provided", FigureField.RequestsWithContentProduced),
        ("Requests where Data Provided", FigureField.RequestsWithDataProduced),
        ("Requests where No Data Provided", FigureField.RequestsWithNoDataFound),
        ("Accounts where Data Preserved", FigureField.AccountsWithDataPreserved),
        ("Percentage of Requests where Data Provided", FigureField.PercentWithDataProduced),
    ];

    /// <summary>
    /// The types of request the exports publish, one per file, each labelled with the header of its "requests received"
    /// column: account, device and financial identifier requests (user data, legal process), emergency requests
    /// (emergency disclosure) and account preservation requests (preservation).
    /// </summary>
    public static ImmutableArray<RequestCategory> Categories => Layouts;

    /// <summary>Reads an export.</summary>
    /// <param name="stream">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance (a file name, not a machine path).</param>
    /// <param name="company">The company the figures are for (usually <c>apple</c>).</param>
    /// <param name="registry">The jurisdictions names are resolved in; null for <see cref="JurisdictionRegistry.Default"/>.</param>
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
        if (document.Rows.Count == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "no-rows", "The file has a header but no data rows; nothing was imported.", document.HeaderProvenance));
            return new FigureImportResult(null, issues);
        }
        document.ReportUnknownColumns(
            Layouts.Select(l => l.Label).Concat(FigureColumns.Select(c => c.Header))
                .Append(CountryColumn).Append(StartDateColumn).Append(EndDateColumn).Append(PeriodColumn).Append(PeriodColumnInPreservationFile),
            issues);
        var figures = new List<ReportedFigures>();
        foreach (var row in document.Rows)
        {
            var set = ReadRow(row, columns, company, registry, issues);
            if (set is not null)
            {
                figures.Add(set);
            }
        }
        issues.AddRange(FigureValidator.Validate(figures, (_, field) => columns.HeaderOf(field)));
        return new FigureImportResult(figures, issues);
    }

    private static ReportedFigures? ReadRow(CsvRow row, Columns columns, CompanyId company, JurisdictionRegistry registry, List<FigureIssue> issues)
    {
        var document = columns.Document;
        var where = new FigureProvenance(document.FileName, row.Line);
        if (row.Cells.Length != document.Header.Length)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ragged-row", $"The row has {row.Cells.Length} fields, the header {document.Header.Length}; missing fields were read as blank.", where));
        }
        if (!TryDate(row, columns.Start, document, where, issues, out var start) | !TryDate(row, columns.End, document, where, issues, out var end))
        {
            return null;
        }
        if (end < start)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"The period ends ({Iso(end)}) before it starts ({Iso(start)}); the row was skipped.", where, document.Header[columns.End]));
            return null;
        }
        var name = CsvDocument.Cell(row, columns.Country).Trim();
        if (name.Length == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no country or region; the row was skipped.", where, document.Header[columns.Country]));
            return null;
        }
        var values = new PublishedNumber[13];
        var ok = ReadCell(row, columns.Requests, FigureField.Requests, document, where, issues, values);
        foreach (var (index, field) in columns.Figures)
        {
            ok &= ReadCell(row, index, field, document, where, issues, values);
        }
        if (!ok)
        {
            return null;
        }
        if (values.All(v => v.IsUnknown))
        {
            return null;
        }
        var period = new ReportingPeriod(start, end, isStartDerived: false);
        CheckPeriodName(row, columns, period, where, issues);
        var jurisdiction = ImportCells.Jurisdiction(name, document.Header[columns.Country], null, null, registry, where, issues);
        var set = new RequestFigures(
            requests: values[(int)FigureField.Requests],
            accounts: values[(int)FigureField.Accounts],
            requestsWithDataProduced: values[(int)FigureField.RequestsWithDataProduced],
            percentWithDataProduced: values[(int)FigureField.PercentWithDataProduced],
            requestsWithContentProduced: values[(int)FigureField.RequestsWithContentProduced],
            requestsWithOnlyNonContentProduced: values[(int)FigureField.RequestsWithOnlyNonContentProduced],
            requestsWithNoDataFound: values[(int)FigureField.RequestsWithNoDataFound],
            requestsRejected: values[(int)FigureField.RequestsRejected],
            accountsWithDataPreserved: values[(int)FigureField.AccountsWithDataPreserved]);
        return new ReportedFigures(company, jurisdiction, name, period, columns.Category, set, where);
    }

    /// <summary>Reads one figure cell into <paramref name="values"/>; <c>-</c> is unknown, like a blank.</summary>
    private static bool ReadCell(CsvRow row, int index, FigureField field, CsvDocument document, FigureProvenance where, List<FigureIssue> issues, PublishedNumber[] values)
    {
        var text = CsvDocument.Cell(row, index);
        if (text.Trim() == "-")
        {
            text = string.Empty;
        }
        var header = document.Header[index];
        bool ok;
        PublishedNumber value;
        if (field == FigureField.PercentWithDataProduced)
        {
            ok = ImportCells.TryPercent(text, header, where, issues, out value);
        }
        else
        {
            ok = ImportCells.TryCount(text, header, where, issues, out value);
        }
        values[(int)field] = value;
        return ok;
    }

    private static bool TryDate(CsvRow row, int index, CsvDocument document, FigureProvenance where, List<FigureIssue> issues, out LocalDate date)
    {
        var text = CsvDocument.Cell(row, index).Trim();
        if (TryParseUsDate(text, out date))
        {
            return true;
        }
        issues.Add(new FigureIssue(FigureIssueSeverity.Error, "invalid-date", $"Expected a US date, month/day/year, such as '1/1/13' or '6/30/2013', found '{text}'; the row was skipped.", where, document.Header[index]));
        return false;
    }

    /// <summary>Reads <c>M/D/YY</c> or <c>M/D/YYYY</c> (one or two digits for month and day); a two-digit year <c>yy</c> is 20<c>yy</c>.</summary>
    internal static bool TryParseUsDate(string text, out LocalDate date)
    {
        date = default;
        var match = UsDatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var month = int.Parse(match.Groups["month"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var yearText = match.Groups["year"].ValueSpan;
        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            year += 2000;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Warns when the period's name (<c>2013 H1</c>) does not name the half-year of the dates.</summary>
    private static void CheckPeriodName(CsvRow row, Columns columns, ReportingPeriod period, FigureProvenance where, List<FigureIssue> issues)
    {
        if (columns.PeriodName < 0)
        {
            return;
        }
        var text = CsvDocument.Cell(row, columns.PeriodName).Trim();
        var match = HalfYearPattern().Match(text);
        var named = match.Success && int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) is var year and > 0
            ? ReportingPeriod.HalfYear(year, match.Groups["half"].ValueSpan[0] - '0')
            : null;
        if (named is null || !named.HasSameDates(period))
        {
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Warning,
                "period-mismatch",
                $"The period '{text}' does not name the half-year of the dates {Iso(period.Start)} to {Iso(period.End)}; the dates were used.",
                where,
                columns.Document.Header[columns.PeriodName]));
        }
    }

    private static Columns? FindColumns(CsvDocument document, List<FigureIssue> issues)
    {
        var ok = true;
        int Find(string name, bool required) => document.Find(name, required, $"{CountryColumn}, {StartDateColumn} and {EndDateColumn}", issues, ref ok);
        var layouts = new List<(RequestCategory Category, int Index)>();
        foreach (var layout in Layouts)
        {
            var index = Find(layout.Label, required: false);
            if (index >= 0)
            {
                layouts.Add((layout, index));
            }
        }
        if (ok && layouts.Count != 1)
        {
            var found = layouts.Count == 0 ? "none of them" : string.Join(" and ", layouts.Select(l => $"'{document.Header[l.Index]}'"));
            issues.Add(new FigureIssue(
                FigureIssueSeverity.Error,
                "unknown-layout",
                $"Expected exactly one of the columns {string.Join(", ", Layouts.Select(l => l.Label))}, which tell the type of request; the header has {found}. Nothing was imported.",
                document.HeaderProvenance));
            return null;
        }
        var country = Find(CountryColumn, required: true);
        var start = Find(StartDateColumn, required: true);
        var end = Find(EndDateColumn, required: true);
        var periodName = Find(PeriodColumn, required: false);
        if (periodName < 0)
        {
            periodName = Find(PeriodColumnInPreservationFile, required: false);
        }
        var figures = new List<(int Index, FigureField Field)>();
        foreach (var (header, field) in FigureColumns)
        {
            var index = Find(header, required: false);
            if (index < 0)
            {
                continue;
            }
            if (figures.Any(f => f.Field == field))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "duplicate-column", $"The header has two columns for {field} ('{document.Header[figures.First(f => f.Field == field).Index]}' and '{document.Header[index]}'); expected one. Nothing was imported.", document.HeaderProvenance, document.Header[index]));
                ok = false;
            }
            figures.Add((index, field));
        }
        if (!ok || layouts.Count != 1)
        {
            return null;
        }
        var (category, requests) = layouts[0];
        return new Columns(document, new RequestCategory(document.Header[requests], category.Kinds, category.LegalProcess), requests, country, start, end, periodName, [.. figures]);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})/(?<year>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex UsDatePattern();

    [GeneratedRegex(@"^(?<year>[0-9]{4})\s*[Hh](?<half>[12])$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYearPattern();

    /// <summary>The columns of one file: indexes into the header (-1 when absent) and the category the file publishes.</summary>
    private sealed record Columns(
        CsvDocument Document, RequestCategory Category, int Requests, int Country, int Start, int End, int PeriodName, ImmutableArray<(int Index, FigureField Field)> Figures)
    {
        internal string? HeaderOf(FigureField field) =>
            field == FigureField.Requests ? Document.Header[Requests]
            : Figures.Where(f => f.Field == field).Select(f => Document.Header[f.Index]).FirstOrDefault() ?? field.ToString();
    }
}
