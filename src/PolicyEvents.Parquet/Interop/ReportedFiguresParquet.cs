using System.Collections.Immutable;
using Parquet;
using Parquet.Schema;
using PolicyEvents.Figures;

namespace PolicyEvents.Interop;

/// <summary>
/// Writes published transparency-report figures as an Apache Parquet file with typed columns, one row per
/// <see cref="ReportedFigures"/> (a company, a jurisdiction, a reporting period and a category).
/// </summary>
/// <remarks>
/// <para>The columns (<see cref="Columns"/>) are those of <see cref="ReportedFiguresCsv"/>, in the same order, typed:</para>
/// <list type="table">
/// <listheader><term>column</term><description>type and value</description></listheader>
/// <item><term><c>company</c>, <c>jurisdictionName</c>, <c>category</c>, <c>legalProcess</c></term><description>text, required (the legal process spelled as in <see cref="ReportedFiguresCsv"/>).</description></item>
/// <item><term><c>jurisdiction</c></term><description>text, optional: null when the published name maps to no jurisdiction.</description></item>
/// <item><term><c>periodStart</c>, <c>periodEnd</c></term><description><c>DATE</c>, required: the closed reporting period, both days included.</description></item>
/// <item><term><c>periodStartDerived</c></term><description><c>BOOLEAN</c>, required.</description></item>
/// <item><term><c>requestKinds</c></term><description>a <c>LIST</c> of text (<c>userData</c>...); empty when the report does not make it clear.</description></item>
/// <item><term><c>requests</c>, <c>accounts</c>, <c>requestsWithDataProduced</c>, <c>percentWithDataProduced</c></term><description>text, optional: each figure as published; null when nothing was published.</description></item>
/// <item><term><c>…Min</c>, <c>…Max</c></term><description><c>INT64</c>, optional: the smallest and largest count a figure allows (both the count for an exact count); null for a percentage or nothing published.</description></item>
/// <item><term><c>percentWithDataProducedValue</c></term><description><c>DOUBLE</c>, optional: the percentage as a number (<c>24</c> for <c>24%</c>); null unless a percentage was published.</description></item>
/// <item><term><c>sourceFile</c>, <c>sourceLine</c></term><description>text and <c>INT32</c>, optional: where the figures were read.</description></item>
/// <item><term><c>assistingJurisdiction</c>, <c>sourceId</c></term><description>text, optional: the country that passed diplomatic requests on, and the dataset's source for the report.</description></item>
/// <item><term>the outcome figures (<c>requestsWithContentProduced</c> … <c>accountsWithDataPreserved</c>, <c>percentWithContentProduced</c> … <c>percentRejected</c>)</term><description>typed like the figures above: text, <c>INT64</c> bounds, <c>DOUBLE</c> values; null where not published.</description></item>
/// <item><term><c>sourcePublished</c></term><description><c>DATE</c>, optional: the day the file was published or retrieved.</description></item>
/// </list>
/// <para>Rows are written in the order given, in row groups of up to <see cref="PolicyEventParquet.RowGroupSize"/>
/// rows (or the size given). No number is made up. The class is stateless and thread-safe; like the rest of this
/// package, it is not marked AOT-compatible.</para>
/// </remarks>
public static class ReportedFiguresParquet
{
    private static readonly DataField<string> Company = new("company", nullable: false);
    private static readonly DataField<string> Jurisdiction = new("jurisdiction", nullable: true);
    private static readonly DataField<string> JurisdictionName = new("jurisdictionName", nullable: false);
    private static readonly DataField<DateOnly> PeriodStart = new("periodStart", nullable: false);
    private static readonly DataField<DateOnly> PeriodEnd = new("periodEnd", nullable: false);
    private static readonly DataField<bool> PeriodStartDerived = new("periodStartDerived", nullable: false);
    private static readonly DataField<string> Category = new("category", nullable: false);
    private static readonly DataField<string> LegalProcess = new("legalProcess", nullable: false);
    private static readonly ListColumn RequestKinds = new("requestKinds");
    private static readonly CountColumns Requests = new("requests");
    private static readonly CountColumns Accounts = new("accounts");
    private static readonly CountColumns RequestsWithDataProduced = new("requestsWithDataProduced");
    private static readonly DataField<string> PercentWithDataProduced = new("percentWithDataProduced", nullable: true);
    private static readonly DataField<double> PercentWithDataProducedValue = new("percentWithDataProducedValue", nullable: true);
    private static readonly DataField<string> SourceFile = new("sourceFile", nullable: true);
    private static readonly DataField<int> SourceLine = new("sourceLine", nullable: true);
    private static readonly DataField<string> AssistingJurisdiction = new("assistingJurisdiction", nullable: true);
    private static readonly CountColumns ContentProduced = new("requestsWithContentProduced");
    private static readonly CountColumns OnlyNonContentProduced = new("requestsWithOnlyNonContentProduced");
    private static readonly CountColumns NoDataFound = new("requestsWithNoDataFound");
    private static readonly CountColumns Rejected = new("requestsRejected");
    private static readonly CountColumns AccountsPreserved = new("accountsWithDataPreserved");
    private static readonly PercentColumns PercentContentProduced = new("percentWithContentProduced");
    private static readonly PercentColumns PercentOnlyNonContentProduced = new("percentWithOnlyNonContentProduced");
    private static readonly PercentColumns PercentNoDataFound = new("percentWithNoDataFound");
    private static readonly PercentColumns PercentRejected = new("percentRejected");
    private static readonly DataField<DateOnly> SourcePublished = new("sourcePublished", nullable: true);
    private static readonly DataField<string> SourceId = new("sourceId", nullable: true);

