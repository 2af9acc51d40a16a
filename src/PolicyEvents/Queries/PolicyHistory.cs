using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Queries;

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
/// <para>Costs: building is O(n log n); a point query is two hash lookups and a binary search, O(log n), and
/// allocates nothing; with a pair resolved once by <see cref="TryGetKey"/>, a point query is the binary search alone; a
/// snapshot over k keys is O(k log n). The index for <see cref="DateReading.Latest"/> is built (once, O(n log n)) by the first
/// query that reads dates that way. The index resolves instants to ticks (100 ns): two effective instants less
/// than a tick apart count as equal. <see cref="SearchStatements"/> streams (arguments are checked when it is called, the
/// search runs as it is enumerated); every other method returns a materialized, immutable list.</para>
/// <para>Instances are immutable and thread-safe: any number of threads may query one history without locks.</para>
/// </remarks>
public sealed partial class PolicyHistory
{
    private readonly HistoryCatalog _catalog;
    private readonly EventStore _events;
    private readonly NarrowInts _eventKey; // each event's key, in as few bytes as the keys' count needs
    private readonly Dictionary<string, int> _companyOrdinal;
    private readonly Dictionary<string, int> _jurisdictionOrdinal;
    private readonly PairTable _pairs;
    private readonly KeyInfo[] _keys;
    private readonly DateTimeZone[] _keyZone;
    private readonly TickIndex _earliest;
    private readonly Lazy<TickIndex> _latest;
    private readonly int[][] _keysOfCompany;
    private readonly int[][] _keysOfJurisdiction;
    private readonly int[] _keyCompanyOrdinal;
    private readonly CompanyId[] _companies;
    private readonly int[] _companiesInOrder;
    private readonly Lazy<Dictionary<StatementId, ImmutableArray<PolicyEvent>>> _citations;

    private PolicyHistory(HistoryCatalog catalog, Instant? knownAt)
    {
        _catalog = catalog;
        KnownAt = knownAt;

        // Supersession: an event is hidden when an event recorded by this view's instant names it in Supersedes.
        var all = catalog.Events;
        var superseded = new HashSet<EventId>();
        var candidates = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (IsRecorded(all, i, knownAt))
            {
                candidates++;
                if (all.SupersedesOf(i) is { } s)
                {
                    superseded.Add(s);
                }
            }
        }
        if (candidates == all.Count && superseded.Count == 0)
        {
            _events = all;
        }
        else if (all is ObjectEventStore objects)
        {
            // Objects: the view keeps the objects it shows, found by their ids.
            var events = new List<PolicyEvent>(candidates);
            for (var i = 0; i < all.Count; i++)
            {
                if (IsRecorded(all, i, knownAt) && (superseded.Count == 0 || !superseded.Contains(objects.Events[i].Id)))
                {
                    events.Add(objects.Events[i]);
                }
            }
            _events = new ObjectEventStore([.. events]);
        }
        else
        {
            // Columns (a catalog holds objects or columns): the view keeps positions; the superseded events are found by id
            // once each, not each event's id made.
            var columns = (ColumnEventStore)all;
            var hidden = new HashSet<int>(superseded.Count);
            foreach (var id in superseded)
            {
                hidden.Add(columns.IndexOf(id));
            }
            var kept = new List<int>(candidates);
            for (var i = 0; i < all.Count; i++)
            {
                if (IsRecorded(all, i, knownAt) && !hidden.Contains(i))
                {
                    kept.Add(i);
                }
            }
            _events = new SubsetEventStore(all, [.. kept]);
        }

