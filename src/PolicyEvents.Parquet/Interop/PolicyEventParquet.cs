using System.Collections.Immutable;
using NodaTime;
using Parquet;
using Parquet.Schema;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Interop;

/// <summary>
/// Writes policy events as an Apache Parquet file with typed columns, for DuckDB, Spark, pandas, R's arrow and any
/// other Parquet reader: one row per event.
/// </summary>
/// <remarks>
/// <para>The columns, in this order (<see cref="Columns"/>); "text" is a UTF-8 string column, "list" a Parquet
/// <c>LIST</c> of non-null text (empty, never null, when there are no values), "timestamp" a
/// <c>TIMESTAMP(MICROS, isAdjustedToUTC=true)</c> column:</para>
/// <list type="table">
/// <listheader><term>column</term><description>type and value</description></listheader>
/// <item><term><c>id</c>, <c>company</c>, <c>jurisdiction</c></term><description>text, required.</description></item>
/// <item><term><c>timeZone</c></term><description>text, required: the IANA id of the jurisdiction's zone in the registry given, in which the date spans below are read.</description></item>
/// <item><term><c>stance</c></term><description>text, required, spelled as in the dataset format (<c>paused</c>, <c>respondingAsUsual</c>...).</description></item>
/// <item><term><c>requestKinds</c>, <c>requesters</c></term><description>list of the camelCase flag names (<c>userData</c>, <c>content</c>, <c>nonContent</c>, <c>lawEnforcement</c>...); empty when the sources do not say (any).</description></item>
/// <item><term><c>products</c></term><description>list of product names; empty for all products.</description></item>
/// <item><term><c>conditions</c>, <c>exceptions</c></term><description>lists of the policy's conditions and exceptions as the sources word them; empty when there are none.</description></item>
/// <item><term><c>effective</c>, <c>announced</c></term><description>text, optional: the EDTF date (<c>2020-07-07~</c>); null when unknown.</description></item>
/// <item><term><c>effectivePrecision</c>, <c>announcedPrecision</c></term><description>text, optional: <c>year</c>, <c>month</c>, <c>day</c> or <c>instant</c> (for an interval, the coarsest of its ends').</description></item>
/// <item><term><c>effectiveStart</c>, <c>effectiveEnd</c>, <c>announcedStart</c>, <c>announcedEnd</c></term><description>timestamp, optional: the half-open span <c>[start, end)</c> the date covers in the jurisdiction's zone (<see cref="PartialDate.ToInterval"/>); null when the date is unknown, the start null when the span has no start (an interval whose start is open or unknown, <c>../2020-07-14</c>), the end null when it has no end (an open or unknown end, or the year 9999).</description></item>
/// <item><term><c>recorded</c></term><description>timestamp, required.</description></item>
/// <item><term><c>trigger</c>, <c>supersedes</c></term><description>text, optional.</description></item>
/// <item><term><c>statements</c>, <c>sources</c></term><description>list of ids.</description></item>
/// <item><term><c>note</c></term><description>text, optional.</description></item>
/// <item><term><c>subjectJurisdictions</c></term><description>list of the jurisdiction codes whose users' data the covered requests are about; empty for any.</description></item>
/// <item><term><c>origin</c></term><description>text, required: <c>eventJurisdiction</c> (requests from the authorities of <c>jurisdiction</c>) or <c>anyJurisdiction</c>.</description></item>
/// <item><term><c>channelKind</c>, <c>channelIntermediary</c>, <c>channelIntermediaryJurisdiction</c></term><description>text, optional: the formal channel a <c>formalChannelOnly</c> policy requires (<c>mlat</c>, <c>lettersRogatory</c>, <c>diplomatic</c>, <c>other</c>), who receives the requests, and that intermediary's jurisdiction code; null when there is no channel or the sources do not say.</description></item>
/// </list>
/// <para>The last five columns come after the others in the same order and with the same meaning as in
/// <see cref="PolicyEventCsv"/>; columns are only ever appended. Statements' variant wordings are not in the rows: look
/// the <c>statements</c> ids up in the dataset.</para>
/// <para>Timestamps have microsecond resolution: a span's start is rounded down and its end up to the microsecond,
/// so the written span always contains the real one (an instant's one-nanosecond span becomes one microsecond);
/// <c>recorded</c> is rounded down. A span's start or end before 0001-01-01T00:00:00Z (dates in the year 0) is written as
/// null; an event recorded before then is rejected.</para>
/// <para>Events are written in the order given, in row groups of up to <see cref="RowGroupSize"/> rows (or the size
/// given), so only one row group is held in memory at a time. The class is
/// stateless and thread-safe.</para>
/// <para>This package is not marked AOT-compatible: Parquet.Net raises trim and AOT warnings (IL2070, IL3050) in its
/// own code when an app is published with NativeAOT.</para>
/// </remarks>
public static class PolicyEventParquet
{
    /// <summary>The most rows written in one row group unless another size is given: 100,000.</summary>
    public const int RowGroupSize = 100_000;