    private static readonly ParquetSchema Schema = new(
        Company, Jurisdiction, JurisdictionName, PeriodStart, PeriodEnd, PeriodStartDerived, Category, LegalProcess, RequestKinds.Field,
        Requests.Text, Requests.Min, Requests.Max,
        Accounts.Text, Accounts.Min, Accounts.Max,
        RequestsWithDataProduced.Text, RequestsWithDataProduced.Min, RequestsWithDataProduced.Max,
        PercentWithDataProduced, PercentWithDataProducedValue, SourceFile, SourceLine, AssistingJurisdiction,
        ContentProduced.Text, ContentProduced.Min, ContentProduced.Max,
        OnlyNonContentProduced.Text, OnlyNonContentProduced.Min, OnlyNonContentProduced.Max,
        NoDataFound.Text, NoDataFound.Min, NoDataFound.Max,
        Rejected.Text, Rejected.Min, Rejected.Max,
        AccountsPreserved.Text, AccountsPreserved.Min, AccountsPreserved.Max,
        PercentContentProduced.Text, PercentContentProduced.Value,
        PercentOnlyNonContentProduced.Text, PercentOnlyNonContentProduced.Value,
        PercentNoDataFound.Text, PercentNoDataFound.Value,
        PercentRejected.Text, PercentRejected.Value,
        SourcePublished, SourceId);

    /// <summary>The columns, in the order they are written (the same as <see cref="ReportedFiguresCsv.Columns"/>).</summary>
    public static ImmutableArray<string> Columns { get; } = [.. Schema.Fields.Select(f => f.Name)];

    /// <summary>Writes the figures as a Parquet file to a stream, which is left open.</summary>
    /// <param name="figures">The figure sets, written in the order given.</param>
    /// <param name="stream">A writable stream; if it is not seekable, the file is built in memory first.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or <paramref name="figures"/> holds a null item.</exception>
    public static Task WriteAsync(IEnumerable<ReportedFigures> figures, Stream stream, CancellationToken cancellationToken = default) =>
        WriteAsync(figures, stream, PolicyEventParquet.RowGroupSize, cancellationToken);

