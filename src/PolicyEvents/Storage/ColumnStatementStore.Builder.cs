using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

internal sealed partial class ColumnStatementStore
{
    private ColumnStatementStore(Builder b, int[] order, (CitedIds<SourceId> Cited, int[] Codes) citing)
    {
        // Read in id order (a canonical file), the columns as read are the store's.
        var identity = Permutation.IsIdentity(order);
        ReadAsRows = b.ReadAsRows;
        TextBytes = b.Texts.Length;
        _blocks = b.Texts.ToArray();
        _speakers = b.Speakers ?? throw new InvalidOperationException("The statements' speakers are not known (Speakers).");
        _dates = b.Dates.ToDates();
        _languages = b.Languages.ToArray();
        _ids = b.Ids.ToColumn<StatementId>(order);
        _textAt = new TextPositions(Permutation.Apply(b.TextAt.MoveToArray(), order, identity));
        _textLength = new NarrowInts(Permutation.Apply(b.TextLength.MoveToArray(), order, identity));
        _speaker = new NarrowInts(Permutation.Apply(b.Speaker.MoveToArray(), order, identity));
        _date = new NarrowInts(Permutation.Apply(b.Date.MoveToArray(), order, identity));
        _language = new NarrowInts(Permutation.Apply(b.Language.MoveToArray(), order, identity));
        _paraphrase = Permutation.Apply(b.Paraphrase.MoveToArray(), order, identity);
        (_sources, var sourceEnds) = Permutation.ApplyRuns(b.Sources.MoveToArray(), b.SourceEnds.MoveToArray(), order, identity);
        _sourceEnds = new RunEnds(sourceEnds);
        CitedIds<SourceId>.Encode(_sources, citing.Codes);
        _citedSources = citing.Cited;
        _aside = Permutation.Aside(b.Aside, order, identity);
    }

    /// <summary>
    /// Takes statements one at a time, in the order read, and keeps their columns; <see cref="Build"/> sorts them by id.
    /// Not thread-safe: one load adds from one thread (the parallel reader merges its batches in line order first).
    /// </summary>
    internal sealed class Builder : IColumnStoreBuilder<ColumnStatementStore>
    {
        private bool _built;
        private (CitedIds<SourceId>, int[])? _citing;
        private int[]? _ownNumbersAsRead;

        /// <summary>The statements' ids, as their UTF-8 bytes.</summary>
        internal IdRuns Ids { get; } = new();

        internal TextBlocks Texts { get; } = new();

        internal ChunkedList<long> TextAt { get; } = new();

        internal ChunkedList<int> TextLength { get; } = new();

        /// <summary>The speakers, as their numbers in the load (<see cref="SpeakerTable"/>).</summary>
        internal ChunkedList<int> Speaker { get; } = new();

        /// <summary>The load's speakers, which <see cref="Speaker"/> numbers; set before <see cref="Build"/>.</summary>
        internal SpeakerTable? Speakers { get; set; }

        internal ChunkedList<int> Date { get; } = new();

        internal DateTable Dates { get; } = new();

        internal ChunkedList<int> Language { get; } = new();

        internal ValueTable<LanguageTag> Languages { get; } = new();

        internal ChunkedList<bool> Paraphrase { get; } = new();

        internal ChunkedList<int> SourceEnds { get; } = new();

        /// <summary>The number of each statement's own id in the load, in the order read (see <see cref="CitedIds{TId}.Resolve"/>).</summary>
        private readonly ChunkedList<int> _ownNumbers = new();

        /// <summary>The sources cited, as the load's numbers of their ids.</summary>
        internal ChunkedList<int> Sources { get; } = new();

        /// <summary>How the sources a statement object cites are numbered (see <see cref="ColumnEventStore.Builder.Numbers"/>).
        /// Set before a statement object is added.</summary>
        internal IdNumbers? Numbers { get; set; }

        /// <summary>Statements kept whole, by position read: those with variants.</summary>
        internal Dictionary<int, Statement> Aside { get; } = [];

        internal int ReadAsRows { get; private set; }

        /// <summary>The number of statements added.</summary>
        internal int Count => Ids.Count;

        internal void Add(Statement statement)
        {
            ThrowIfBuilt();
            var numbers = Numbers ?? throw new InvalidOperationException("The builder has no numbers for the ids statements cite.");
            var (textAt, textLength) = (0L, 0);
            if (!statement.Variants.IsEmpty || !Texts.TryAppend(statement.Text, out textAt, out textLength))
            {
                Aside.Add(Count, statement); // read from the object: its variants, or a text UTF-8 cannot hold
                (textAt, textLength) = (0, 0);
            }
            Ids.Add(statement.Id.Value);
            Add(textAt, textLength, numbers.Speaker(statement.Speaker), statement.Date, statement.Language, statement.IsParaphrase);
            _ownNumbers.Add(numbers.Statement(statement.Id));
            foreach (var source in statement.Sources)
            {
                Sources.Add(numbers.Source(source));
            }
            SourceEnds.Add(Sources.Count);
        }

        /// <summary>Adds the next statement that a reader read straight into rows (<see cref="StatementRows.TakeNext"/>).</summary>
        internal void Add(StatementRows rows)
        {
            ThrowIfBuilt();
            rows.TakeNext(out var row, out var id, out var text, out var sources);
            ReadAsRows++;
            Ids.Add(id);
            Add(Texts.Append(text), text.Length, row.Speaker, row.Date, row.Language, row.IsParaphrase);
            _ownNumbers.Add(row.Number);
            Sources.AddRange(sources);
            SourceEnds.Add(Sources.Count);
        }

        private void ThrowIfBuilt()
        {
            if (_built)
            {
                throw new InvalidOperationException("The statements have been ordered; no statement can be added.");
            }
        }

        /// <summary>Adds a statement's values but its id, which the caller added, and its sources, which the caller adds next.</summary>
        private void Add(long textAt, int textLength, int speaker, PartialDate? date, LanguageTag language, bool isParaphrase)
        {
            TextAt.Add(textAt);
            TextLength.Add(textLength);
            Speaker.Add(speaker);
            Date.Add(date is { } value ? Dates.NumberOf(value) : -1);
            Language.Add(Languages.NumberOf(language));
            Paraphrase.Add(isParaphrase);
        }

        /// <summary>The order of the statements by id, as <c>ColumnEventStore.Builder.TryOrder</c> gives the events';
        /// false when two statements share an id.</summary>
        public bool TryOrder(out int[] order)
        {
            _built = true;
            return Ids.TryOrder(out order);
        }

        /// <summary>The number of each statement's own id in the load, in the order read; once asked for, no statement can
        /// be added.</summary>
        internal int[] OwnNumbersAsRead()
        {
            _built = true;
            return _ownNumbersAsRead ??= _ownNumbers.MoveToArray();
        }

        /// <summary>The ids' texts in the order read; once asked for, no statement can be added.</summary>
        internal string[] IdTextsAsRead()
        {
            _built = true;
            return Ids.Texts();
        }

        /// <summary>Says how the sources the statements cite are found in their store; before <see cref="Build"/>.</summary>
        internal void Cite(CitedIds<SourceId> sources, int[] codes) => _citing = (sources, codes);

        /// <summary>The store, its statements sorted by id (see <see cref="TryOrder"/>); after <see cref="Cite"/>.</summary>
        public ColumnStatementStore Build(int[] order)
        {
            var citing = _citing ?? throw new InvalidOperationException("The statements' citations are not resolved (Cite).");
            _built = true;
            return new(this, order, citing);
        }
    }
}
