using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Import;

/// <summary>
/// Reads Meta's (Facebook's) Transparency Center export "Government Requests for User Data", one file per period,
/// one row per country (<c>PRPL-Facebook-Government-Report-2020_H1.csv</c>).
/// </summary>
/// <remarks>
/// <para>The file has no period column: pass the <see cref="ReportingPeriod"/>, or let the importer read it from the
/// file name (<see cref="TryGetPeriodFromFileName"/>: <c>…2020_H1.csv</c> is 2020-01-01 to 2020-06-30). A period passed
/// in wins over the file name; with neither, nothing is imported and the result has a <c>missing-period</c> error.</para>
/// <para>Each row gives several categories side by side. Columns are found by header name, in any order,
/// ignoring case; <c>Country</c> is required, and each category of <see cref="Categories"/> is read when its
/// requests column is present (other periods of the export use other column sets). A category whose cells are
/// all blank in a row is not applicable there (the US-only kinds for other countries) and gives no figure set; a
/// blank cell in a category with other figures stays unknown. Counts may carry thousands separators (<c>2,124</c>)
/// or be ranges (<c>0-249</c>); percentages carry <c>%</c>. Country names are mapped through
/// <see cref="JurisdictionNames"/>; an unmapped name gives an <c>unmapped-jurisdiction</c> warning and figures
/// without a code. Columns the importer does not know give one <c>unknown-column</c> warning each per file.</para>
/// <para>File format: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; RFC 4180 quoting. This
/// class is stateless and thread-safe.</para>
/// </remarks>
public static partial class MetaGovernmentRequestsCsv
{
    /// <summary>The header of the country name.</summary>
    public const string CountryColumn = "Country";

    private static readonly ImmutableArray<MetaColumns> Groups =
    [
        new("Total Requests", "Number of Requests Where Some Data Produced", "Total Requests Accounts", "Total Requests Percentage", RequestKinds.UserData | RequestKinds.EmergencyDisclosure, LegalProcessKind.All),
        new("Legal Process Request Total", "Legal Number of Requests Where Some Data Produced", "Legal Process Request Total Accounts", "Legal Process Request Total Percentage", RequestKinds.UserData, LegalProcessKind.LegalProcess),
        new("Emergency Request Total", "ER Number of Requests Where Some Data Produced", "Emergency Request Total Accounts", "Emergency Request Total Percentage", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency),
        // Up to 2015 the US row also gives emergency requests as "Emergency Disclosures" (2014 H1: 573 requests).
        new("Emergency Disclosures", null, "Emergency Disclosures Accounts", "Emergency Disclosures Percentage", RequestKinds.EmergencyDisclosure, LegalProcessKind.Emergency),
        new("Preservation Requests", null, "Preservation Accounts Preserved", null, RequestKinds.Preservation, LegalProcessKind.Preservation),
        UsKind("Search Warrant", LegalProcessKind.SearchWarrant),
        UsKind("Subpoena", LegalProcessKind.Subpoena),
        UsKind("Court Order (Other)", LegalProcessKind.CourtOrder),
        UsKind("MLAT Search Warrant", LegalProcessKind.MutualLegalAssistance),
        UsKind("MLAT Order", LegalProcessKind.MutualLegalAssistance),
        UsKind("Court Order (18 USC 2703(d))", LegalProcessKind.CourtOrder),
        UsKind("Pen Register/Trap and Trace", LegalProcessKind.PenRegisterOrder),
        UsKind("Title III", LegalProcessKind.WiretapOrder),
        UsKind("FISA Content Requests", LegalProcessKind.NationalSecurity),
        UsKind("FISA Non-Content Requests", LegalProcessKind.NationalSecurity),
        UsKind("NSLs", LegalProcessKind.NationalSecurity),
    ];

    /// <summary>
    /// The categories the export publishes, each labelled with its requests column header: "Total Requests"
    /// (legal process and emergency requests together), "Legal Process Request Total", "Emergency Request Total",
    /// "Emergency Disclosures" (the emergency requests of the layout used up to 2015), "Preservation Requests", and the
    /// US kinds ("Search Warrant", "Subpoena", ..., "NSLs").
    /// </summary>
    public static ImmutableArray<RequestCategory> Categories { get; } = [.. Groups.Select(g => new RequestCategory(g.Requests, g.Kinds, g.LegalProcess))];

