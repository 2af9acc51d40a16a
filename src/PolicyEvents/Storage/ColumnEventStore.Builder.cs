using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

internal sealed partial class ColumnEventStore
{
    private ColumnEventStore(Builder.Sealed built, int[] order, Builder.Citing citing)
    {
        // Read in id order (a canonical file), the columns as read are the store's.
        var identity = Permutation.IsIdentity(order);
        ReadAsRows = built.ReadAsRows;
        _ids = built.Ids.ToColumn<EventId>(order);
        (_statements, var statementEnds) = Permutation.ApplyRuns(built.Statements, built.StatementEnds, order, identity);
        (_sources, var sourceEnds) = Permutation.ApplyRuns(built.Sources, built.SourceEnds, order, identity);
        (_statementEnds, _sourceEnds) = (new RunEnds(statementEnds), new RunEnds(sourceEnds));
        CitedIds<StatementId>.Encode(_statements, citing.StatementCodes);
        CitedIds<SourceId>.Encode(_sources, citing.SourceCodes);
        (_citedStatements, _citedSources) = (citing.Statements, citing.Sources);
        _pair = new NarrowInts(Permutation.Apply(built.Pair, order, identity));
        _policy = new NarrowInts(Permutation.Apply(built.Policy, order, identity));
        _effective = new NarrowInts(Permutation.Apply(built.Effective, order, identity));
        _announced = new NarrowInts(Permutation.Apply(built.Announced, order, identity));
        _recorded = Permutation.Apply(built.Recorded, order, identity);
        _pairCompany = [.. built.PairCompany];
        _pairJurisdiction = [.. built.PairJurisdiction];
        _pairCompanyNumber = Numbers(_pairCompany);
        _policies = [.. built.Policies];
        _dates = built.Dates.ToDates();
        _recordedAside = Permutation.Aside(built.RecordedAside, order, identity);
        _rare = Permutation.Aside(built.RareByRead, order, identity);
    }