        // Keys: one per (company, jurisdiction), with the events grouped by key. Companies and jurisdictions get dense
        // ordinals (looked up by their text, which the default string comparer hashes fastest), and a key is found by its
        // company's ordinal packed with the jurisdiction's code.
        var n = _events.Count;
        var eventKey = new int[n];
        _companyOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        _jurisdictionOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        _pairs = new PairTable();
        var keyCompany = new List<CompanyId>();
        var keyJurisdiction = new List<JurisdictionCode>();
        var keyCompanyOrdinal = new List<int>();
        var keyJurisdictionOrdinal = new List<int>();
        var counts = new List<int>();
        var companies = new List<CompanyId>();
        var jurisdictions = new List<JurisdictionCode>();
        string? lastCompany = null;
        var companyOrdinal = -1;
        for (var i = 0; i < n; i++)
        {
            var eventCompany = _events.CompanyOf(i);
            var eventJurisdiction = _events.JurisdictionOf(i);
            // A loaded dataset shares one string per id, and neighbouring events often share their company.
            if (!ReferenceEquals(eventCompany.Value, lastCompany))
            {
                ref var company = ref CollectionsMarshal.GetValueRefOrAddDefault(_companyOrdinal, eventCompany.Value, out var exists);
                if (!exists)
                {
                    company = companies.Count;
                    companies.Add(eventCompany);
                }
                companyOrdinal = company;
                lastCompany = eventCompany.Value;
            }
            var key = _pairs.GetOrAdd(PairTable.Pack(companyOrdinal, eventJurisdiction.Value), counts.Count, out var added);
            if (added)
            {
                ref var jurisdiction = ref CollectionsMarshal.GetValueRefOrAddDefault(_jurisdictionOrdinal, eventJurisdiction.Value, out var known);
                if (!known)
                {
                    jurisdiction = jurisdictions.Count;
                    jurisdictions.Add(eventJurisdiction);
                }
                keyCompany.Add(eventCompany);
                keyJurisdiction.Add(eventJurisdiction);
                keyCompanyOrdinal.Add(companyOrdinal);
                keyJurisdictionOrdinal.Add(jurisdiction);
                counts.Add(0);
            }
            counts[key]++;
            eventKey[i] = key;
        }
        _eventKey = new NarrowInts(eventKey);
        var keyCount = counts.Count;
        _keyCompanyOrdinal = [.. keyCompanyOrdinal];
        _companies = [.. companies];
        _companiesInOrder = InOrder(companies);
        var zoneOfJurisdiction = new DateTimeZone[jurisdictions.Count];
        for (var j = 0; j < jurisdictions.Count; j++)
        {
            zoneOfJurisdiction[j] = catalog.Registry.Get(jurisdictions[j]).TimeZone;
        }
        _keyZone = new DateTimeZone[keyCount];
        _keys = new KeyInfo[keyCount];
        var keyOffset = new int[keyCount + 1];
        for (var k = 0; k < keyCount; k++)
        {
            _keyZone[k] = zoneOfJurisdiction[keyJurisdictionOrdinal[k]];
            keyOffset[k + 1] = keyOffset[k] + counts[k];
            _keys[k] = new KeyInfo(keyCompany[k], keyJurisdiction[k], keyOffset[k], keyOffset[k + 1]);
        }

        // Per-key sorted arrays of ticks and events, one pair per reading; the latest reading's is built when first asked for.
        _earliest = BuildIndex(DateReading.Earliest);
        _latest = new(() => BuildIndex(DateReading.Latest), LazyThreadSafetyMode.PublicationOnly);

