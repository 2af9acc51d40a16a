using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

internal sealed partial class ColumnSourceStore
{
    private ColumnSourceStore(Builder b, int[] order)
    {
        var identity = Permutation.IsIdentity(order);
        _blocks = b.Texts.ToArray();
        _texts = b.Strings.ToArray();
        _dates = b.Dates.ToDates();
        _instants = b.Instants.ToArray();
        _ids = b.Ids.ToColumn<SourceId>(order);
        _titleAt = new TextPositions(Permutation.Apply(b.TitleAt.MoveToArray(), order, identity));
        _titleLength = new NarrowInts(Permutation.Apply(b.TitleLength.MoveToArray(), order, identity));
        _urlAt = new TextPositions(Permutation.Apply(b.UrlAt.MoveToArray(), order, identity));
        _urlLength = new NarrowInts(Permutation.Apply(b.UrlLength.MoveToArray(), order, identity));
        _urlHost = new NarrowInts(Permutation.Apply(b.UrlHost.MoveToArray(), order, identity));
        _urlHosts = b.UrlHosts.ToArray();
        _publisher = new NarrowInts(Permutation.Apply(b.Publisher.MoveToArray(), order, identity));
        _byline = new NarrowInts(Permutation.Apply(b.Byline.MoveToArray(), order, identity));
        _agency = new NarrowInts(Permutation.Apply(b.Agency.MoveToArray(), order, identity));
        _published = new NarrowInts(Permutation.Apply(b.Published.MoveToArray(), order, identity));
        _retrieved = new NarrowInts(Permutation.Apply(b.Retrieved.MoveToArray(), order, identity));
        _aside = Permutation.Aside(b.Aside, order, identity);
        ReadAsRows = b.AddedAsRows;
    }

    /// <summary>
    /// Takes sources one at a time, in the order read, and keeps their columns; <see cref="Build"/> sorts them by id. Not
    /// thread-safe: one load adds from one thread (the parallel reader merges its batches in line order first).
    /// </summary>
    internal sealed class Builder : IColumnStoreBuilder<ColumnSourceStore>
    {
        private bool _built;

        /// <summary>The sources' ids, as their UTF-8 bytes.</summary>
        internal IdRuns Ids { get; } = new();

        /// <summary>The number of each source's own id in the load, in the order read (see <see cref="CitedIds{TId}.Resolve"/>).</summary>
        private readonly ChunkedList<int> _ownNumbers = new();

        private int[]? _ownNumbersAsRead;

        /// <summary>How a source object's id is numbered (see <see cref="ColumnEventStore.Builder.Numbers"/>). Set before a
        /// source object is added.</summary>
        internal IdNumbers? Numbers { get; set; }

        internal TextBlocks Texts { get; } = new();

        internal ChunkedList<long> TitleAt { get; } = new();

        internal ChunkedList<int> TitleLength { get; } = new();

        internal ChunkedList<long> UrlAt { get; } = new();

        internal ChunkedList<int> UrlLength { get; } = new();

        /// <summary>Each address's beginning (<see cref="Storage.UrlHosts"/>); the rest is in <see cref="Texts"/>.</summary>
        internal ChunkedList<int> UrlHost { get; } = new();

        internal UrlHosts UrlHosts { get; } = new();

        /// <summary>Publishers, bylines and agencies, numbered together.</summary>
        internal ValueTable<string> Strings { get; } = new(StringComparer.Ordinal);

        internal ChunkedList<int> Publisher { get; } = new();

        internal ChunkedList<int> Byline { get; } = new();

        internal ChunkedList<int> Agency { get; } = new();

        internal ChunkedList<int> Published { get; } = new();

        internal DateTable Dates { get; } = new();

        internal ChunkedList<int> Retrieved { get; } = new();

        internal ValueTable<Instant> Instants { get; } = new();

        /// <summary>Sources kept whole, by position read: those with a text UTF-8 cannot hold.</summary>
        internal Dictionary<int, Source> Aside { get; } = [];

        /// <summary>The number of sources added.</summary>
        internal int Count => Ids.Count;

        /// <summary>The number of sources added from rows (<see cref="SourceRows"/>), not from objects.</summary>
        internal int AddedAsRows { get; private set; }