    /// <summary>Writes the figures as a Parquet file to a stream, which is left open, in row groups of a given size.</summary>
    /// <param name="figures">The figure sets, written in the order given.</param>
    /// <param name="stream">A writable stream; if it is not seekable, the file is built in memory first.</param>
    /// <param name="rowGroupSize">The most rows in one row group (at least 1).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or <paramref name="figures"/> holds a null item.</exception>
    public static Task WriteAsync(IEnumerable<ReportedFigures> figures, Stream stream, int rowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }
        return ParquetFile.WriteAsync(stream, Schema, Checked(figures), rowGroupSize, WriteRowGroupAsync, cancellationToken);
    }

    private static IEnumerable<ReportedFigures> Checked(IEnumerable<ReportedFigures> figures)
    {
        var index = 0;
        foreach (var f in figures)
        {
            if (f is null)
            {
                throw new ArgumentException($"The figure set at index {index} is null.", nameof(figures));
            }
            yield return f;
            index++;
        }
    }

    private static async Task WriteRowGroupAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportedFigures> rows, CancellationToken cancellationToken)
    {
        await ParquetColumns.WriteTextAsync(group, Company, rows, f => f.Company.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Jurisdiction, rows, f => f.Jurisdiction?.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, JurisdictionName, rows, f => f.JurisdictionName).ConfigureAwait(false);
        await ParquetColumns.WriteRequiredAsync(group, PeriodStart, rows, f => f.Period.Start.ToDateOnly(), cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteRequiredAsync(group, PeriodEnd, rows, f => f.Period.End.ToDateOnly(), cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteRequiredAsync(group, PeriodStartDerived, rows, f => f.Period.IsStartDerived, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Category, rows, f => f.Category.Label).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, LegalProcess, rows, f => InteropText.LegalProcess(f.Category.LegalProcess)).ConfigureAwait(false);
        await RequestKinds.WriteAsync(group, rows, f => InteropText.Kinds(f.Category.Kinds)).ConfigureAwait(false);
        await Requests.WriteAsync(group, rows, f => f.Figures.Requests, cancellationToken).ConfigureAwait(false);
        await Accounts.WriteAsync(group, rows, f => f.Figures.Accounts, cancellationToken).ConfigureAwait(false);
        await RequestsWithDataProduced.WriteAsync(group, rows, f => f.Figures.RequestsWithDataProduced, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, PercentWithDataProduced, rows, f => TextOrNull(f.Figures.PercentWithDataProduced)).ConfigureAwait(false);
        await ParquetColumns.WriteAsync(group, PercentWithDataProducedValue, rows,
            f => f.Figures.PercentWithDataProduced.Percent is { } percent ? (double?)(double)percent : null, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, SourceFile, rows, f => f.Provenance?.FileName).ConfigureAwait(false);
        await ParquetColumns.WriteAsync(group, SourceLine, rows, f => f.Provenance?.Line, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, AssistingJurisdiction, rows, f => f.Category.AssistingJurisdiction?.ToString()).ConfigureAwait(false);
        await ContentProduced.WriteAsync(group, rows, f => f.Figures.RequestsWithContentProduced, cancellationToken).ConfigureAwait(false);
        await OnlyNonContentProduced.WriteAsync(group, rows, f => f.Figures.RequestsWithOnlyNonContentProduced, cancellationToken).ConfigureAwait(false);
        await NoDataFound.WriteAsync(group, rows, f => f.Figures.RequestsWithNoDataFound, cancellationToken).ConfigureAwait(false);
        await Rejected.WriteAsync(group, rows, f => f.Figures.RequestsRejected, cancellationToken).ConfigureAwait(false);
        await AccountsPreserved.WriteAsync(group, rows, f => f.Figures.AccountsWithDataPreserved, cancellationToken).ConfigureAwait(false);
        await PercentContentProduced.WriteAsync(group, rows, f => f.Figures.PercentWithContentProduced, cancellationToken).ConfigureAwait(false);
        await PercentOnlyNonContentProduced.WriteAsync(group, rows, f => f.Figures.PercentWithOnlyNonContentProduced, cancellationToken).ConfigureAwait(false);
        await PercentNoDataFound.WriteAsync(group, rows, f => f.Figures.PercentWithNoDataFound, cancellationToken).ConfigureAwait(false);
        await PercentRejected.WriteAsync(group, rows, f => f.Figures.PercentRejected, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteAsync(group, SourcePublished, rows,
            f => f.Provenance?.Published is { } day ? (DateOnly?)day.ToDateOnly() : null, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, SourceId, rows, f => f.Provenance?.Source?.ToString()).ConfigureAwait(false);
    }

    /// <summary>The two columns of a percentage: the text as published, and the percentage as a number.</summary>
    private sealed class PercentColumns(string name)
    {
        internal DataField<string> Text { get; } = new(name, nullable: true);

        internal DataField<double> Value { get; } = new(name + "Value", nullable: true);

        internal async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportedFigures> rows, Func<ReportedFigures, PublishedNumber> select, CancellationToken cancellationToken)
        {
            await ParquetColumns.WriteTextAsync(group, Text, rows, f => TextOrNull(select(f))).ConfigureAwait(false);
            await ParquetColumns.WriteAsync(group, Value, rows, f => select(f).Percent is { } percent ? (double?)(double)percent : null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? TextOrNull(PublishedNumber number) => number.IsUnknown ? null : number.Text;

    /// <summary>The three columns of a count: the text as published, and the smallest and largest count it allows.</summary>
    private sealed class CountColumns
    {
        internal CountColumns(string name)
        {
            Text = new DataField<string>(name, nullable: true);
            Min = new DataField<long>(name + "Min", nullable: true);
            Max = new DataField<long>(name + "Max", nullable: true);
        }

        internal DataField<string> Text { get; }

        internal DataField<long> Min { get; }

        internal DataField<long> Max { get; }

        internal async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<ReportedFigures> rows, Func<ReportedFigures, PublishedNumber> number,
            CancellationToken cancellationToken)
        {
            await ParquetColumns.WriteTextAsync(group, Text, rows, f => TextOrNull(number(f))).ConfigureAwait(false);
            await ParquetColumns.WriteAsync(group, Min, rows, f => number(f).Minimum, cancellationToken).ConfigureAwait(false);
            await ParquetColumns.WriteAsync(group, Max, rows, f => number(f).Maximum, cancellationToken).ConfigureAwait(false);
        }
    }
}