    private static readonly DataField<string> Id = new("id", nullable: false);
    private static readonly DataField<string> Company = new("company", nullable: false);
    private static readonly DataField<string> Jurisdiction = new("jurisdiction", nullable: false);
    private static readonly DataField<string> TimeZone = new("timeZone", nullable: false);
    private static readonly DataField<string> Stance = new("stance", nullable: false);
    private static readonly ListColumn RequestKinds = new("requestKinds");
    private static readonly ListColumn Requesters = new("requesters");
    private static readonly ListColumn Products = new("products");
    private static readonly ListColumn Conditions = new("conditions");
    private static readonly ListColumn Exceptions = new("exceptions");
    private static readonly DateColumns Effective = new("effective");
    private static readonly DateColumns Announced = new("announced");
    private static readonly DateTimeDataField Recorded = ParquetColumns.Timestamp("recorded", nullable: false);
    private static readonly DataField<string> Trigger = new("trigger", nullable: true);
    private static readonly DataField<string> Supersedes = new("supersedes", nullable: true);
    private static readonly ListColumn Statements = new("statements");
    private static readonly ListColumn Sources = new("sources");
    private static readonly DataField<string> Note = new("note", nullable: true);
    private static readonly ListColumn SubjectJurisdictions = new("subjectJurisdictions");
    private static readonly DataField<string> Origin = new("origin", nullable: false);
    private static readonly DataField<string> ChannelKind = new("channelKind", nullable: true);
    private static readonly DataField<string> ChannelIntermediary = new("channelIntermediary", nullable: true);
    private static readonly DataField<string> ChannelIntermediaryJurisdiction = new("channelIntermediaryJurisdiction", nullable: true);

    private static readonly ParquetSchema Schema = new(
        Id, Company, Jurisdiction, TimeZone, Stance,
        RequestKinds.Field, Requesters.Field, Products.Field, Conditions.Field, Exceptions.Field,
        Effective.Text, Effective.Precision, Effective.Start, Effective.End,
        Announced.Text, Announced.Precision, Announced.Start, Announced.End,
        Recorded, Trigger, Supersedes, Statements.Field, Sources.Field, Note,
        SubjectJurisdictions.Field, Origin, ChannelKind, ChannelIntermediary, ChannelIntermediaryJurisdiction);

    /// <summary>The columns, in the order they are written.</summary>
    public static ImmutableArray<string> Columns { get; } = [.. Schema.Fields.Select(f => f.Name)];

