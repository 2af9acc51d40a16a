using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace PolicyEvents;

/// <summary>
/// An immutable, indexed history of policy events, built once, that answers temporal questions: the policy in force
/// at an instant or on a local date, snapshots across companies or jurisdictions, timelines, changes, responses to a
/// trigger, announcements, statement searches, company families, and bitemporal views (<see cref="AsKnownAt"/>).
/// </summary>
/// <remarks>
/// <para>The rules (effective time, date precision and readings, ties, supersession, families) are in
/// <c>docs/queries.md</c>. In short: an event takes effect at its <see cref="PolicyEvent.Effective"/> date if known, else its
/// <see cref="PolicyEvent.Announced"/> date; a date known to the day, month or year is read in the jurisdiction's time zone
/// at the start of its span (<see cref="DateReading.Earliest"/>) unless the query asks for <see cref="DateReading.Latest"/>;
/// of events taking effect at the same instant for the same company and jurisdiction, the one recorded later wins, then the
/// greater event id (ordinal).</para>
/// <para>Costs: building is O(n log n); a point query is a dictionary lookup and a binary search, O(log n), and allocates
/// nothing; a snapshot over k keys is O(k log n). The index resolves instants to ticks (100 ns): two effective instants less
/// than a tick apart count as equal. <see cref="SearchStatements"/> streams (arguments are checked when it is called, the
/// search runs as it is enumerated); every other method returns a materialized, immutable list.</para>
/// <para>Instances are immutable and thread-safe: any number of threads may query one history without locks.</para>
/// </remarks>
public sealed partial class PolicyHistory
{
    private readonly HistoryCatalog _catalog;
    private readonly PolicyEvent[] _events;
    private readonly int[] _eventKey;
    private readonly Dictionary<(CompanyId Company, JurisdictionCode Jurisdiction), int> _keys;
    private readonly CompanyId[] _keyCompany;
    private readonly JurisdictionCode[] _keyJurisdiction;
    private readonly DateTimeZone[] _keyZone;
    private readonly int[] _keyOffset;
    private readonly IndexEntry[] _earliest;
    private readonly IndexEntry[] _latest;
    private readonly Dictionary<JurisdictionCode, int[]> _keysByJurisdiction;
    private readonly Dictionary<CompanyId, int[]> _keysByCompany;
    private readonly Lazy<Dictionary<StatementId, ImmutableArray<PolicyEvent>>> _citations;

