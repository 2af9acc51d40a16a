using System.Runtime.InteropServices;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Statements read straight from their text into rows of values (by the serializer's reader of plain statement lines),
/// for a load that keeps its statements as columns: no <see cref="Statement"/> and no string of its text is made for
/// them. As <see cref="EventRows"/>: a reader appends rows as it parses lines, the collector takes them back in the same
/// order (<see cref="TakeNext"/>), and once every row is taken the buffers are reused. Not thread-safe.
/// </summary>
internal sealed class StatementRows
{
    private readonly List<Row> _rows = [];
    private int _next;

    /// <summary>Where a row being read starts, to undo it (<see cref="Undo"/>) when its line needs the full reader.</summary>
    internal (int Sources, int Text, int Id) Mark()
    {
        if (_next > 0 && _next == _rows.Count)
        {
            Clear(); // every row was taken: reuse the buffers
        }
        return (Sources.Count, Text.Length, Ids.Length);
    }

    /// <summary>Drops what was appended since <paramref name="mark"/>.</summary>
    internal void Undo((int Sources, int Text, int Id) mark)
    {
        Sources.RemoveRange(mark.Sources, Sources.Count - mark.Sources);
        Text.Truncate(mark.Text);
        Ids.Truncate(mark.Id);
    }

    /// <summary>The sources of the rows, back to back, as the load's numbers of their ids
    /// (<see cref="Serialization.IdTable{T}.TryGetNumber"/>); a reader appends a row's sources here.</summary>
    internal List<int> Sources { get; } = [];

    /// <summary>The texts of the rows, back to back; a reader appends a row's text here (a text appears once in a row).</summary>
    internal RowBytes Text { get; } = new();

    /// <summary>The ids of the rows (UTF-8), back to back; a reader appends a row's id here (an id appears once in a row).</summary>
    internal RowBytes Ids { get; } = new();

    /// <summary>Appends a row whose id, text and sources were appended since <paramref name="mark"/>; <paramref name="number"/>
    /// is its id's number in the load.</summary>
    internal void Add((int Sources, int Text, int Id) mark, int number, int speaker, PartialDate? date, LanguageTag language, bool isParaphrase) =>
        _rows.Add(new Row(number, mark.Id, Ids.Length - mark.Id, mark.Text, Text.Length - mark.Text, speaker, date, language, mark.Sources,
            Sources.Count - mark.Sources, isParaphrase));

    /// <summary>Takes the next row not yet taken; its spans stay valid until the next row is read.</summary>
    internal void TakeNext(out Row row, out ReadOnlySpan<byte> id, out ReadOnlySpan<byte> text, out ReadOnlySpan<int> sources)
    {
        row = _rows[_next++];
        id = Ids.Slice(row.IdStart, row.IdLength);
        text = Text.Slice(row.TextStart, row.TextLength);
        sources = CollectionsMarshal.AsSpan(Sources).Slice(row.SourceStart, row.SourceCount);
    }

    /// <summary>Forgets every row, taken or not.</summary>
    internal void Clear()
    {
        _rows.Clear();
        Sources.Clear();
        Text.Truncate(0);
        Ids.Truncate(0);
        _next = 0;
    }

    /// <summary>One statement's values; its id and text (UTF-8, unescaped) and its sources are runs of the buffers.
    /// <c>Number</c> is its id's number in the load (<see cref="Serialization.IdTable{T}.TryGetNumber"/>), <c>Speaker</c>
    /// its speaker's (<see cref="SpeakerTable"/>).</summary>
    internal readonly record struct Row(int Number, int IdStart, int IdLength, int TextStart, int TextLength, int Speaker, PartialDate? Date,
        LanguageTag Language, int SourceStart, int SourceCount, bool IsParaphrase);
}