    /// <summary>Writes the events as a Parquet file to a stream, which is left open.</summary>
    /// <param name="events">The events, written in the order given.</param>
    /// <param name="stream">A writable stream; if it is not seekable, the file is built in memory first.</param>
    /// <param name="jurisdictions">The registry that gives each event's jurisdiction its time zone, such as
    /// <see cref="JurisdictionRegistry.Default"/> or a dataset's own.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, <paramref name="events"/>
    /// holds a null event, an event's jurisdiction is not in <paramref name="jurisdictions"/>, or an event was recorded
    /// before 0001-01-01T00:00:00Z.</exception>
    public static Task WriteAsync(IEnumerable<PolicyEvent> events, Stream stream, JurisdictionRegistry jurisdictions,
        CancellationToken cancellationToken = default) =>
        WriteAsync(events, stream, jurisdictions, RowGroupSize, cancellationToken);

    /// <summary>Writes a dataset's events as a Parquet file to a stream, which is left open, reading local dates in the
    /// zones of the dataset's own jurisdictions (<see cref="PolicyDataset.Registry"/>).</summary>
    /// <param name="dataset">The dataset; its events are written in their order in the dataset (sorted by id).</param>
    /// <param name="stream">A writable stream; if it is not seekable, the file is built in memory first.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or an event's jurisdiction is not in
    /// the dataset's registry.</exception>
    public static Task WriteAsync(PolicyDataset dataset, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return WriteAsync(dataset.Events, stream, dataset.Registry, RowGroupSize, cancellationToken);
    }