        internal void Add(Source source)
        {
            ThrowIfBuilt();
            var (titleAt, titleLength) = (0L, -1);
            var (urlHost, urlAt, urlLength) = (-1, 0L, -1);
            if ((source.Title is { } title && !Texts.TryAppend(title, out titleAt, out titleLength))
                || (source.Url is { } url && !TryAppendUrl(url.OriginalString, out urlHost, out urlAt, out urlLength)))
            {
                Aside.Add(Count, source); // its texts are read from the object
                (titleLength, urlHost, urlLength) = (-1, -1, -1);
            }
            Ids.Add(source.Id.Value);
            AddColumns(titleAt, titleLength, urlHost, urlAt, urlLength, source.Publisher, source.Byline, source.Agency, source.Published, source.Retrieved);
            _ownNumbers.Add(NumberOf(source.Id));
        }

        /// <summary>Adds the next source that a reader read straight into rows (<see cref="SourceRows.TakeNext"/>).</summary>
        internal void Add(SourceRows rows)
        {
            ThrowIfBuilt();
            rows.TakeNext(out var row, out var id, out var title, out var url);
            var titleAt = row.TitleLength < 0 ? 0L : Texts.Append(title);
            var (urlHost, urlAt, urlLength) = row.UrlLength < 0 ? (-1, 0L, -1) : AppendUrl(url);
            Ids.Add(id);
            AddColumns(titleAt, row.TitleLength, urlHost, urlAt, urlLength, row.Publisher, row.Byline, row.Agency, row.Published, row.Retrieved);
            _ownNumbers.Add(row.Number);
            AddedAsRows++;
        }

        /// <summary>Keeps an address as the number of its beginning and the bytes after it; false, keeping nothing, when
        /// it is not valid UTF-16 (a lone surrogate), which UTF-8 cannot hold.</summary>
        private bool TryAppendUrl(string url, out int host, out long at, out int length)
        {
            var utf8 = new byte[url.Length * 3];
            if (!TextBlocks.TryEncode(url, utf8, out var written))
            {
                (host, at, length) = (-1, 0, -1);
                return false;
            }
            (host, at, length) = AppendUrl(utf8.AsSpan(0, written));
            return true;
        }

        private (int Host, long At, int Length) AppendUrl(ReadOnlySpan<byte> url)
        {
            var hostLength = UrlHosts.HostLength(url);
            var rest = url[hostLength..];
            return (UrlHosts.NumberOf(url[..hostLength]), Texts.Append(rest), rest.Length);
        }

        /// <summary>Adds a source's values but its id, which the caller added.</summary>
        private void AddColumns(long titleAt, int titleLength, int urlHost, long urlAt, int urlLength, string? publisher, string? byline,
            string? agency, PartialDate? published, Instant? retrieved)
        {
            TitleAt.Add(titleAt);
            TitleLength.Add(titleLength);
            UrlHost.Add(urlHost);
            UrlAt.Add(urlAt);
            UrlLength.Add(urlLength);
            Publisher.Add(NumberOf(publisher));
            Byline.Add(NumberOf(byline));
            Agency.Add(NumberOf(agency));
            Published.Add(published is { } date ? Dates.NumberOf(date) : -1);
            Retrieved.Add(retrieved is { } instant ? Instants.NumberOf(instant) : -1);
        }

        private void ThrowIfBuilt()
        {
            if (_built)
            {
                throw new InvalidOperationException("The sources have been ordered; no source can be added.");
            }
        }

        /// <summary>The order of the sources by id (ordinal), as the events' and statements' builders give theirs; false
        /// when two sources share an id.</summary>
        public bool TryOrder(out int[] order)
        {
            _built = true;
            return Ids.TryOrder(out order);
        }

        /// <summary>The number of each source's own id in the load, in the order read; once asked for, no source can be added.</summary>
        internal int[] OwnNumbersAsRead()
        {
            _built = true;
            return _ownNumbersAsRead ??= _ownNumbers.MoveToArray();
        }

        private int NumberOf(SourceId id) =>
            (Numbers ?? throw new InvalidOperationException("The builder has no numbers for the sources' ids.")).Source(id);

        /// <summary>The ids' texts in the order read; once asked for, no source can be added.</summary>
        internal string[] IdTextsAsRead()
        {
            _built = true;
            return Ids.Texts();
        }

        /// <summary>The store, its sources sorted by id (see <see cref="TryOrder"/>).</summary>
        public ColumnSourceStore Build(int[] order)
        {
            _built = true;
            return new(this, order);
        }

        private int NumberOf(string? text) => text is null ? -1 : Strings.NumberOf(text);
    }
}
