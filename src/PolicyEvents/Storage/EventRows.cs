using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Events read straight from their text into rows of values (by the serializer's reader of plain event lines), for a
/// load that keeps its events as columns: no <see cref="PolicyEvent"/> is made for them. A reader appends rows as it
/// parses lines; the collector takes them back in the same order (<see cref="TakeNext"/>), each when it meets this
/// instance among the records, so a batch of lines keeps its records, rows or objects, in line order. Once every row is
/// taken, the buffers are reused. Not thread-safe: one per reader, or per batch of a parallel load.
/// </summary>
internal sealed class EventRows
{
    private readonly List<Row> _rows = [];
    private byte[] _ids = new byte[4096];
    private int _idLength;
    private int _next;

    /// <summary>Where a row being read starts, to undo it (<see cref="Undo"/>) when its line needs the full reader.</summary>
    internal (int Statements, int Sources, int Ids) Mark()
    {
        if (_next > 0 && _next == _rows.Count)
        {
            Clear(); // every row was taken: reuse the buffers
        }
        return (Statements.Count, Sources.Count, _idLength);
    }

    /// <summary>Drops what was appended since <paramref name="mark"/>.</summary>
    internal void Undo((int Statements, int Sources, int Ids) mark)
    {
        Statements.RemoveRange(mark.Statements, Statements.Count - mark.Statements);
        Sources.RemoveRange(mark.Sources, Sources.Count - mark.Sources);
        _idLength = mark.Ids;
    }

    /// <summary>The statements of the rows, back to back, as the load's numbers of their ids
    /// (<see cref="Serialization.IdTable{T}.TryGetNumber"/>); a reader appends a row's statements here.</summary>
    internal List<int> Statements { get; } = [];

    /// <summary>The sources of the rows, back to back, as the load's numbers of their ids; a reader appends a row's
    /// sources here.</summary>
    internal List<int> Sources { get; } = [];

    /// <summary>Appends the UTF-8 bytes of the id of the row being read.</summary>
    internal void AddId(ReadOnlySpan<byte> id)
    {
        if (_idLength + id.Length > _ids.Length)
        {
            Array.Resize(ref _ids, Math.Max(_ids.Length * 2, _idLength + id.Length));
        }
        id.CopyTo(_ids.AsSpan(_idLength));
        _idLength += id.Length;
    }

    /// <summary>Appends a row whose id, statements and sources were appended since <paramref name="mark"/>.</summary>
    internal void Add((int Statements, int Sources, int Ids) mark, CompanyId company, JurisdictionCode jurisdiction, RequestPolicy policy,
        PartialDate? effective, PartialDate? announced, Instant recorded, string? note) =>
        _rows.Add(new Row(mark.Ids, _idLength - mark.Ids, company, jurisdiction, policy, effective, announced, recorded,
            mark.Statements, Statements.Count - mark.Statements, mark.Sources, Sources.Count - mark.Sources, note));

    /// <summary>Takes the next row not yet taken; its spans stay valid until the next row is read.</summary>
    internal void TakeNext(out Row row, out ReadOnlySpan<byte> id, out ReadOnlySpan<int> statements, out ReadOnlySpan<int> sources)
    {
        row = _rows[_next++];
        id = _ids.AsSpan(row.IdStart, row.IdLength);
        statements = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Statements).Slice(row.StatementStart, row.StatementCount);
        sources = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Sources).Slice(row.SourceStart, row.SourceCount);
    }

    /// <summary>Forgets every row, taken or not.</summary>
    internal void Clear()
    {
        _rows.Clear();
        Statements.Clear();
        Sources.Clear();
        _idLength = 0;
        _next = 0;
    }

    /// <summary>One event's values; its id, statements and sources are runs of the buffers.</summary>
    internal readonly record struct Row(int IdStart, int IdLength, CompanyId Company, JurisdictionCode Jurisdiction, RequestPolicy Policy,
        PartialDate? Effective, PartialDate? Announced, Instant Recorded, int StatementStart, int StatementCount, int SourceStart, int SourceCount,
        string? Note);
}
