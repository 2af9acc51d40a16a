using System.Collections.Immutable;
using System.Globalization;
using nietras.SeparatedValues;
using PolicyEvents.Domain;

namespace PolicyEvents.Interop;

/// <summary>
/// Writes policy events as CSV (RFC 4180), one row per event, for spreadsheets, R, pandas and any other CSV reader.
/// </summary>
/// <remarks>
/// <para>The output is UTF-8 (no byte order mark) when written to a stream; it starts with a header row of the
/// <see cref="Columns"/>, always in that order (the header is written even when there are no events); rows end with
/// <c>\n</c> on every platform. A value is enclosed in double quotes only when it holds a comma, a double quote, a
/// carriage return or a line feed, and a double quote inside it is doubled, as RFC 4180 says. Values are formatted
/// with the invariant culture.</para>
/// <para>The columns, and how each value is written:</para>
/// <list type="table">
/// <listheader><term>column</term><description>value</description></listheader>
/// <item><term><c>id</c>, <c>company</c>, <c>jurisdiction</c></term><description>the event's id, its company's id and the jurisdiction's code.</description></item>
/// <item><term><c>stance</c></term><description>as in the dataset format: <c>unknown</c>, <c>respondingAsUsual</c>, <c>reviewing</c>, <c>paused</c>, <c>refusing</c>, <c>formalChannelOnly</c>, <c>withdrawnFromMarket</c>.</description></item>
/// <item><term><c>requestKinds</c>, <c>requesters</c></term><description>a list (see below) of <c>userData</c>, <c>contentRemoval</c>, <c>preservation</c>, <c>emergencyDisclosure</c>, <c>content</c>, <c>nonContent</c>; of <c>government</c>, <c>lawEnforcement</c>, <c>courts</c>. Empty when the sources do not say (any).</description></item>
/// <item><term><c>products</c></term><description>a list of product names; empty for all of the company's products.</description></item>
/// <item><term><c>conditions</c>, <c>exceptions</c></term><description>lists of the policy's conditions and exceptions as the sources word them; empty when there are none.</description></item>
/// <item><term><c>effective</c>, <c>announced</c></term><description>the EDTF text of the date (<c>2020-07-07~</c>), empty when unknown.</description></item>
/// <item><term><c>effectivePrecision</c>, <c>announcedPrecision</c></term><description><c>year</c>, <c>month</c>, <c>day</c> or <c>instant</c> (<see cref="PolicyEvents.Time.PartialDate.Precision"/>: for an interval, the coarsest of its ends'); empty when the date is unknown.</description></item>
/// <item><term><c>recorded</c></term><description>ISO 8601 in UTC, with a fraction of a second only when there is one: <c>2026-11-28T14:30:00Z</c>.</description></item>
/// <item><term><c>trigger</c>, <c>supersedes</c></term><description>an id, or empty.</description></item>
/// <item><term><c>statements</c>, <c>sources</c></term><description>a list of ids.</description></item>
/// <item><term><c>note</c></term><description>the note, or empty.</description></item>
/// <item><term><c>subjectJurisdictions</c></term><description>a list of the jurisdiction codes whose users' data the covered requests are about (<see cref="RequestScope.SubjectJurisdictions"/>); empty for any.</description></item>
/// <item><term><c>origin</c></term><description>always written: <c>eventJurisdiction</c> (requests from the authorities of <c>jurisdiction</c>, what every row meant before these columns) or <c>anyJurisdiction</c> (requests from anywhere).</description></item>
/// <item><term><c>channelKind</c>, <c>channelIntermediary</c>, <c>channelIntermediaryJurisdiction</c></term><description>the formal channel a <c>formalChannelOnly</c> policy requires (<see cref="RequestPolicy.Channel"/>): <c>mlat</c>, <c>lettersRogatory</c>, <c>diplomatic</c> or <c>other</c>; who receives the requests; that intermediary's jurisdiction code. Each empty when there is no channel or the sources do not say.</description></item>
/// </list>
/// <para>The last five columns were added after the others (format 1.1 scopes); columns are only ever appended, so
/// a reader that picks columns by name or by position keeps working. A row with an empty <c>subjectJurisdictions</c>,
/// <c>origin</c> <c>eventJurisdiction</c> and no channel means what a row meant before them. Statements' variant wordings
/// and attributions are not in the rows: <c>statements</c> gives the ids to look them up in the dataset.</para>
/// <para>A list cell joins its values with <c>;</c> and no spaces (<c>government;lawEnforcement</c>). Ids and names of
/// flags never hold <c>;</c>; a product name, a condition or an exception may, so within those a <c>\</c> is written
/// <c>\\</c> and a <c>;</c> is written <c>\;</c>.</para>
/// <para>The writer streams: it reads the events once, writing each row as it goes. The class is stateless and thread-safe.</para>
/// </remarks>
public static class PolicyEventCsv
{
    /// <summary>The columns, in the order they are written.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "id", "company", "jurisdiction", "stance", "requestKinds", "requesters", "products", "conditions", "exceptions",
        "effective", "effectivePrecision", "announced", "announcedPrecision", "recorded",
        "trigger", "supersedes", "statements", "sources", "note",
        "subjectJurisdictions", "origin", "channelKind", "channelIntermediary", "channelIntermediaryJurisdiction",
    ];

    /// <summary>Writes the events as CSV text, header first, to a text writer, which is flushed and left open.</summary>
    /// <param name="events">The events, written in the order given.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> holds a null event (nothing after it is written).</exception>
    public static void Write(IEnumerable<PolicyEvent> events, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(writer);
        CsvExport.Write(events, writer, Columns, WriteRow, nameof(events), "event");
    }

    /// <summary>Writes the events as CSV in UTF-8 (no byte order mark), header first, to a stream, which is flushed and left open.</summary>
    /// <param name="events">The events, written in the order given.</param>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or <paramref name="events"/> holds a null event.</exception>
    public static void Write(IEnumerable<PolicyEvent> events, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        using var text = CsvExport.Utf8Writer(stream, nameof(stream));
        Write(events, text);
    }

    /// <summary>Returns the events as CSV text, header first.</summary>
    /// <param name="events">The events, written in the order given.</param>
    /// <returns>The CSV text, ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> holds a null event.</exception>
    public static string ToCsv(IEnumerable<PolicyEvent> events)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(events, text);
        return text.ToString();
    }

    private static void WriteRow(SepWriter csv, PolicyEvent e)
    {
        using var row = csv.NewRow();
        var scope = e.Policy.Scope;
        row["id"].Set(e.Id.ToString());
        row["company"].Set(e.Company.ToString());
        row["jurisdiction"].Set(e.Jurisdiction.ToString());
        row["stance"].Set(InteropText.Stance(e.Policy.Stance));
        row["requestKinds"].Set(CsvExport.Join(InteropText.Kinds(scope.Kinds)));
        row["requesters"].Set(CsvExport.Join(InteropText.RequesterNames(scope.Requesters)));
        row["products"].Set(CsvExport.JoinEscaped(scope.Products));
        row["conditions"].Set(CsvExport.JoinEscaped(e.Policy.Conditions));
        row["exceptions"].Set(CsvExport.JoinEscaped(e.Policy.Exceptions));
        row["effective"].Set(e.Effective?.ToString() ?? "");
        row["effectivePrecision"].Set(e.Effective is { } effective ? InteropText.Precision(effective.Precision) : "");
        row["announced"].Set(e.Announced?.ToString() ?? "");
        row["announcedPrecision"].Set(e.Announced is { } announced ? InteropText.Precision(announced.Precision) : "");
        row["recorded"].Set(InteropText.Instant(e.Recorded));
        row["trigger"].Set(e.Trigger?.ToString() ?? "");
        row["supersedes"].Set(e.Supersedes?.ToString() ?? "");
        row["statements"].Set(CsvExport.Join(e.Statements.Select(s => s.ToString())));
        row["sources"].Set(CsvExport.Join(e.Sources.Select(s => s.ToString())));
        row["note"].Set(e.Note ?? "");
        row["subjectJurisdictions"].Set(CsvExport.Join(scope.SubjectJurisdictions.Select(j => j.ToString())));
        row["origin"].Set(InteropText.Origin(scope.Origin));
        var channel = e.Policy.Channel;
        row["channelKind"].Set(channel is null ? "" : InteropText.ChannelKind(channel.Kind));
        row["channelIntermediary"].Set(channel?.Intermediary ?? "");
        row["channelIntermediaryJurisdiction"].Set(channel?.IntermediaryJurisdiction?.ToString() ?? "");
    }
}
