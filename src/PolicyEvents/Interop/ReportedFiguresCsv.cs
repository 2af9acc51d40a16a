using System.Collections.Immutable;
using System.Globalization;
using nietras.SeparatedValues;
using PolicyEvents.Figures;

namespace PolicyEvents.Interop;

/// <summary>
/// Writes published transparency-report figures as CSV (RFC 4180), one row per <see cref="ReportedFigures"/> (a
/// company, a jurisdiction, a reporting period and a category), for spreadsheets, R, pandas and any CSV reader.
/// </summary>
/// <remarks>
/// <para>The text rules are those of <see cref="PolicyEventCsv"/>: a header row of the <see cref="Columns"/> in this
/// order (even with no rows), <c>\n</c> line ends, quotes only where needed, invariant culture, UTF-8 without a byte
/// order mark to a stream. Empty cells stand for values that are null or unknown.</para>
/// <list type="table">
/// <listheader><term>column</term><description>value</description></listheader>
/// <item><term><c>company</c></term><description>the company's id.</description></item>
/// <item><term><c>jurisdiction</c>, <c>jurisdictionName</c></term><description>the jurisdiction's code (empty when the published name maps to none) and the name as published.</description></item>
/// <item><term><c>periodStart</c>, <c>periodEnd</c></term><description>the closed reporting period, both days included, as ISO dates (<c>2020-01-01</c>, <c>2020-06-30</c>).</description></item>
/// <item><term><c>periodStartDerived</c></term><description><c>true</c> when the report gives only the end and the start was derived; else <c>false</c>.</description></item>
/// <item><term><c>category</c></term><description>the category's label as published.</description></item>
/// <item><term><c>legalProcess</c></term><description>the library's reading of the label: <c>unspecified</c>, <c>all</c>, <c>legalProcess</c>, <c>subpoena</c>, <c>courtOrder</c>, <c>searchWarrant</c>, <c>penRegisterOrder</c>, <c>wiretapOrder</c>, <c>mutualLegalAssistance</c>, <c>nationalSecurity</c>, <c>emergency</c>, <c>preservation</c>, <c>other</c>.</description></item>
/// <item><term><c>requestKinds</c></term><description>the kinds counted, joined with <c>;</c> (<c>userData;emergencyDisclosure</c>); empty when the report does not make it clear.</description></item>
/// <item><term><c>requests</c>, <c>accounts</c>, <c>requestsWithDataProduced</c></term><description>each figure's text as published (<c>1,624</c>, <c>0-249</c>, <c>&lt;10</c>), empty when nothing was published.</description></item>
/// <item><term><c>requestsMin</c>, <c>requestsMax</c>, <c>accountsMin</c>, <c>accountsMax</c>, <c>requestsWithDataProducedMin</c>, <c>requestsWithDataProducedMax</c></term><description>the smallest and largest count the figure allows, as plain integers (both the count for an exact count, the bounds for a range); empty for a percentage or nothing published.</description></item>
/// <item><term><c>percentWithDataProduced</c></term><description>the percentage's text as published (<c>24%</c>, or <c>81</c> in Google's percentage column).</description></item>
/// <item><term><c>percentWithDataProducedValue</c></term><description>the percentage as a plain number (<c>24</c>, <c>81.5</c>); empty unless a percentage was published.</description></item>
/// <item><term><c>sourceFile</c>, <c>sourceLine</c></term><description>where the figures were read (file name and one-based line); empty for figures made in code.</description></item>
/// <item><term><c>assistingJurisdiction</c></term><description>for requests made through a diplomatic channel, the code of the country that passed them on; else empty.</description></item>
/// <item><term><c>requestsWithContentProduced</c>, <c>requestsWithOnlyNonContentProduced</c>, <c>requestsWithNoDataFound</c>, <c>requestsRejected</c>, <c>accountsWithDataPreserved</c></term><description>the outcome figures (format 1.1) as published, each with its <c>…Min</c> and <c>…Max</c> like the counts above; empty where the report does not publish them.</description></item>
/// <item><term><c>percentWithContentProduced</c>, <c>percentWithOnlyNonContentProduced</c>, <c>percentWithNoDataFound</c>, <c>percentRejected</c></term><description>the outcome percentages as published, each with its <c>…Value</c> as a plain number.</description></item>
/// <item><term><c>sourcePublished</c></term><description>the day the file was published or retrieved (<see cref="FigureProvenance.Published"/>, which dates the version), as an ISO date; empty when not known.</description></item>
/// <item><term><c>sourceId</c></term><description>the id of the dataset's source for the report (<see cref="FigureProvenance.Source"/>); empty when none is cited.</description></item>
/// </list>
/// <para>No number is made up: a range stays a range, a percentage is never turned into a count. The writer streams;
/// the class is stateless and thread-safe.</para>
/// </remarks>
public static class ReportedFiguresCsv
{
    /// <summary>The columns, in the order they are written.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "company", "jurisdiction", "jurisdictionName", "periodStart", "periodEnd", "periodStartDerived",
        "category", "legalProcess", "requestKinds",
        "requests", "requestsMin", "requestsMax",
        "accounts", "accountsMin", "accountsMax",
        "requestsWithDataProduced", "requestsWithDataProducedMin", "requestsWithDataProducedMax",
        "percentWithDataProduced", "percentWithDataProducedValue",
        "sourceFile", "sourceLine",
        "assistingJurisdiction",
        "requestsWithContentProduced", "requestsWithContentProducedMin", "requestsWithContentProducedMax",
        "requestsWithOnlyNonContentProduced", "requestsWithOnlyNonContentProducedMin", "requestsWithOnlyNonContentProducedMax",
        "requestsWithNoDataFound", "requestsWithNoDataFoundMin", "requestsWithNoDataFoundMax",
        "requestsRejected", "requestsRejectedMin", "requestsRejectedMax",
        "accountsWithDataPreserved", "accountsWithDataPreservedMin", "accountsWithDataPreservedMax",
        "percentWithContentProduced", "percentWithContentProducedValue",
        "percentWithOnlyNonContentProduced", "percentWithOnlyNonContentProducedValue",
        "percentWithNoDataFound", "percentWithNoDataFoundValue",
        "percentRejected", "percentRejectedValue",
        "sourcePublished", "sourceId",
    ];

    /// <summary>Writes the figures as CSV text, header first, to a text writer, which is flushed and left open.</summary>
    /// <param name="figures">The figure sets, written in the order given.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds a null item (nothing after it is written).</exception>
    public static void Write(IEnumerable<ReportedFigures> figures, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(writer);
        CsvExport.Write(figures, writer, Columns, WriteRow, nameof(figures), "figure set");
    }

    /// <summary>Writes the figures as CSV in UTF-8 (no byte order mark), header first, to a stream, which is flushed and left open.</summary>
    /// <param name="figures">The figure sets, written in the order given.</param>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or <paramref name="figures"/> holds a null item.</exception>
    public static void Write(IEnumerable<ReportedFigures> figures, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = CsvExport.Utf8Writer(stream, nameof(stream));
        Write(figures, text);
    }

    /// <summary>Returns the figures as CSV text, header first.</summary>
    /// <param name="figures">The figure sets, written in the order given.</param>
    /// <returns>The CSV text, ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="figures"/> holds a null item.</exception>
    public static string ToCsv(IEnumerable<ReportedFigures> figures)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(figures, text);
        return text.ToString();
    }

    private static void WriteRow(SepWriter csv, ReportedFigures f)
    {
        using var row = csv.NewRow();
        row["company"].Set(f.Company.ToString());
        row["jurisdiction"].Set(f.Jurisdiction?.ToString() ?? "");
        row["jurisdictionName"].Set(f.JurisdictionName);
        row["periodStart"].Set(InteropText.Date(f.Period.Start));
        row["periodEnd"].Set(InteropText.Date(f.Period.End));
        row["periodStartDerived"].Set(f.Period.IsStartDerived ? "true" : "false");
        row["category"].Set(f.Category.Label);
        row["legalProcess"].Set(InteropText.LegalProcess(f.Category.LegalProcess));
        row["requestKinds"].Set(CsvExport.Join(InteropText.Kinds(f.Category.Kinds)));
        Count(row, "requests", f.Figures.Requests);
        Count(row, "accounts", f.Figures.Accounts);
        Count(row, "requestsWithDataProduced", f.Figures.RequestsWithDataProduced);
        row["percentWithDataProduced"].Set(f.Figures.PercentWithDataProduced.Text);
        row["percentWithDataProducedValue"].Set(f.Figures.PercentWithDataProduced.Percent is { } percent ? InteropText.Percent(percent) : "");
        row["sourceFile"].Set(f.Provenance?.FileName ?? "");
        row["sourceLine"].Set(f.Provenance is { } provenance ? provenance.Line.ToString(CultureInfo.InvariantCulture) : "");
        row["assistingJurisdiction"].Set(f.Category.AssistingJurisdiction?.ToString() ?? "");
        Count(row, "requestsWithContentProduced", f.Figures.RequestsWithContentProduced);
        Count(row, "requestsWithOnlyNonContentProduced", f.Figures.RequestsWithOnlyNonContentProduced);
        Count(row, "requestsWithNoDataFound", f.Figures.RequestsWithNoDataFound);
        Count(row, "requestsRejected", f.Figures.RequestsRejected);
        Count(row, "accountsWithDataPreserved", f.Figures.AccountsWithDataPreserved);
        Percent(row, "percentWithContentProduced", f.Figures.PercentWithContentProduced);
        Percent(row, "percentWithOnlyNonContentProduced", f.Figures.PercentWithOnlyNonContentProduced);
        Percent(row, "percentWithNoDataFound", f.Figures.PercentWithNoDataFound);
        Percent(row, "percentRejected", f.Figures.PercentRejected);
        row["sourcePublished"].Set(f.Provenance?.Published is { } day ? InteropText.Date(day) : "");
        row["sourceId"].Set(f.Provenance?.Source?.ToString() ?? "");
    }

    private static void Percent(SepWriter.Row row, string name, PublishedNumber number)
    {
        row[name].Set(number.Text);
        row[name + "Value"].Set(number.Percent is { } percent ? InteropText.Percent(percent) : "");
    }

    private static void Count(SepWriter.Row row, string name, PublishedNumber number)
    {
        row[name].Set(number.Text);
        row[name + "Min"].Set(number.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "");
        row[name + "Max"].Set(number.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "");
    }
}