        // Each company's keys ordered by jurisdiction code, each jurisdiction's keys ordered by company id: bucket the keys by
        // company, walk the companies in id order to fill the jurisdictions' buckets, then walk the jurisdictions in code order
        // to refill the companies' buckets.
        _keysOfCompany = Buckets(keyCompanyOrdinal, companies.Count);
        _keysOfJurisdiction = Buckets(keyJurisdictionOrdinal, jurisdictions.Count);
        var byCompany = new int[companies.Count];
        for (var k = 0; k < keyCount; k++)
        {
            var c = keyCompanyOrdinal[k];
            _keysOfCompany[c][byCompany[c]++] = k;
        }
        var byJurisdiction = new int[jurisdictions.Count];
        foreach (var c in InOrder(companies))
        {
            foreach (var k in _keysOfCompany[c])
            {
                var j = keyJurisdictionOrdinal[k];
                _keysOfJurisdiction[j][byJurisdiction[j]++] = k;
            }
        }
        Array.Clear(byCompany);
        foreach (var j in InOrder(jurisdictions))
        {
            foreach (var k in _keysOfJurisdiction[j])
            {
                var c = keyCompanyOrdinal[k];
                _keysOfCompany[c][byCompany[c]++] = k;
            }
        }
        _citations = new(BuildCitations, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>One array per ordinal, sized to the number of keys with that ordinal.</summary>
    private static int[][] Buckets(List<int> ordinalOfKey, int ordinals)
    {
        var sizes = new int[ordinals];
        foreach (var ordinal in ordinalOfKey)
        {
            sizes[ordinal]++;
        }
        var buckets = new int[ordinals][];
        for (var o = 0; o < ordinals; o++)
        {
            buckets[o] = new int[sizes[o]];
        }
        return buckets;
    }

    /// <summary>The ordinals of the values in ascending (ordinal text) order of the values.</summary>
    private static int[] InOrder<T>(List<T> values)
        where T : IComparable<T>
    {
        var order = new int[values.Count];
        for (var o = 0; o < order.Length; o++)
        {
            order[o] = o;
        }
        var keys = values.ToArray();
        Array.Sort(keys, order);
        return order;
    }

    /// <summary>The tick index of this view under one reading: each key's events sorted by effective ticks, ties broken.</summary>
    private TickIndex BuildIndex(DateReading reading)
    {
        var entries = new IndexEntry[_events.Count];
        var cursor = new int[_keys.Length];
        for (var k = 0; k < cursor.Length; k++)
        {
            cursor[k] = _keys[k].Start;
        }
        var startsOfDay = new StartOfDayCache(_keyZone);
        for (var i = 0; i < entries.Length; i++)
        {
            var key = _eventKey[i];
            entries[cursor[key]++] = new IndexEntry(EffectiveTicks(_events.DateOf(i), key, startsOfDay, reading), i);
        }
        var comparer = new EntryComparer(_events);
        var index = TickIndex.Build(entries, _keys, comparer);
        var cover = new ushort[index.Events.Length];
        for (var p = 0; p < cover.Length; p++)
        {
            cover[p] = checked((ushort)_events.PolicyOf(index.Events[p]).Scope.CoverMask);
        }
        index.SetScopes(cover, AnyOriginPositions(index, comparer));
        return index;
    }

    /// <summary>For each company ordinal, the index positions of its events whose scope admits requests from any jurisdiction,
    /// in the index's order (ticks, then the tie rules); null for a company without such events (the usual case).</summary>
    private int[]?[] AnyOriginPositions(TickIndex index, EntryComparer comparer)
    {
        var result = new int[]?[_companies.Length];
        List<int>[]? lists = null;
        for (var k = 0; k < _keys.Length; k++)
        {
            for (var p = _keys[k].Start; p < _keys[k].End; p++)
            {
                if (_events.PolicyOf(index.Events[p]).Scope.Origin == RequestOrigin.AnyJurisdiction)
                {
                    lists ??= new List<int>[_companies.Length];
                    (lists[_keyCompanyOrdinal[k]] ??= []).Add(p);
                }
            }
        }
        if (lists is null)
        {
            return result;
        }
        for (var c = 0; c < lists.Length; c++)
        {
            if (lists[c] is { } list)
            {
                list.Sort((x, y) => comparer.Compare(new IndexEntry(index.Ticks[x], index.Events[x]), new IndexEntry(index.Ticks[y], index.Events[y])));
                result[c] = [.. list];
            }
        }
        return result;
    }

    /// <summary>
    /// The index ticks of a date under a reading: the same value as <see cref="EventTime.Read"/> on
    /// <see cref="PartialDate.ToInterval"/>, floored to ticks, through a cache of the zone's start of each local day.
    /// </summary>
    private static long EffectiveTicks(PartialDate date, int key, StartOfDayCache startsOfDay, DateReading reading)
    {
        if (date.Instant is { } instant)
        {
            return instant.ToUnixTimeTicks();
        }
        if (date.IsInterval)
        {
            return EventTime.Read(date.ToInterval(startsOfDay.Zone(key)), reading).ToUnixTimeTicks(); // rare: not cached
        }
        var start = startsOfDay.Ticks(key, date.StartDate);
        if (reading == DateReading.Earliest)
        {
            return start;
        }
        var last = date.EndDate;
        if (last.Year == 9999 && last.Month == 12 && last.Day == 31)
        {
            return Instant.MaxValue.ToUnixTimeTicks();
        }
        var end = startsOfDay.Ticks(key, last.PlusDays(1));
        return Math.Max(start, end - 1);
    }

    /// <summary>A history over events, statements and sources kept as columns (those of
    /// <c>PolicyDatasetSerializer.LoadHistory</c>), with the dataset's other records; the dataset has been validated, so
    /// its references resolve.</summary>
    internal static PolicyHistory FromStore(PolicyDataset dataset, EventStore events, ColumnStatementStore statements, ColumnSourceStore sources) =>
        new(new HistoryCatalog(events, dataset.Companies.ToDictionary(c => c.Id),
            new MaterializingTable<StatementId, Statement>(statements.Count, statements.IdOf, i => statements[i], statements.IndexOf), statements,
            new MaterializingTable<SourceId, Source>(sources.Count, sources.IdOf, i => sources[i], sources.IndexOf),
            dataset.Triggers.ToDictionary(t => t.Id), dataset.Registry), null);

    /// <summary>Builds a history from a dataset: its events, companies, statements, sources and triggers, with its
    /// jurisdictions read through <see cref="PolicyDataset.Registry"/> (the built-in ISO registry plus the dataset's own).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The history, in its default view: everything recorded, with every correction applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">The dataset has a dangling reference (run <see cref="PolicyDataset.Validate()"/> to
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

    /// <summary>The events this view sees, in the order given to <see cref="Create"/> (by id for a loaded history): those
    /// recorded by <see cref="KnownAt"/>, less those superseded by one of them.</summary>
    /// <remarks>A history loaded with <c>PolicyDatasetSerializer.LoadHistory</c> keeps its events as columns: each read of an
    /// item makes the event, equal to the one read but a new object each time.</remarks>
    public IReadOnlyList<PolicyEvent> Events => _events.AsList();

    /// <summary>Every event recorded in the dataset, superseded or recorded later than <see cref="KnownAt"/> included, in the
    /// order given (made on each read for a history loaded into columns, as <see cref="Events"/>).</summary>
    public IReadOnlyList<PolicyEvent> AllEvents => _catalog.Events.AsList();

    /// <summary>The companies, by id.</summary>
    public IReadOnlyDictionary<CompanyId, Company> Companies => _catalog.Companies;

    /// <summary>The statements, by id.</summary>
    /// <remarks>A history loaded with <c>PolicyDatasetSerializer.LoadHistory</c> keeps its statements as columns: each read
    /// of a value makes the statement, equal to the one read but a new object each time.</remarks>
    public IReadOnlyDictionary<StatementId, Statement> Statements => _catalog.Statements;

    /// <summary>The sources, by id.</summary>
    /// <remarks>A history loaded with <c>PolicyDatasetSerializer.LoadHistory</c> keeps its sources as columns: each read
    /// of a value makes the source, equal to the one read but a new object each time.</remarks>
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
        $"PolicyHistory ({_events.Count} events, {_keys.Length} keys, {(KnownAt is { } k ? $"known at {k}" : "all recorded")})";

    private static bool IsRecorded(EventStore events, int index, Instant? knownAt) => knownAt is not { } k || events.RecordedOf(index) <= k;

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

    // Read one property of an event of this view without materializing it (an answer or period asks for the object only
    // when its Event is read).
    internal CompanyId CompanyOfEvent(int index) => _events.CompanyOf(index);

    internal JurisdictionCode JurisdictionOfEvent(int index) => _events.JurisdictionOf(index);

    internal RequestPolicy PolicyOfEvent(int index) => _events.PolicyOf(index);

    internal EffectiveBasis BasisOfEvent(int index) => _events.EffectiveOf(index) is null ? EffectiveBasis.Announced : EffectiveBasis.Effective;

    /// <summary>Every event recorded, as this history's catalog holds them (objects or columns).</summary>
    internal EventStore AllEventsStore => _catalog.Events;

    /// <summary>The statements by position: objects, or the columns of a loaded history.</summary>
    internal StatementStore StatementStore => _catalog.StatementStore;

    internal Interval WindowOf(int index) => _events.DateOf(index).ToInterval(_keyZone[_eventKey[index]]);

    internal Instant EffectiveOf(int index, DateReading reading) => EventTime.Read(WindowOf(index), reading);

    internal CompanyId CompanyOfKey(int key) => _keys[key].Company;

    internal JurisdictionCode JurisdictionOfKey(int key) => _keys[key].Jurisdiction;

    /// <summary>The key of a pair, or -1 when this view has no event for it.</summary>
    private int KeyOf(CompanyId company, JurisdictionCode jurisdiction) =>
        _companyOrdinal.TryGetValue(company.Value, out var ordinal)
            ? _pairs.Find(PairTable.Pack(ordinal, jurisdiction.Value)) : -1;

    /// <summary>The keys of a jurisdiction ordered by company id, or null when this view has no event toward it.</summary>
    private int[]? KeysOf(JurisdictionCode jurisdiction) =>
        _jurisdictionOrdinal.TryGetValue(jurisdiction.Value, out var ordinal) ? _keysOfJurisdiction[ordinal] : null;

    /// <summary>The keys of a company ordered by jurisdiction code, or null when this view has no event of it.</summary>
    private int[]? KeysOf(CompanyId company) =>
        _companyOrdinal.TryGetValue(company.Value, out var ordinal) ? _keysOfCompany[ordinal] : null;

    /// <summary>The key's position in this view's tables; rejects a default key or one from another history or view.</summary>
    private int IndexOf(HistoryKey key, string paramName)
    {
        if (!ReferenceEquals(key.History, this))
        {
            ThrowForeignKey(key, paramName);
        }
        return key.Index;
    }

    private static void ThrowForeignKey(HistoryKey key, string paramName) =>
        throw new ArgumentException(key.IsDefault
            ? "A default HistoryKey names no pair: get keys from PolicyHistory.TryGetKey."
            : $"The key '{key}' belongs to another history or view: get keys from this history's TryGetKey.", paramName);

    /// <summary>The instant an index entry stands for: the event's own instant for an instant-precision date (the index
    /// floors it to ticks), the end of time for an open span's latest reading, else the ticks themselves (a start of day in
    /// a zone, or a tick before one, is a whole number of ticks). Equal to <see cref="EffectiveOf"/> without the zone.</summary>
    private Instant InstantOf(TickIndex index, int position)
    {
        var @event = index.Events[position];
        if (_events.InstantOf(@event) is { } instant)
        {
            return instant;
        }
        var ticks = index.Ticks[position];
        return ticks == MaxTicks ? Instant.MaxValue : Instant.FromUnixTimeTicks(ticks);
    }

    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();

    /// <summary>The event's statements, then its sources followed by its statements' sources not already listed.</summary>
    internal (ImmutableArray<Statement> Statements, ImmutableArray<Source> Sources) EvidenceOf(PolicyEvent e)
    {
        if (e.Statements.IsEmpty && e.Sources.IsEmpty)
        {
            return ([], []);
        }
        var statements = new Statement[e.Statements.Length];
        var statementSources = 0;
        for (var i = 0; i < statements.Length; i++)
        {
            statements[i] = _catalog.Statements[e.Statements[i]];
            statementSources += statements[i].Sources.Length;
        }
        var sourceIds = new List<SourceId>(e.Sources.Length + statementSources);
        sourceIds.AddRange(e.Sources);
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
        var sources = new Source[sourceIds.Count];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = _catalog.Sources[sourceIds[i]];
        }
        return (ImmutableCollectionsMarshal.AsImmutableArray(statements), ImmutableCollectionsMarshal.AsImmutableArray(sources));
    }

    private Dictionary<StatementId, ImmutableArray<PolicyEvent>> BuildCitations() =>
        _events.AsList().SelectMany(e => e.Statements.Select(s => (Statement: s, Event: e)))
            .GroupBy(p => p.Statement)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Event).ToImmutableArray());

    private TickIndex IndexFor(DateReading reading) => reading == DateReading.Earliest ? _earliest : _latest.Value;
}