    /// <summary>Reads an export.</summary>
    /// <param name="stream">The file's bytes; read to the end, left open.</param>
    /// <param name="fileName">The name recorded in every figure's provenance, and read for the period when <paramref name="period"/> is null.</param>
    /// <param name="company">The company the figures are for (usually <c>facebook</c> or <c>meta</c>).</param>
    /// <param name="period">The period the file covers; null to read it from <paramref name="fileName"/> (<see cref="TryGetPeriodFromFileName"/>).</param>
    /// <param name="registry">The jurisdictions names are resolved in; null for <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <returns>The figure sets in file order and the issues found, validation included.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or not trimmed, or <paramref name="company"/> is default.</exception>
    public static FigureImportResult Read(Stream stream, string fileName, CompanyId company, ReportingPeriod? period = null, JurisdictionRegistry? registry = null)
    {
        ImportArguments.Check(stream, fileName, company);
        registry ??= JurisdictionRegistry.Default;
        var issues = new List<FigureIssue>();
        if (period is null && !TryGetPeriodFromFileName(fileName, out period))
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-period", $"The file name '{fileName}' names no half-year such as '2020_H1', and no period was given; nothing was imported.", new FigureProvenance(fileName, 1)));
            return new FigureImportResult(null, issues);
        }
        var document = CsvDocument.Read(stream, fileName, issues);
        if (document is null)
        {
            return new FigureImportResult(null, issues);
        }
        if (!document.TryFind(CountryColumn, issues, out var countryIndex))
        {
            if (!issues.Any(i => i.Code == "duplicate-column"))
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-column", $"The header has no column '{CountryColumn}'; nothing was imported.", document.HeaderProvenance, CountryColumn));
            }
            return new FigureImportResult(null, issues);
        }
        var present = FindGroups(document, issues);
        if (present is null)
        {
            return new FigureImportResult(null, issues);
        }
        if (present.Count == 0)
        {
            issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-column", $"The header has none of the requests columns this importer knows ({string.Join(", ", Groups.Select(g => g.Requests))}); nothing was imported.", document.HeaderProvenance));
            return new FigureImportResult(null, issues);
        }
        document.ReportUnknownColumns(Groups.SelectMany(g => g.All).Append(CountryColumn), issues);
        var countryHeader = document.Header[countryIndex];
        var figures = new List<ReportedFigures>();
        foreach (var row in document.Rows)
        {
            var where = new FigureProvenance(document.FileName, row.Line);
            if (row.Cells.Length != document.Header.Length)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Warning, "ragged-row", $"The row has {row.Cells.Length} fields, the header {document.Header.Length}; missing fields were read as blank.", where));
            }
            var name = CsvDocument.Cell(row, countryIndex).Trim();
            if (name.Length == 0)
            {
                issues.Add(new FigureIssue(FigureIssueSeverity.Error, "missing-jurisdiction", "The row names no country; the row was skipped.", where, countryHeader));
                continue;
            }
            var rowFigures = new List<ReportedFigures>();
            foreach (var group in present)
            {
                var set = ReadGroup(row, group, where, issues);
                if (set is not null)
                {
                    rowFigures.Add(new ReportedFigures(company, null, name, period, group.Category, set, where));
                }
            }
            if (rowFigures.Count == 0)
            {
                continue;
            }
            var jurisdiction = ImportCells.Jurisdiction(name, countryHeader, null, null, registry, where, issues);
            figures.AddRange(jurisdiction is null ? rowFigures : rowFigures.Select(f => f.WithJurisdiction(jurisdiction, name)));
        }
        var byLabel = present.ToDictionary(g => g.Category.Label, StringComparer.Ordinal);
        issues.AddRange(FigureValidator.Validate(figures, (set, field) =>
        {
            var group = byLabel[set.Category.Label];
            var index = field switch
            {
                FigureField.Requests => group.Requests,
                FigureField.Accounts => group.Accounts,
                FigureField.RequestsWithDataProduced => group.Produced,
                _ => group.Percentage,
            };
            return index < 0 ? field.ToString() : document.Header[index];
        }));
        return new FigureImportResult(figures, issues);
    }

    /// <summary>Reads a half-year from a file name: four digits, an optional <c>_</c>, <c>-</c> or space, then <c>H1</c> or <c>H2</c>
    /// (<c>PRPL-Facebook-Government-Report-2020_H1.csv</c> is 2020-01-01 to 2020-06-30). Both ends are stated, nothing is derived.</summary>
    /// <param name="fileName">The file name (a path works too: only the last segment is read).</param>
    /// <param name="period">The half-year, or null when the name names none (or more than one).</param>
    /// <returns>True when found.</returns>
    public static bool TryGetPeriodFromFileName(string? fileName, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = null;
        if (fileName is null)
        {
            return false;
        }
        var matches = HalfYearPattern().Matches(Path.GetFileName(fileName));
        if (matches.Count != 1)
        {
            return false;
        }
        var year = int.Parse(matches[0].Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var half = matches[0].Groups["half"].ValueSpan[0] - '0';
        if (year < 1)
        {
            return false;
        }
        period = ReportingPeriod.HalfYear(year, half);
        return true;
    }

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})[_\- ]?[Hh](?<half>[12])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HalfYearPattern();

    private static RequestFigures? ReadGroup(CsvRow row, PresentGroup group, FigureProvenance where, List<FigureIssue> issues)
    {
        string Text(int index) => index < 0 ? string.Empty : CsvDocument.Cell(row, index);
        string Header(int index) => group.Document.Header[index];
        var cells = new[] { Text(group.Requests), Text(group.Produced), Text(group.Accounts), Text(group.Percentage) };
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }
        var requests = default(PublishedNumber);
        var produced = default(PublishedNumber);
        var accounts = default(PublishedNumber);
        var percent = default(PublishedNumber);
        var ok = ImportCells.TryCount(cells[0], Header(group.Requests), where, issues, out requests)
            & (group.Produced < 0 || ImportCells.TryCount(cells[1], Header(group.Produced), where, issues, out produced))
            & (group.Accounts < 0 || ImportCells.TryCount(cells[2], Header(group.Accounts), where, issues, out accounts))
            & (group.Percentage < 0 || ImportCells.TryPercent(cells[3], Header(group.Percentage), where, issues, out percent));
        return ok ? new RequestFigures(requests, accounts, produced, percent) : null;
    }

    private static List<PresentGroup>? FindGroups(CsvDocument document, List<FigureIssue> issues)
    {
        var present = new List<PresentGroup>();
        var ok = true;
        int Find(string? name)
        {
            if (name is null)
            {
                return -1;
            }
            var before = issues.Count;
            if (document.TryFind(name, issues, out var index))
            {
                return index;
            }
            ok &= issues.Count == before;
            return -1;
        }
        foreach (var group in Groups)
        {
            var requests = Find(group.Requests);
            var produced = Find(group.Produced);
            var accounts = Find(group.Accounts);
            var percentage = Find(group.Percentage);
            if (requests >= 0)
            {
                var category = new RequestCategory(document.Header[requests], group.Kinds, group.LegalProcess);
                present.Add(new PresentGroup(document, category, requests, produced, accounts, percentage));
            }
        }
        return ok ? present : null;
    }

    private static MetaColumns UsKind(string requests, LegalProcessKind legalProcess) =>
        new(requests, null, requests + " Accounts", requests + " Percentage", RequestKinds.UserData, legalProcess);

    /// <summary>The headers of one category in the export: requests, produced count, accounts, percentage.</summary>
    private sealed record MetaColumns(string Requests, string? Produced, string? Accounts, string? Percentage, RequestKinds Kinds, LegalProcessKind LegalProcess)
    {
        internal IEnumerable<string> All => new[] { Requests, Produced, Accounts, Percentage }.OfType<string>();
    }

    /// <summary>A category found in a file's header, with its column indexes (-1 when absent).</summary>
    private sealed record PresentGroup(CsvDocument Document, RequestCategory Category, int Requests, int Produced, int Accounts, int Percentage);
}
