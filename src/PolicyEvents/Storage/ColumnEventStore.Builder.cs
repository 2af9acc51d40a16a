using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

internal sealed partial class ColumnEventStore
{
    private ColumnEventStore(Builder built, int[] order)
    {
        var n = order.Length;
        var idLength = 0;
        _idEnds = new int[n];
        _pair = new int[n];
        _policy = new int[n];
        _effective = new int[n];
        _announced = new int[n];
        _recordedTicks = new long[n];
        _statementEnds = new int[n];
        _sourceEnds = new int[n];
        int statements = 0, sources = 0;
        for (var i = 0; i < n; i++)
        {
            var read = order[i];
            idLength += built.IdBytes(read).Length;
            _idEnds[i] = idLength;
            statements += built.StatementsOf(read).Length;
            _statementEnds[i] = statements;
            sources += built.SourcesOf(read).Length;
            _sourceEnds[i] = sources;
        }
        _ids = new byte[idLength];
        _statements = new StatementId[statements];
        _sources = new SourceId[sources];
        for (var i = 0; i < n; i++)
        {
            var read = order[i];
            built.IdBytes(read).CopyTo(_ids.AsSpan(i == 0 ? 0 : _idEnds[i - 1]));
            built.StatementsOf(read).CopyTo(_statements.AsSpan(i == 0 ? 0 : _statementEnds[i - 1]));
            built.SourcesOf(read).CopyTo(_sources.AsSpan(i == 0 ? 0 : _sourceEnds[i - 1]));
            _pair[i] = built.Pair[read];
            _policy[i] = built.Policy[read];
            _effective[i] = built.Effective[read];
            _announced[i] = built.Announced[read];
            _recordedTicks[i] = built.RecordedTicks[read];
        }
        _pairCompany = [.. built.PairCompany];
        _pairJurisdiction = [.. built.PairJurisdiction];
        _policies = [.. built.Policies];
        _dates = [.. built.Dates];
        if (built.RecordedBetweenTicks.Count > 0 || built.RareByRead.Count > 0)
        {
            var position = new int[n];
            for (var i = 0; i < n; i++)
            {
                position[order[i]] = i;
            }
            if (built.RecordedBetweenTicks.Count > 0)
            {
                _recordedBetweenTicks = built.RecordedBetweenTicks.ToDictionary(p => position[p.Key], p => p.Value);
            }
            if (built.RareByRead.Count > 0)
            {
                _rare = built.RareByRead.ToDictionary(p => position[p.Key], p => p.Value);
            }
        }
    }

    /// <summary>
    /// Takes events one at a time, in the order read, and keeps their columns; <see cref="Build"/> sorts them by id. Not
    /// thread-safe: one load adds from one thread (the parallel reader merges its batches in line order first).
    /// </summary>
    internal sealed class Builder
    {
        private byte[] _ids = new byte[4096];
        private int _idLength;
        private readonly List<int> _idEnds = [];
        private readonly List<int> _statementEnds = [];
        private readonly List<StatementId> _statements = [];
        private readonly List<int> _sourceEnds = [];
        private readonly List<SourceId> _sources = [];
        private readonly Dictionary<(string Company, string Jurisdiction), int> _pairs = [];
        private readonly Dictionary<RequestPolicy, int> _policies = [];
        private readonly Dictionary<PartialDate, int> _dates = [];

        internal List<int> Pair { get; } = [];

        internal List<CompanyId> PairCompany { get; } = [];

        internal List<JurisdictionCode> PairJurisdiction { get; } = [];

        internal List<int> Policy { get; } = [];

        internal List<RequestPolicy> Policies { get; } = [];

        internal List<int> Effective { get; } = [];

        internal List<int> Announced { get; } = [];

        internal List<PartialDate> Dates { get; } = [];

        internal List<long> RecordedTicks { get; } = [];

        internal Dictionary<int, Instant> RecordedBetweenTicks { get; } = [];

        internal Dictionary<int, Rare> RareByRead { get; } = [];

        /// <summary>The number of events added.</summary>
        internal int Count => _idEnds.Count;

