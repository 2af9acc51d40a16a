using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Sources held as columns, sorted by id: each title, and each address after its beginning (scheme and host, kept once:
/// <see cref="UrlHosts"/>), as UTF-8 in shared blocks (<see cref="TextBlocks"/>),
/// each publisher, byline, agency, publication date and retrieval instant as a number into a table of the distinct
/// values. A source object, with its strings and its <see cref="Uri"/>, is made only when asked for
/// (<see cref="this[int]"/>), equal to the one read. Built by <see cref="ColumnSourceStore.Builder"/>, from source objects
/// or from rows read straight from the text (<see cref="SourceRows"/>).
/// </summary>
/// <remarks>What a source costs here, beyond the UTF-8 bytes of its title and of its address after the beginning: the
/// bytes of its id that the id before it does not share, and about 2 more (no string: events and statements cite it by
/// position, and a look-up by id searches the sorted, front-coded ids, <see cref="IdColumn{TId}"/>), 8 of text positions
/// (<see cref="TextPositions"/>), and 1 to 4 each of the texts' lengths and its six numbers (<see cref="NarrowInts"/>).
/// A source with a text that is not valid UTF-16 (which no reader makes) is kept aside whole, by position; its numbers
/// (publisher, dates) are kept as for any other.</remarks>
internal sealed partial class ColumnSourceStore : SourceStore
{
    private readonly IdColumn<SourceId> _ids;
    private readonly byte[][] _blocks;
    private readonly TextPositions _titleAt;
    private readonly NarrowInts _titleLength;
    private readonly TextPositions _urlAt;
    private readonly NarrowInts _urlLength;
    private readonly NarrowInts _urlHost;
    private readonly string[] _urlHosts;
    private readonly NarrowInts _publisher;
    private readonly NarrowInts _byline;
    private readonly NarrowInts _agency;
    private readonly string[] _texts;
    private readonly NarrowInts _published;
    private readonly PackedDates _dates;
    private readonly NarrowInts _retrieved;
    private readonly Instant[] _instants;
    private readonly Dictionary<int, Source>? _aside;

    internal override int Count => _ids.Count;

    /// <summary>How many of the sources were read straight from their text into columns (<see cref="SourceRows"/>), not
    /// through a source object: what tests check the serializer's plain path by.</summary>
    internal int ReadAsRows { get; }

    internal override Source this[int index] =>
        _aside is not null && _aside.TryGetValue(index, out var whole) ? whole
        : new Source(_ids.IdOf(index), TextOf(_publisher[index]), TextOf(_titleAt[index], _titleLength[index]), UrlOf(index), PublishedOf(index),
            TextOf(_byline[index]), TextOf(_agency[index]), _retrieved[index] >= 0 ? _instants[_retrieved[index]] : null);

    internal override SourceId IdOf(int index) => _ids.IdOf(index);

    internal override bool HasPublisher(int index) => _publisher[index] >= 0;

    internal override bool HasTitle(int index) => _aside is not null && _aside.TryGetValue(index, out var whole) ? whole.Title is not null : _titleLength[index] >= 0;

    internal override PartialDate? PublishedOf(int index) => _published[index] >= 0 ? _dates[_published[index]] : null;

    internal override int IndexOf(SourceId id) => _ids.IndexOf(id);

    private string? TextOf(int number) => number >= 0 ? _texts[number] : null;

    private string? TextOf(long at, int length) => length >= 0 ? TextBlocks.GetString(_blocks, at, length) : null;

    private Uri? UrlOf(int index) =>
        TextOf(_urlAt[index], _urlLength[index]) is { } rest ? new Uri(_urlHosts[_urlHost[index]] + rest, UriKind.Absolute) : null;
}