    /// <summary>For each value, a number shared by the values equal to it.</summary>
    private static int[] Numbers(CompanyId[] values)
    {
        var numbers = new int[values.Length];
        var known = new Dictionary<CompanyId, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(known, values[i], out var exists);
            if (!exists)
            {
                number = known.Count - 1;
            }
            numbers[i] = number;
        }
        return numbers;
    }

    /// <summary>
    /// Takes events one at a time, in the order read, and keeps their columns; <see cref="Build"/> sorts them by id. Not
    /// thread-safe: one load adds from one thread (the parallel reader merges its batches in line order first). The
    /// columns grow by small chunks (<see cref="ChunkedList{T}"/>) and become arrays once, when the events are ordered.
    /// </summary>
    internal sealed class Builder : IColumnStoreBuilder<ColumnEventStore>
    {
        private readonly IdRuns _ids = new();
        private readonly ChunkedList<int> _pair = new();
        private readonly ChunkedList<int> _policy = new();
        private readonly ChunkedList<int> _effective = new();
        private readonly ChunkedList<int> _announced = new();
        private readonly ChunkedList<int> _recorded = new(); // RecordedSeconds
        private readonly ChunkedList<int> _statementEnds = new();
        private readonly ChunkedList<int> _statements = new(); // the load's numbers of the ids (IdTable)
        private readonly ChunkedList<int> _sourceEnds = new();
        private readonly ChunkedList<int> _sources = new();
        private readonly Dictionary<(string Company, string Jurisdiction), int> _pairs = [];
        private readonly List<CompanyId> _pairCompany = [];
        private readonly List<JurisdictionCode> _pairJurisdiction = [];
        // The reader hands out one instance per distinct policy text (per thread), so instances are numbered as they are:
        // equal policies read by two threads get two numbers, each materializing an equal value.
        private readonly Dictionary<RequestPolicy, int> _policies = new(ReferenceEqualityComparer.Instance);
        private readonly List<RequestPolicy> _policyList = [];
        private readonly DateTable _dates = new();
        private readonly Dictionary<int, Instant> _recordedAside = [];
        private readonly Dictionary<int, Rare> _rare = [];
        private Sealed? _sealed;
        private Citing? _citing;
        private bool _built;
        private int _readAsRows;

        /// <summary>The number of events added.</summary>
        internal int Count => _ids.Count;

        /// <summary>How the ids an event object cites are numbered: by the load's tables of ids, which numbered the ids
        /// of every row (<see cref="EventRows"/>) too. Set before an event object is added.</summary>
        internal IdNumbers? Numbers { get; set; }

        internal void Add(PolicyEvent e)
        {
            var numbers = Numbers ?? throw new InvalidOperationException("The builder has no numbers for the ids events cite.");
            Span<byte> id = stackalloc byte[e.Id.Value.Length]; // at most 128 ASCII characters: EventId's rule
            Rare? rare = e.Trigger is not null || e.Supersedes is not null || e.Note is not null ? new Rare(e.Trigger, e.Supersedes, e.Note) : null;
            Add(id[..Encoding.ASCII.GetBytes(e.Id.Value, id)], e.Company, e.Jurisdiction, e.Policy, e.Effective, e.Announced, e.Recorded, rare);
            foreach (var statement in e.Statements)
            {
                _statements.Add(numbers.Statement(statement));
            }
            _statementEnds.Add(_statements.Count);
            foreach (var source in e.Sources)
            {
                _sources.Add(numbers.Source(source));
            }
            _sourceEnds.Add(_sources.Count);
        }

        /// <summary>Adds the next event that a reader read straight into rows (<see cref="EventRows.TakeNext"/>).</summary>
        internal void Add(EventRows rows)
        {
            rows.TakeNext(out var row, out var id, out var statements, out var sources);
            _readAsRows++;
            Add(id, row.Company, row.Jurisdiction, row.Policy, row.Effective, row.Announced, row.Recorded,
                row.Note is null ? null : new Rare(null, null, row.Note));
            _statements.AddRange(statements);
            _statementEnds.Add(_statements.Count);
            _sources.AddRange(sources);
            _sourceEnds.Add(_sources.Count);
        }

        /// <summary>Adds an event's values but its citations, which the caller adds next.</summary>
        private void Add(ReadOnlySpan<byte> id, CompanyId company, JurisdictionCode jurisdiction, RequestPolicy policy, PartialDate? effective,
            PartialDate? announced, Instant recorded, Rare? rare)
        {
            if (_sealed is not null)
            {
                throw new InvalidOperationException("The events have been ordered; no event can be added.");
            }
            var read = Count;
            _ids.Add(id);

            ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, (company.Value, jurisdiction.Value), out var knownPair);
            if (!knownPair)
            {
                pair = _pairCompany.Count;
                _pairCompany.Add(company);
                _pairJurisdiction.Add(jurisdiction);
            }
            _pair.Add(pair);

            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_policies, policy, out var knownPolicy);
            if (!knownPolicy)
            {
                number = _policyList.Count;
                _policyList.Add(policy);
            }
            _policy.Add(number);

            _effective.Add(DateNumber(effective));
            _announced.Add(DateNumber(announced));

            var seconds = RecordedSeconds.Of(recorded);
            _recorded.Add(seconds);
            if (seconds == RecordedSeconds.Aside)
            {
                _recordedAside.Add(read, recorded);
            }

            if (rare is { } value)
            {
                _rare.Add(read, value);
            }
        }

        /// <summary>The positions, in the order read, of events whose id an earlier event already has, each with the
        /// position of that earlier event, in the order read; empty when every id is unique.</summary>
        internal List<(int First, int Repeat)> Repeats()
        {
            var built = Seal();
            var repeats = new List<(int, int)>();
            var first = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (var read = 0; read < Count; read++)
            {
                var id = built.Ids.TextOf(read);
                if (!first.TryAdd(id, read))
                {
                    repeats.Add((first[id], read));
                }
            }
            return repeats;
        }

        /// <summary>The id's text of the event added at a position.</summary>
        internal string IdOf(int read) => Seal().Ids.TextOf(read);

        /// <summary>The order of the events by id: <c>order[i]</c> is the position, in the order read, of the i-th
        /// smallest id. False when two events share an id (see <see cref="Repeats"/>).</summary>
        public bool TryOrder(out int[] order)
        {
            var built = Seal();
            return built.Ids.TryOrder(out order);
        }

        /// <summary>Says how the statements and sources the events cite are found in their stores; before
        /// <see cref="Build"/>.</summary>
        internal void Cite(CitedIds<StatementId> statements, int[] statementCodes, CitedIds<SourceId> sources, int[] sourceCodes) =>
            _citing = new Citing(statements, statementCodes, sources, sourceCodes);

        /// <summary>The store, its events sorted by id (see <see cref="TryOrder"/>); after <see cref="Cite"/>, and once: the
        /// store takes the columns, and turns their numbers into positions in place.</summary>
        public ColumnEventStore Build(int[] order)
        {
            var citing = _citing ?? throw new InvalidOperationException("The events' citations are not resolved (Cite).");
            if (_built)
            {
                throw new InvalidOperationException("The store has been built; a builder builds one.");
            }
            _built = true;
            return new(Seal(), order, citing);
        }

        /// <summary>The cited stores' codes (<see cref="CitedIds{TId}"/>) of the ids numbered by the load.</summary>
        internal sealed record Citing(CitedIds<StatementId> Statements, int[] StatementCodes, CitedIds<SourceId> Sources, int[] SourceCodes);

        private Sealed Seal() => _sealed ??= new Sealed(this);

        private int DateNumber(PartialDate? date) => date is { } value ? _dates.NumberOf(value) : -1;

        /// <summary>The columns as arrays, in the order read.</summary>
        internal sealed class Sealed(Builder b)
        {
            internal IdRuns Ids => b._ids;

            internal int[] Statements { get; } = b._statements.MoveToArray();

            internal int[] StatementEnds { get; } = b._statementEnds.MoveToArray();

            internal int[] Sources { get; } = b._sources.MoveToArray();

            internal int[] SourceEnds { get; } = b._sourceEnds.MoveToArray();

            internal int[] Pair { get; } = b._pair.MoveToArray();

            internal int ReadAsRows => b._readAsRows;

            internal List<CompanyId> PairCompany => b._pairCompany;

            internal List<JurisdictionCode> PairJurisdiction => b._pairJurisdiction;

            internal int[] Policy { get; } = b._policy.MoveToArray();

            internal List<RequestPolicy> Policies => b._policyList;

            internal int[] Effective { get; } = b._effective.MoveToArray();

            internal int[] Announced { get; } = b._announced.MoveToArray();

            internal DateTable Dates => b._dates;

            internal int[] Recorded { get; } = b._recorded.MoveToArray();

            internal Dictionary<int, Instant> RecordedAside => b._recordedAside;

            internal Dictionary<int, Rare> RareByRead => b._rare;

        }
    }
}
