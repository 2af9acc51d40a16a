using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Events held as columns, sorted by id: the ids' text front-coded in one block of bytes (<see cref="IdColumn{TId}"/>),
/// each event's company and jurisdiction as one number into a table of pairs, its policy and dates as numbers into
/// tables of the distinct values, its recorded instant as seconds (<see cref="RecordedSeconds"/>), and its statements
/// and sources as runs of one shared array each, of positions in the statement and source stores
/// (<see cref="CitedIds{TId}"/>): no string is referenced.
/// An event object is made only when asked for (<see cref="this[int]"/>), equal to the one read. Built by
/// <see cref="ColumnEventStore.Builder"/>.
/// </summary>
/// <remarks>What an event costs here, beyond the bytes of its id that the id before it does not share and about 2 more:
/// 1 to 4 bytes each of pair, policy, effective and announced date, as the tables' sizes need (<see cref="NarrowInts"/>),
/// 4 of recorded seconds, 4.5 of run ends (<see cref="RunEnds"/>) and 4 per statement or source cited; the tables of
/// distinct values are shared. Triggers, corrections, notes and recorded instants that are not whole seconds of these
/// years, which few events have, are kept aside by position.</remarks>
internal sealed partial class ColumnEventStore : EventStore
{
    private readonly IdColumn<EventId> _ids;
    private readonly NarrowInts _pair;
    private readonly CompanyId[] _pairCompany;
    private readonly JurisdictionCode[] _pairJurisdiction;
    private readonly int[] _pairCompanyNumber;
    private readonly NarrowInts _policy;
    private readonly RequestPolicy[] _policies;
    private readonly NarrowInts _effective;
    private readonly NarrowInts _announced;
    private readonly PackedDates _dates;
    private readonly int[] _recorded; // RecordedSeconds
    private readonly Dictionary<int, Instant>? _recordedAside;
    private readonly RunEnds _statementEnds;
    private readonly int[] _statements;
    private readonly CitedIds<StatementId> _citedStatements;
    private readonly RunEnds _sourceEnds;
    private readonly int[] _sources;
    private readonly CitedIds<SourceId> _citedSources;
    private readonly Dictionary<int, Rare>? _rare;

    /// <summary>What few events have: a trigger, a corrected event, a note.</summary>
    internal readonly record struct Rare(TriggerId? Trigger, EventId? Supersedes, string? Note);

    internal override int Count => _ids.Count;

    /// <summary>How many of the events were read straight from their text into columns (<see cref="EventRows"/>), not
    /// through an event object: what tests and benchmarks check the serializer's plain path by.</summary>
    internal int ReadAsRows { get; }

    internal override PolicyEvent this[int index]
    {
        get
        {
            var rare = RareOf(index);
            return new PolicyEvent(IdOf(index), CompanyOf(index), JurisdictionOf(index), PolicyOf(index),
                EffectiveOf(index), AnnouncedOf(index), RecordedOf(index),
                StatementsOf(index).ToArray(), SourcesOf(index).ToArray(), rare.Trigger, rare.Supersedes, rare.Note);
        }
    }

    internal override EventId IdOf(int index) => _ids.IdOf(index);

    internal override CompanyId CompanyOf(int index) => _pairCompany[_pair[index]];

    internal override JurisdictionCode JurisdictionOf(int index) => _pairJurisdiction[_pair[index]];

    internal override RequestPolicy PolicyOf(int index) => _policies[_policy[index]];

    /// <summary>A number per distinct (company, jurisdiction, effective date) of an event with an effective date, for
    /// grouping events without hashing their values: equal numbers, equal values.</summary>
    internal long PairAndEffectiveKey(int index) => ((long)_pair[index] << 32) | (uint)_effective[index];

    /// <summary>A number per distinct company of an event, from 0 to the number of distinct companies less one.</summary>
    internal int CompanyNumberOf(int index) => _pairCompanyNumber[_pair[index]];

    /// <summary>A number per distinct (company, <see cref="DateOf"/>) of an event, for grouping events without hashing
    /// their values: equal numbers, equal values.</summary>
    internal long CompanyAndDateKey(int index) =>
        ((long)_pairCompanyNumber[_pair[index]] << 32) | (uint)DateNumber(index);

    internal override PartialDate DateOf(int index) => _dates[DateNumber(index)];

    internal override Instant? InstantOf(int index) => _dates.InstantOf(DateNumber(index));

    /// <summary>The number of the event's date (<see cref="DateOf"/>): its effective date's, else its announcement's.</summary>
    private int DateNumber(int index) => _effective[index] is var effective && effective >= 0 ? effective : _announced[index];

    internal override PartialDate? EffectiveOf(int index) => _effective[index] >= 0 ? _dates[_effective[index]] : null;

    internal override PartialDate? AnnouncedOf(int index) => _announced[index] >= 0 ? _dates[_announced[index]] : null;

    internal override Instant RecordedOf(int index) =>
        _recorded[index] is var seconds && seconds != RecordedSeconds.Aside ? RecordedSeconds.ToInstant(seconds) : _recordedAside![index];

    internal override EventId? SupersedesOf(int index) => RareOf(index).Supersedes;

    // The rows are in their ids' order, each id once (IdColumn): positions compare as the ids do.
    internal override int CompareIds(int left, int right) => left.CompareTo(right);

    /// <summary>The position of the event with this id, or -1.</summary>
    internal int IndexOf(EventId id) => _ids.IndexOf(id);

    internal override IReadOnlyList<PolicyEvent> AsList() => new EventList(this);

    /// <summary>The bytes this store keeps, its tables of distinct values excepted (they are shared with every other
    /// reader of them): what <c>benchmarks/RESULTS.md</c> counts per event.</summary>
    internal long ColumnBytes =>
        _ids.Bytes + _pair.Bytes + _policy.Bytes + _effective.Bytes
        + _announced.Bytes + (4L * _recorded.Length) + _statementEnds.Bytes + (4L * _statements.Length)
        + _sourceEnds.Bytes + (4L * _sources.Length);

    internal override TriggerId? TriggerOf(int index) => RareOf(index).Trigger;

    internal override Citations<StatementId> StatementsOf(int index) => new(_statementEnds.Run(_statements, index), _citedStatements);

    internal override Citations<SourceId> SourcesOf(int index) => new(_sourceEnds.Run(_sources, index), _citedSources);

    private Rare RareOf(int index) => _rare is not null && _rare.TryGetValue(index, out var rare) ? rare : default;
}