    /// <summary>Writes the events as a Parquet file to a stream, which is left open, in row groups of a given size.</summary>
    /// <param name="events">The events, written in the order given.</param>
    /// <param name="stream">A writable stream; if it is not seekable, the file is built in memory first.</param>
    /// <param name="jurisdictions">The registry that gives each event's jurisdiction its time zone.</param>
    /// <param name="rowGroupSize">The most rows in one row group (at least 1): larger groups compress and scan
    /// better, smaller ones need less memory while writing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroupSize"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, <paramref name="events"/>
    /// holds a null event, an event's jurisdiction is not in <paramref name="jurisdictions"/>, or an event was recorded
    /// before 0001-01-01T00:00:00Z.</exception>
    public static Task WriteAsync(IEnumerable<PolicyEvent> events, Stream stream, JurisdictionRegistry jurisdictions,
        int rowGroupSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }
        return ParquetFile.WriteAsync(stream, Schema, Rows(events, jurisdictions), rowGroupSize, WriteRowGroupAsync, cancellationToken);
    }

    /// <summary>Each event with its jurisdiction's zone, checked as it is read.</summary>
    private static IEnumerable<Row> Rows(IEnumerable<PolicyEvent> events, JurisdictionRegistry jurisdictions)
    {
        var index = 0;
        foreach (var e in events)
        {
            if (e is null)
            {
                throw new ArgumentException($"The event at index {index} is null.", nameof(events));
            }
            if (!jurisdictions.TryGet(e.Jurisdiction, out var jurisdiction))
            {
                throw new ArgumentException(
                    $"Event '{e.Id}' (index {index}) is about jurisdiction '{e.Jurisdiction}', which is not in the registry given, so its time zone is unknown.",
                    nameof(jurisdictions));
            }
            if (!ParquetColumns.FitsDateTime(e.Recorded))
            {
                throw new ArgumentException(
                    $"Event '{e.Id}' (index {index}) was recorded at {e.Recorded}, before 0001-01-01T00:00:00Z, which the recorded timestamp cannot hold.",
                    nameof(events));
            }
            yield return new Row(e, jurisdiction.TimeZone);
            index++;
        }
    }

    private static async Task WriteRowGroupAsync(ParquetRowGroupWriter group, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        await ParquetColumns.WriteTextAsync(group, Id, rows, r => r.Event.Id.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Company, rows, r => r.Event.Company.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Jurisdiction, rows, r => r.Event.Jurisdiction.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, TimeZone, rows, r => r.Zone.Id).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Stance, rows, r => InteropText.Stance(r.Event.Policy.Stance)).ConfigureAwait(false);
        await RequestKinds.WriteAsync(group, rows, r => InteropText.Kinds(r.Event.Policy.Scope.Kinds)).ConfigureAwait(false);
        await Requesters.WriteAsync(group, rows, r => InteropText.RequesterNames(r.Event.Policy.Scope.Requesters)).ConfigureAwait(false);
        await Products.WriteAsync(group, rows, r => r.Event.Policy.Scope.Products).ConfigureAwait(false);
        await Conditions.WriteAsync(group, rows, r => r.Event.Policy.Conditions).ConfigureAwait(false);
        await Exceptions.WriteAsync(group, rows, r => r.Event.Policy.Exceptions).ConfigureAwait(false);
        await Effective.WriteAsync(group, rows, r => r.Event.Effective, cancellationToken).ConfigureAwait(false);
        await Announced.WriteAsync(group, rows, r => r.Event.Announced, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteRequiredAsync(group, Recorded, rows,
            r => ParquetColumns.ToDateTime(r.Event.Recorded, roundUp: false)!.Value, cancellationToken).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Trigger, rows, r => r.Event.Trigger?.ToString()).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Supersedes, rows, r => r.Event.Supersedes?.ToString()).ConfigureAwait(false);
        await Statements.WriteAsync(group, rows, r => r.Event.Statements.Select(s => s.ToString())).ConfigureAwait(false);
        await Sources.WriteAsync(group, rows, r => r.Event.Sources.Select(s => s.ToString())).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Note, rows, r => r.Event.Note).ConfigureAwait(false);
        await SubjectJurisdictions.WriteAsync(group, rows, r => r.Event.Policy.Scope.SubjectJurisdictions.Select(j => j.ToString())).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, Origin, rows, r => InteropText.Origin(r.Event.Policy.Scope.Origin)).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, ChannelKind, rows,
            r => r.Event.Policy.Channel is { } channel ? InteropText.ChannelKind(channel.Kind) : null).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, ChannelIntermediary, rows, r => r.Event.Policy.Channel?.Intermediary).ConfigureAwait(false);
        await ParquetColumns.WriteTextAsync(group, ChannelIntermediaryJurisdiction, rows,
            r => r.Event.Policy.Channel?.IntermediaryJurisdiction?.ToString()).ConfigureAwait(false);
    }

    /// <summary>An event with the zone of its jurisdiction.</summary>
    private sealed record Row(PolicyEvent Event, DateTimeZone Zone);

    /// <summary>The four columns of a partial date: EDTF text, precision, and the span's start and end.</summary>
    private sealed class DateColumns
    {
        internal DateColumns(string name)
        {
            Text = new DataField<string>(name, nullable: true);
            Precision = new DataField<string>(name + "Precision", nullable: true);
            Start = ParquetColumns.Timestamp(name + "Start", nullable: true);
            End = ParquetColumns.Timestamp(name + "End", nullable: true);
        }

        internal DataField<string> Text { get; }

        internal DataField<string> Precision { get; }

        internal DateTimeDataField Start { get; }

        internal DateTimeDataField End { get; }

        internal async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<Row> rows, Func<Row, PartialDate?> date,
            CancellationToken cancellationToken)
        {
            var spans = new Interval?[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                spans[i] = date(rows[i])?.ToInterval(rows[i].Zone);
            }
            await ParquetColumns.WriteTextAsync(group, Text, rows, r => date(r)?.ToString()).ConfigureAwait(false);
            await ParquetColumns.WriteTextAsync(group, Precision, rows,
                r => date(r) is { } value ? InteropText.Precision(value.Precision) : null).ConfigureAwait(false);
            var index = Enumerable.Range(0, rows.Count).ToArray();
            await ParquetColumns.WriteAsync(group, Start, index,
                i => spans[i] is { HasStart: true } span ? ParquetColumns.ToDateTime(span.Start, roundUp: false) : null, cancellationToken).ConfigureAwait(false);
            await ParquetColumns.WriteAsync(group, End, index,
                i => spans[i] is { HasEnd: true } span ? ParquetColumns.ToDateTime(span.End, roundUp: true) : null, cancellationToken).ConfigureAwait(false);
        }
    }
}
