using System.Text.Unicode;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

internal sealed partial class ColumnStatementStore
{
    private ColumnStatementStore(Builder b, int[] order)
    {
        var n = order.Length;
        ReadAsRows = b.ReadAsRows;
        TextBytes = b.Texts.Length;
        _blocks = b.Texts.ToArray();
        _speakers = b.Speakers.ToArray();
        _dates = b.Dates.ToArray();
        _languages = b.Languages.ToArray();
        var ids = b.IdsAsRead();
        var textAt = b.TextAt.MoveToArray();
        var textLength = b.TextLength.MoveToArray();
        var speaker = b.Speaker.MoveToArray();
        var date = b.Date.MoveToArray();
        var language = b.Language.MoveToArray();
        var paraphrase = b.Paraphrase.MoveToArray();
        var sourceEnds = b.SourceEnds.MoveToArray();
        var sources = b.Sources.MoveToArray();
        if (Permutation.IsIdentity(order))
        {
            // Read in id order (a canonical file): the columns as read are the store's.
            (_ids, _textAt, _textLength, _speaker, _date, _language, _paraphrase, _sourceEnds, _sources) =
                (ids, textAt, textLength, speaker, date, language, paraphrase, sourceEnds, sources);
            _aside = b.Aside.Count > 0 ? b.Aside : null;
            _slots = IdSlots.Build(_ids);
            return;
        }
        _ids = new StatementId[n];
        _textAt = new long[n];
        _textLength = new int[n];
        _speaker = new int[n];
        _date = new int[n];
        _language = new int[n];
        _paraphrase = new bool[n];
        _sourceEnds = new int[n];
        _sources = new SourceId[sources.Length];
        var cited = 0;
        for (var i = 0; i < n; i++)
        {
            var read = order[i];
            _ids[i] = ids[read];
            _textAt[i] = textAt[read];
            _textLength[i] = textLength[read];
            _speaker[i] = speaker[read];
            _date[i] = date[read];
            _language[i] = language[read];
            _paraphrase[i] = paraphrase[read];
            var start = read == 0 ? 0 : sourceEnds[read - 1];
            var run = sources.AsSpan(start, sourceEnds[read] - start);
            run.CopyTo(_sources.AsSpan(cited));
            cited += run.Length;
            _sourceEnds[i] = cited;
        }
        if (b.Aside.Count > 0)
        {
            var position = new int[n];
            for (var i = 0; i < n; i++)
            {
                position[order[i]] = i;
            }
            _aside = b.Aside.ToDictionary(p => position[p.Key], p => p.Value);
        }
        _slots = IdSlots.Build(_ids);
    }

    /// <summary>
    /// Takes statements one at a time, in the order read, and keeps their columns; <see cref="Build"/> sorts them by id.
    /// Not thread-safe: one load adds from one thread (the parallel reader merges its batches in line order first).
    /// </summary>
    internal sealed class Builder : IColumnStoreBuilder<ColumnStatementStore>
    {
        private bool _built;
        private StatementId[]? _idsAsRead;

        internal ChunkedList<StatementId> Ids { get; } = new();

        internal TextBlocks Texts { get; } = new();

        internal ChunkedList<long> TextAt { get; } = new();

        internal ChunkedList<int> TextLength { get; } = new();

        internal ChunkedList<int> Speaker { get; } = new();

        internal ValueTable<Speaker> Speakers { get; } = new();

        internal ChunkedList<int> Date { get; } = new();

        internal ValueTable<PartialDate> Dates { get; } = new();

        internal ChunkedList<int> Language { get; } = new();

        internal ValueTable<LanguageTag> Languages { get; } = new();

        internal ChunkedList<bool> Paraphrase { get; } = new();

        internal ChunkedList<int> SourceEnds { get; } = new();

        internal ChunkedList<SourceId> Sources { get; } = new();

        /// <summary>Statements kept whole, by position read: those with variants.</summary>
        internal Dictionary<int, Statement> Aside { get; } = [];

        internal int ReadAsRows { get; private set; }

        /// <summary>The number of statements added.</summary>
        internal int Count => Ids.Count;

        internal void Add(Statement statement)
        {
            Span<byte> room = statement.Text.Length <= 1024 ? stackalloc byte[statement.Text.Length * 3] : new byte[statement.Text.Length * 3];
            var encoded = Utf8.FromUtf16(statement.Text, room, out _, out var written, replaceInvalidSequences: false);
            if (!statement.Variants.IsEmpty || encoded != System.Buffers.OperationStatus.Done)
            {
                Aside.Add(Count, statement);
                written = 0;
            }
            Add(statement.Id, room[..written], statement.Speaker, statement.Date, statement.Language, statement.Sources.AsSpan(), statement.IsParaphrase);
        }

        /// <summary>Adds the next statement that a reader read straight into rows (<see cref="StatementRows.TakeNext"/>).</summary>
        internal void Add(StatementRows rows)
        {
            rows.TakeNext(out var row, out var text, out var sources);
            ReadAsRows++;
            Add(row.Id, text, row.Speaker, row.Date, row.Language, sources, row.IsParaphrase);
        }

        private void Add(StatementId id, ReadOnlySpan<byte> text, Speaker speaker, PartialDate? date, LanguageTag language,
            ReadOnlySpan<SourceId> sources, bool isParaphrase)
        {
            if (_built)
            {
                throw new InvalidOperationException("The statements have been ordered; no statement can be added.");
            }
            Ids.Add(id);
            TextAt.Add(Texts.Append(text));
            TextLength.Add(text.Length);
            Speaker.Add(Speakers.NumberOf(speaker));
            Date.Add(date is { } value ? Dates.NumberOf(value) : -1);
            Language.Add(Languages.NumberOf(language));
            Paraphrase.Add(isParaphrase);
            Sources.AddRange(sources);
            SourceEnds.Add(Sources.Count);
        }

        /// <summary>The order of the statements by id, as <c>ColumnEventStore.Builder.TryOrder</c> gives the events';
        /// false when two statements share an id.</summary>
        public bool TryOrder(out int[] order)
        {
            var ids = IdsAsRead();
            return Permutation.TryOrder(ids.Length, (x, y) => string.CompareOrdinal(ids[x].Value, ids[y].Value), out order);
        }

        /// <summary>The ids in the order read; once asked for, no statement can be added.</summary>
        internal StatementId[] IdsAsRead() => _idsAsRead ??= Ids.MoveToArray();

        /// <summary>The store, its statements sorted by id (see <see cref="TryOrder"/>).</summary>
        public ColumnStatementStore Build(int[] order)
        {
            _built = true;
            return new(this, order);
        }
    }
}