        internal void Add(PolicyEvent e)
        {
            var read = Count;
            var id = e.Id.Value;
            if (_idLength + id.Length > _ids.Length)
            {
                Array.Resize(ref _ids, Math.Max(_ids.Length * 2, _idLength + id.Length));
            }
            _idLength += Encoding.ASCII.GetBytes(id, _ids.AsSpan(_idLength));
            _idEnds.Add(_idLength);

            ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, (e.Company.Value, e.Jurisdiction.Value), out var knownPair);
            if (!knownPair)
            {
                pair = PairCompany.Count;
                PairCompany.Add(e.Company);
                PairJurisdiction.Add(e.Jurisdiction);
            }
            Pair.Add(pair);

            ref var policy = ref CollectionsMarshal.GetValueRefOrAddDefault(_policies, e.Policy, out var knownPolicy);
            if (!knownPolicy)
            {
                policy = Policies.Count;
                Policies.Add(e.Policy);
            }
            Policy.Add(policy);

            Effective.Add(DateNumber(e.Effective));
            Announced.Add(DateNumber(e.Announced));

            var ticks = e.Recorded.ToUnixTimeTicks();
            RecordedTicks.Add(ticks);
            if (Instant.FromUnixTimeTicks(ticks) != e.Recorded)
            {
                RecordedBetweenTicks.Add(read, e.Recorded);
            }

            _statements.AddRange(e.Statements);
            _statementEnds.Add(_statements.Count);
            _sources.AddRange(e.Sources);
            _sourceEnds.Add(_sources.Count);
            if (e.Trigger is not null || e.Supersedes is not null || e.Note is not null)
            {
                RareByRead.Add(read, new Rare(e.Trigger, e.Supersedes, e.Note));
            }
        }

        /// <summary>The positions, in the order read, of events whose id an earlier event already has, each with the
        /// position of that earlier event, in the order read; empty when every id is unique.</summary>
        internal List<(int First, int Repeat)> Repeats()
        {
            var repeats = new List<(int, int)>();
            var first = new Dictionary<string, int>(Count, StringComparer.Ordinal);
            for (var read = 0; read < Count; read++)
            {
                var id = IdOf(read);
                if (!first.TryAdd(id, read))
                {
                    repeats.Add((first[id], read));
                }
            }
            return repeats;
        }

        /// <summary>The id's text of the event added at a position.</summary>
        internal string IdOf(int read) => Encoding.ASCII.GetString(IdBytes(read));

        /// <summary>The order of the events by id: <c>order[i]</c> is the position, in the order read, of the i-th
        /// smallest id. False when two events share an id (see <see cref="Repeats"/>).</summary>
        internal bool TryOrder(out int[] order)
        {
            order = new int[Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            var sorted = true;
            for (var i = 1; i < order.Length && sorted; i++)
            {
                sorted = IdBytes(i - 1).SequenceCompareTo(IdBytes(i)) < 0;
            }
            if (!sorted)
            {
                Array.Sort(order, (x, y) => IdBytes(x).SequenceCompareTo(IdBytes(y)));
                for (var i = 1; i < order.Length; i++)
                {
                    if (IdBytes(order[i - 1]).SequenceEqual(IdBytes(order[i])))
                    {
                        return false;
                    }
                }
            }
            return true;
        }

        /// <summary>The store, its events sorted by id (see <see cref="TryOrder"/>).</summary>
        internal ColumnEventStore Build(int[] order) => new(this, order);

        internal ReadOnlySpan<byte> IdBytes(int read)
        {
            var start = read == 0 ? 0 : _idEnds[read - 1];
            return _ids.AsSpan(start, _idEnds[read] - start);
        }

        internal ReadOnlySpan<StatementId> StatementsOf(int read)
        {
            var start = read == 0 ? 0 : _statementEnds[read - 1];
            return CollectionsMarshal.AsSpan(_statements).Slice(start, _statementEnds[read] - start);
        }

        internal ReadOnlySpan<SourceId> SourcesOf(int read)
        {
            var start = read == 0 ? 0 : _sourceEnds[read - 1];
            return CollectionsMarshal.AsSpan(_sources).Slice(start, _sourceEnds[read] - start);
        }

        private int DateNumber(PartialDate? date)
        {
            if (date is not { } value)
            {
                return -1;
            }
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_dates, value, out var known);
            if (!known)
            {
                number = Dates.Count;
                Dates.Add(value);
            }
            return number;
        }
    }
}