    private PolicyHistory(HistoryCatalog catalog, Instant? knownAt)
    {
        _catalog = catalog;
        KnownAt = knownAt;

        // Supersession: an event is hidden when an event recorded by this view's instant names it in Supersedes.
        var superseded = new HashSet<EventId>();
        var candidates = 0;
        foreach (var e in catalog.Events)
        {
            if (IsRecorded(e, knownAt))
            {
                candidates++;
                if (e.Supersedes is { } s)
                {
                    superseded.Add(s);
                }
            }
        }
        var events = new List<PolicyEvent>(candidates);
        foreach (var e in catalog.Events)
        {
            if (IsRecorded(e, knownAt) && (superseded.Count == 0 || !superseded.Contains(e.Id)))
            {
                events.Add(e);
            }
        }
        _events = [.. events];

        // Keys: one per (company, jurisdiction), with the events grouped by key.
        var n = _events.Length;
        _eventKey = new int[n];
        _keys = [];
        var keyCompany = new List<CompanyId>();
        var keyJurisdiction = new List<JurisdictionCode>();
        var counts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var e = _events[i];
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, (e.Company, e.Jurisdiction), out var exists);
            if (!exists)
            {
                key = counts.Count;
                keyCompany.Add(e.Company);
                keyJurisdiction.Add(e.Jurisdiction);
                counts.Add(0);
            }
            counts[key]++;
            _eventKey[i] = key;
        }
        _keyCompany = [.. keyCompany];
        _keyJurisdiction = [.. keyJurisdiction];
        _keyZone = [.. keyJurisdiction.Select(j => catalog.Registry.Get(j).TimeZone)];
        _keyOffset = new int[counts.Count + 1];
        for (var k = 0; k < counts.Count; k++)
        {
            _keyOffset[k + 1] = _keyOffset[k] + counts[k];
        }

        // Per-key sorted arrays of (ticks, event), one per reading.
        _earliest = new IndexEntry[n];
        _latest = new IndexEntry[n];
        var cursor = _keyOffset[..^1];
        var startsOfDay = new StartOfDayCache(_keyZone);
        for (var i = 0; i < n; i++)
        {
            var key = _eventKey[i];
            var (earliest, latest) = EffectiveTicks(EventTime.DateOf(_events[i]), key, startsOfDay);
            var position = cursor[key]++;
            _earliest[position] = new IndexEntry(earliest, i);
            _latest[position] = new IndexEntry(latest, i);
        }
        var comparer = new EntryComparer(_events);
        for (var k = 0; k < counts.Count; k++)
        {
            if (counts[k] > 1)
            {
                Array.Sort(_earliest, _keyOffset[k], counts[k], comparer);
                Array.Sort(_latest, _keyOffset[k], counts[k], comparer);
            }
        }

        var keyIndices = Enumerable.Range(0, counts.Count).ToArray();
        _keysByJurisdiction = keyIndices.GroupBy(k => _keyJurisdiction[k])
            .ToDictionary(g => g.Key, g => g.OrderBy(k => _keyCompany[k]).ToArray());
        _keysByCompany = keyIndices.GroupBy(k => _keyCompany[k])
            .ToDictionary(g => g.Key, g => g.OrderBy(k => _keyJurisdiction[k]).ToArray());
        _citations = new(BuildCitations, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>
    /// The index ticks of a date under both readings: the same values as <see cref="EventTime.Read"/> on
    /// <see cref="PartialDate.ToInterval"/>, through a cache of the zone's start of each local day.
    /// </summary>
    private static (long Earliest, long Latest) EffectiveTicks(PartialDate date, int key, StartOfDayCache startsOfDay)
    {
        if (date.Instant is { } instant)
        {
            var ticks = instant.ToUnixTimeTicks();
            return (ticks, ticks);
        }
        var start = startsOfDay.Ticks(key, date.StartDate);
        var last = date.EndDate;
        if (last.Year == 9999 && last.Month == 12 && last.Day == 31)
        {
            return (start, Instant.MaxValue.ToUnixTimeTicks());
        }
        var end = startsOfDay.Ticks(key, last.PlusDays(1));
        return (start, Math.Max(start, end - 1));
    }

    /// <summary>Builds a history from a dataset: its events, companies, statements, sources and triggers, with its
    /// jurisdictions read through <see cref="PolicyDataset.Registry"/> (the built-in ISO registry plus the dataset's own).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The history, in its default view: everything recorded, with every correction applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The dataset has a dangling reference (run <see cref="PolicyDataset.Validate"/> to
    /// list every problem); the message names it.</exception>
    public static PolicyHistory From(PolicyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Create(dataset.Events, dataset.Companies, dataset.Statements, dataset.Sources, dataset.Triggers, dataset.Registry);
    }

    /// <summary>
    /// Builds a history from a dataset's parts, in any order. Every reference is checked: the company of each event, its
    /// statements, sources, trigger and superseded event, the sources of each statement, and each jurisdiction, which must
    /// be in the registry (its time zone reads local dates).
    /// </summary>
    /// <param name="events">Every event recorded, superseded ones included.</param>
    /// <param name="companies">The companies; parents give the families.</param>
    /// <param name="statements">The statements.</param>
    /// <param name="sources">The sources.</param>
    /// <param name="triggers">The triggers.</param>
    /// <param name="registry">The jurisdictions; <see cref="JurisdictionRegistry.Default"/> when null.</param>
    /// <returns>The history, in its default view: everything recorded, with every correction applied.</returns>
    /// <exception cref="ArgumentNullException">A sequence is null.</exception>
    /// <exception cref="ArgumentException">A sequence holds null, an id repeats, or a reference is unknown; the message names it.</exception>
    public static PolicyHistory Create(IEnumerable<PolicyEvent> events, IEnumerable<Company> companies, IEnumerable<Statement> statements,
        IEnumerable<Source> sources, IEnumerable<Trigger> triggers, JurisdictionRegistry? registry = null) =>
        new(HistoryCatalog.Create(events, companies, statements, sources, triggers, registry ?? JurisdictionRegistry.Default), null);

    /// <summary>The recorded instant this view is as of, or null for the default view (everything recorded).</summary>
    public Instant? KnownAt { get; }

    /// <summary>The events this view sees, in the order given to <see cref="Create"/>: those recorded by <see cref="KnownAt"/>,
    /// less those superseded by one of them.</summary>
    public IReadOnlyList<PolicyEvent> Events => ImmutableCollectionsMarshal.AsImmutableArray(_events);

    /// <summary>Every event recorded in the dataset, superseded or recorded later than <see cref="KnownAt"/> included, in the order given.</summary>
    public IReadOnlyList<PolicyEvent> AllEvents => ImmutableCollectionsMarshal.AsImmutableArray(_catalog.Events);

    /// <summary>The companies, by id.</summary>
    public IReadOnlyDictionary<CompanyId, Company> Companies => _catalog.Companies;

    /// <summary>The statements, by id.</summary>
    public IReadOnlyDictionary<StatementId, Statement> Statements => _catalog.Statements;

    /// <summary>The sources, by id.</summary>
    public IReadOnlyDictionary<SourceId, Source> Sources => _catalog.Sources;

    /// <summary>The triggers, by id.</summary>
    public IReadOnlyDictionary<TriggerId, Trigger> Triggers => _catalog.Triggers;

    /// <summary>The jurisdictions whose time zones read local dates.</summary>
    public JurisdictionRegistry Registry => _catalog.Registry;

    /// <summary>
    /// The history as the dataset knew it at <paramref name="knownAt"/>: events recorded after it are invisible, and a
    /// superseding event replaces the event it corrects only in views at or after its own recorded instant. Views are always
    /// taken from the whole dataset, so calling this on a view gives the same result as on the default view.
    /// </summary>
    /// <param name="knownAt">The recorded instant; events with <see cref="PolicyEvent.Recorded"/> at or before it are known.</param>
    /// <returns>A new history (built in O(n log n); keep it if you query it often).</returns>
    public PolicyHistory AsKnownAt(Instant knownAt) => new(_catalog, knownAt);

    /// <summary>
    /// The company and all its descendants through <see cref="Company.Parent"/>: the company first, then each subsidiary
    /// followed by its own subsidiaries, siblings in id order. A company the history does not know is its own family.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <returns>The family's ids.</returns>
    /// <exception cref="ArgumentException"><paramref name="company"/> is the default value.</exception>
    public IReadOnlyList<CompanyId> Family(CompanyId company)
    {
        CheckCompany(company, nameof(company));
        var result = ImmutableArray.CreateBuilder<CompanyId>();
        var seen = new HashSet<CompanyId>();
        AddFamily(company, result, seen);
        return result.ToImmutable();
    }

    private void AddFamily(CompanyId company, ImmutableArray<CompanyId>.Builder result, HashSet<CompanyId> seen)
    {
        if (!seen.Add(company))
        {
            return;
        }
        result.Add(company);
        if (_catalog.Children.TryGetValue(company, out var children))
        {
            foreach (var child in children)
            {
                AddFamily(child, result, seen);
            }
        }
    }

    private IReadOnlyList<CompanyId> Members(CompanyId company, CompanyScope scope) =>
        scope == CompanyScope.CompanyOnly ? [company] : Family(company);

    /// <summary>Returns e.g. <c>PolicyHistory (12 events, 7 keys, known at 2020-07-15T00:00:00Z)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"PolicyHistory ({_events.Length} events, {_keyCompany.Length} keys, {(KnownAt is { } k ? $"known at {k}" : "all recorded")})";

    private static bool IsRecorded(PolicyEvent e, Instant? knownAt) => knownAt is not { } k || e.Recorded <= k;

    private static void CheckCompany(CompanyId company, string paramName)
    {
        if (company.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) CompanyId is not a valid value.", paramName);
        }
    }

    private static void CheckJurisdiction(JurisdictionCode jurisdiction, string paramName)
    {
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) JurisdictionCode is not a valid value.", paramName);
        }
    }

    // ----- Internals shared with the answer types -----

    internal PolicyEvent EventAt(int index) => _events[index];

    internal Interval WindowOf(int index) => EventTime.WindowOf(_events[index], _keyZone[_eventKey[index]]);

    internal Instant EffectiveOf(int index, DateReading reading) => EventTime.Read(WindowOf(index), reading);

    /// <summary>The event's statements, then its sources followed by its statements' sources not already listed.</summary>
    internal (ImmutableArray<Statement> Statements, ImmutableArray<Source> Sources) EvidenceOf(PolicyEvent e)
    {
        var statements = ImmutableArray.CreateBuilder<Statement>(e.Statements.Length);
        foreach (var id in e.Statements)
        {
            statements.Add(_catalog.Statements[id]);
        }
        var sourceIds = new List<SourceId>(e.Sources);
        foreach (var statement in statements)
        {
            foreach (var id in statement.Sources)
            {
                if (!sourceIds.Contains(id))
                {
                    sourceIds.Add(id);
                }
            }
        }
        return (statements.MoveToImmutable(), [.. sourceIds.Select(id => _catalog.Sources[id])]);
    }

    private Dictionary<StatementId, ImmutableArray<PolicyEvent>> BuildCitations() =>
        _events.SelectMany(e => e.Statements.Select(s => (Statement: s, Event: e)))
            .GroupBy(p => p.Statement)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Event).ToImmutableArray());

    private IndexEntry[] EntriesFor(DateReading reading) => reading == DateReading.Earliest ? _earliest : _latest;

    /// <summary>The position of the last entry in [lo, hi) with ticks at or before <paramref name="ticks"/>, or lo - 1.</summary>
    private static int LastAtOrBefore(IndexEntry[] entries, int lo, int hi, long ticks)
    {
        // Invariant: entries[lo0..lo) <= ticks, entries[hi..hi0) > ticks.
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (entries[mid].Ticks <= ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /// <summary>The position of the first entry in [lo, hi) with ticks at or after <paramref name="ticks"/>, or hi.</summary>
    private static int FirstAtOrAfter(IndexEntry[] entries, int lo, int hi, long ticks)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (entries[mid].Ticks < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The winner of the group of equal ticks that starts at or contains <paramref name="position"/>: its last entry.</summary>
    private static int WinnerOfGroup(IndexEntry[] entries, int position, int hi)
    {
        while (position + 1 < hi && entries[position + 1].Ticks == entries[position].Ticks)
        {
            position++;
        }
        return position;
    }
}
