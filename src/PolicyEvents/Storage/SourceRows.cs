using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Sources read straight from their text into rows of values (by the serializer's reader of plain source lines), for a
/// load that keeps its sources as columns: no <see cref="Source"/>, no <see cref="Uri"/> and no string of its title or
/// address is made for them. As <see cref="StatementRows"/>: a reader appends rows as it parses lines, the collector
/// takes them back in the same order (<see cref="TakeNext"/>), and once every row is taken the buffers are reused. Not
/// thread-safe.
/// </summary>
internal sealed class SourceRows
{
    private readonly List<Row> _rows = [];
    private int _next;

    /// <summary>The ids, titles and addresses of the rows (UTF-8, unescaped), back to back.</summary>
    internal RowBytes Text { get; } = new();

    /// <summary>Where a row being read starts, to undo it (<see cref="Undo"/>) when its line needs another reader.</summary>
    internal int Mark()
    {
        if (_next > 0 && _next == _rows.Count)
        {
            Clear(); // every row was taken: reuse the buffers
        }
        return Text.Length;
    }

    /// <summary>Drops what was appended since <paramref name="mark"/>.</summary>
    internal void Undo(int mark) => Text.Truncate(mark);

    /// <summary>Appends a row.</summary>
    internal void Add(in Row row) => _rows.Add(row);

    /// <summary>Takes the next row not yet taken; its spans (empty for a text the source lacks) stay valid until the
    /// next row is read.</summary>
    internal void TakeNext(out Row row, out ReadOnlySpan<byte> id, out ReadOnlySpan<byte> title, out ReadOnlySpan<byte> url)
    {
        row = _rows[_next++];
        id = Text.Slice(row.IdStart, row.IdLength);
        title = row.TitleLength < 0 ? default : Text.Slice(row.TitleStart, row.TitleLength);
        url = row.UrlLength < 0 ? default : Text.Slice(row.UrlStart, row.UrlLength);
    }

    /// <summary>Forgets every row, taken or not.</summary>
    internal void Clear()
    {
        _rows.Clear();
        Text.Truncate(0);
        _next = 0;
    }

    /// <summary>One source's values; its id, title and address are runs of <see cref="Text"/>, the title and address with
    /// a length of -1 when the source has none. <c>Number</c> is its id's number in the load
    /// (<see cref="Serialization.IdTable{T}.TryGetNumber"/>).</summary>
    internal readonly record struct Row(int Number, int IdStart, int IdLength, string? Publisher, int TitleStart, int TitleLength, int UrlStart, int UrlLength,
        PartialDate? Published, string? Byline, string? Agency, Instant? Retrieved);
}
