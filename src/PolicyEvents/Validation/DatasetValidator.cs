using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Validation;

/// <summary>Finds every content problem of a dataset (the PE01xx codes).</summary>
internal static class DatasetValidator
{
    /// <summary>Reports a problem of the record at <paramref name="index"/> of a kind, at a member of it (null: the record).</summary>
    private delegate void Reporter(DiagnosticSeverity severity, string code, string message, DatasetRecordKind kind, int index, string? member);

    /// <summary>From this many events, the checks of events against each other run beside the checks of references.</summary>
    private const int EventsForParallelChecks = 10_000;

    internal static ImmutableArray<Diagnostic> Validate(IDatasetContents dataset, RecordLocations locations) =>
        Validate(dataset, locations, dataset.Events.Count >= EventsForParallelChecks);

    /// <summary>Validates, with the checks of events against each other, and chunks of <paramref name="chunkSize"/>
    /// statements and events, on other threads or not (the same diagnostics).</summary>
    internal static ImmutableArray<Diagnostic> Validate(IDatasetContents dataset, RecordLocations locations, bool parallel, int chunkSize = ChunkSize)
    {
        // The checks of events against each other (conflicts, contradictions) build tables over every event: in a large
        // dataset they run on other threads beside the checks of references, each into its own list, and the lists are
        // joined in the order one thread gives. The contents are only read, by every thread.
        // Both take the events one company at a time: the first to start groups them, the other waits for that.
        var byCompany = new Lazy<EventsByCompany>(() => EventsByCompany.Of(dataset.Events));
        var conflicts = parallel ? Task.Run(() => Collect(locations, report => ValidateConflicts(dataset, byCompany, report))) : null;
        var contradictions = parallel ? Task.Run(() => Collect(locations, report => ValidateContradictions(dataset, byCompany, report))) : null;
        var found = new List<Diagnostic>();
        var sourceStore = dataset.Sources; // a dataset makes its store on each read
        void Report(DiagnosticSeverity severity, string code, string message, DatasetRecordKind kind, int index, string? member) =>
            found.Add(new Diagnostic(severity, code, message, locations.Locate(kind, index, member)));
        void Error(string code, string message, DatasetRecordKind kind, int index, string? member) =>
            Report(DiagnosticSeverity.Error, code, message, kind, index, member);
        void CheckSources(ReadOnlySpan<SourceId> sources, Owner owner, DatasetRecordKind kind, int index, string member) =>
            DatasetValidator.CheckSources(sourceStore, sources, owner, kind, index, member, Report);
        void CheckJurisdiction(JurisdictionCode code, Owner owner, DatasetRecordKind kind, int index, string member) =>
            DatasetValidator.CheckJurisdiction(dataset.Registry, code, owner, kind, index, member, Report);

        CheckSources(dataset.MetadataSources.AsSpan(), new Owner("The dataset's metadata", null), DatasetRecordKind.Metadata, 0, "sources");
        ValidateCompanies(dataset, Error);

        for (var i = 0; i < dataset.Jurisdictions.Length; i++)
        {
            var jurisdiction = dataset.Jurisdictions[i];
            if (jurisdiction.Parent is { } parent)
            {
                CheckJurisdiction(parent, new Owner("Jurisdiction", jurisdiction.Code.Value), DatasetRecordKind.Jurisdiction, i, "parent");
            }
        }

        for (var i = 0; i < sourceStore.Count; i++)
        {
            if (!sourceStore.HasPublisher(i))
            {
                Report(DiagnosticSeverity.Warning, DiagnosticCodes.IncompleteSource, $"Source '{sourceStore.IdOf(i)}' has no publisher: give a publisher so readers can find it.",
                    DatasetRecordKind.Source, i, "publisher");
            }
            if (!sourceStore.HasTitle(i))
            {
                Report(DiagnosticSeverity.Information, DiagnosticCodes.SourceWithoutTitle,
                    $"Source '{sourceStore.IdOf(i)}' has no title: readers find it by its address; give its title where it is known.",
                    DatasetRecordKind.Source, i, "title");
            }
        }

        // Statements are read through the store's columns too: no statement, and no string of its text, is made. In a
        // large dataset, chunks of them are checked on several threads, each into its own list, joined in order.
        var statementStore = dataset.Statements;
        InChunks(statementStore.Count, parallel, chunkSize, locations, found, (start, end, report) => CheckStatements(dataset, statementStore, sourceStore, start, end, report));

        for (var i = 0; i < dataset.Triggers.Length; i++)
        {
            var trigger = dataset.Triggers[i];
            var owner = new Owner("Trigger", trigger.Id.Value);
            CheckJurisdiction(trigger.Jurisdiction, owner, DatasetRecordKind.Trigger, i, "jurisdiction");
            CheckSources(trigger.Sources.AsSpan(), owner, DatasetRecordKind.Trigger, i, "sources");
            for (var c = 0; c < trigger.EffectiveClaims.Length; c++)
            {
                CheckSources(trigger.EffectiveClaims[c].Sources.AsSpan(), owner, DatasetRecordKind.Trigger, i, Indexed("effectiveClaims", c) + ".sources");
            }
        }

        // Events are read through the store's columns: a store of columns materializes no event to check its references.
        var events = dataset.Events;
        var registry = dataset.Registry;
        InChunks(events.Count, parallel, chunkSize, locations, found, (start, end, report) => CheckEvents(dataset, registry, events, sourceStore, start, end, report));

        found.AddRange(conflicts?.GetAwaiter().GetResult() ?? Collect(locations, report => ValidateConflicts(dataset, byCompany, report)));
        found.AddRange(contradictions?.GetAwaiter().GetResult() ?? Collect(locations, report => ValidateContradictions(dataset, byCompany, report)));

        for (var i = 0; i < dataset.Figures.Length; i++)
        {
            var figures = dataset.Figures[i];
            var owner = new Owner($"Figure set {new FigureKey(figures)}", null);
            if (!dataset.TryGetCompany(figures.Company, out _))
            {
                Error(DiagnosticCodes.UnknownCompany, $"{owner} names company '{figures.Company}', which the dataset does not define.", DatasetRecordKind.Figure, i, "company");
            }
            if (figures.Jurisdiction is { } code)
            {
                CheckJurisdiction(code, owner, DatasetRecordKind.Figure, i, "jurisdiction");
            }
            if (figures.Category.AssistingJurisdiction is { } assisting)
            {
                CheckJurisdiction(assisting, owner, DatasetRecordKind.Figure, i, "assistingJurisdiction");
            }
            if (figures.Provenance?.Source is { } source && sourceStore.IndexOf(source) < 0)
            {
                Error(DiagnosticCodes.UnknownSource, $"{owner} names source '{source}', which the dataset does not define.", DatasetRecordKind.Figure, i, "provenance.source");
            }
        }
        ValidateFigures(dataset, locations, Report);
        return [.. found];
    }

    /// <summary>How many records a chunk of a parallel check holds.</summary>
    private const int ChunkSize = 16_384;

    /// <summary>Runs <paramref name="check"/> over the records 0 to <paramref name="count"/>, in chunks on several threads
    /// when <paramref name="parallel"/>, and adds what it reports to <paramref name="found"/> in the order of one pass.</summary>
    private static void InChunks(int count, bool parallel, int chunkSize, RecordLocations locations, List<Diagnostic> found,
        Action<int, int, Reporter> check)
    {
        if (!parallel || count <= chunkSize)
        {
            found.AddRange(Collect(locations, report => check(0, count, report)));
            return;
        }
        var chunks = new List<Diagnostic>[(count + chunkSize - 1) / chunkSize];
        Parallel.For(0, chunks.Length, c => chunks[c] = Collect(locations, report => check(c * chunkSize, Math.Min(count, (c + 1) * chunkSize), report)));
        foreach (var chunk in chunks)
        {
            found.AddRange(chunk);
        }
    }

    /// <summary>The references and dates of the statements <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static void CheckStatements(IDatasetContents dataset, StatementStore statementStore, SourceStore sourceStore, int start, int end,
        Reporter report)
    {
        void Error(string code, string message, DatasetRecordKind kind, int index, string? member) =>
            report(DiagnosticSeverity.Error, code, message, kind, index, member);
        for (var i = start; i < end; i++)
        {
            var owner = new Owner("Statement", statementStore, i);
            var company = statementStore.SpeakerCompanyOf(i);
            var statementSources = statementStore.SourcesOf(i);
            if (!dataset.TryGetCompany(company, out _))
            {
                Error(DiagnosticCodes.UnknownCompany, $"{owner} is attributed to company '{company}', which the dataset does not define.",
                    DatasetRecordKind.Statement, i, "speaker.company");
            }
            CheckSources(sourceStore, statementSources, owner, DatasetRecordKind.Statement, i, "sources", report);
            var variants = statementStore.VariantsOf(i);
            for (var v = 0; v < variants.Length; v++)
            {
                var variant = variants[v];
                var member = Indexed("variants", v);
                if (variant.Speaker is { } attributed && !dataset.TryGetCompany(attributed.Company, out _))
                {
                    Error(DiagnosticCodes.UnknownCompany,
                        $"{owner} is attributed in its variant {v} to company '{attributed.Company}', which the dataset does not define.",
                        DatasetRecordKind.Statement, i, member + ".speaker.company");
                }
                if (!variant.Sources.IsEmpty)
                {
                    CheckSources(sourceStore, variant.Sources.AsSpan(), owner.WithSuffix(string.Create(CultureInfo.InvariantCulture, $" (variant {v})")),
                        DatasetRecordKind.Statement, i, member + ".sources", report);
                }
            }
            if (statementSources.IsEmpty)
            {
                report(DiagnosticSeverity.Warning, DiagnosticCodes.StatementWithoutSource, $"{owner} names no source: add the sources that report it.",
                    DatasetRecordKind.Statement, i, null);
            }
            else if (statementStore.DateOf(i) is { } said && AfterEverySource(sourceStore, said, statementSources) is { } latest)
            {
                Error(DiagnosticCodes.StatementAfterSources,
                    $"{owner} is dated {said}, after the publication of every source that reports it (the latest, '{latest.Id}', is dated {latest.Published}).",
                    DatasetRecordKind.Statement, i, "date");
            }
        }
    }

    /// <summary>The references of the events <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static void CheckEvents(IDatasetContents dataset, JurisdictionRegistry registry, EventStore events, SourceStore sourceStore, int start, int end,
        Reporter report)
    {
        void Error(string code, string message, int index, string? member) =>
            report(DiagnosticSeverity.Error, code, message, DatasetRecordKind.Event, index, member);
        for (var i = start; i < end; i++)
        {
            var owner = new Owner("Event", events, i);
            var company = events.CompanyOf(i);
            if (!dataset.TryGetCompany(company, out _))
            {
                Error(DiagnosticCodes.UnknownCompany, $"{owner} names company '{company}', which the dataset does not define.", i, "company");
            }
            CheckJurisdiction(registry, events.JurisdictionOf(i), owner, DatasetRecordKind.Event, i, "jurisdiction", report);
            var statements = events.StatementsOf(i);
            for (var s = 0; s < statements.Length; s++)
            {
                if (statements.IsResolved ? statements.PositionAt(s) < 0 : !dataset.HasStatement(statements[s]))
                {
                    Error(DiagnosticCodes.UnknownStatement, $"{owner} names statement '{statements[s]}', which the dataset does not define.", i, Indexed("statements", s));
                }
            }
            CheckSources(sourceStore, events.SourcesOf(i), owner, DatasetRecordKind.Event, i, "sources", report);
            if (events.TriggerOf(i) is { } trigger && !dataset.TryGetTrigger(trigger, out _))
            {
                Error(DiagnosticCodes.UnknownTrigger, $"{owner} names trigger '{trigger}', which the dataset does not define.", i, "trigger");
            }
            if (events.SupersedesOf(i) is { } superseded && !dataset.TryGetEvent(superseded, out _))
            {
                Error(DiagnosticCodes.UnknownSupersededEvent, $"{owner} supersedes event '{superseded}', which the dataset does not define.", i, "supersedes");
            }
        }
    }

    private static void CheckSources(SourceStore sourceStore, Citations<SourceId> sources, Owner owner, DatasetRecordKind kind, int index, string member,
        Reporter report)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            if (PositionOf(sourceStore, sources, i) < 0)
            {
                report(DiagnosticSeverity.Error, DiagnosticCodes.UnknownSource, $"{owner} names source '{sources[i]}', which the dataset does not define.", kind, index, Indexed(member, i));
            }
        }
    }

    private static void CheckJurisdiction(JurisdictionRegistry registry, JurisdictionCode code, Owner owner, DatasetRecordKind kind, int index, string member,
        Reporter report)
    {
        if (!registry.Contains(code))
        {
            report(DiagnosticSeverity.Error, DiagnosticCodes.UnknownJurisdiction,
                $"{owner} names jurisdiction '{code}', which is neither in the built-in ISO 3166-1 registry nor defined by the dataset.", kind, index, member);
        }
    }

    /// <summary>The diagnostics one check reports, in its order.</summary>
    private static List<Diagnostic> Collect(RecordLocations locations, Action<Reporter> check)
    {
        var found = new List<Diagnostic>();
        check((severity, code, message, kind, index, member) => found.Add(new Diagnostic(severity, code, message, locations.Locate(kind, index, member))));
        return found;
    }

    /// <summary>The plausibility checks of <see cref="FigureValidator"/> on each figure set (every version), overlapping periods
    /// for one key among the latest versions (the same dates repeat only as versions), all warnings since the figures are
    /// what was published; and each restatement, as information.</summary>
    private static void ValidateFigures(IDatasetContents dataset, RecordLocations locations, Reporter report)
    {
        var issues = System.Collections.Immutable.ImmutableArray.CreateBuilder<FigureIssue>();
        for (var i = 0; i < dataset.Figures.Length; i++)
        {
            issues.Clear();
            FigureValidator.CheckOne(dataset.Figures[i], static (_, field) => MemberOf(field), issues);
            foreach (var issue in issues)
            {
                var code = issue.Code switch
                {
                    "negative-count" => DiagnosticCodes.NegativeFigure,
                    "percentage-out-of-range" => DiagnosticCodes.PercentageOutOfRange,
                    _ => DiagnosticCodes.ProducedExceedsReceived,
                };
                report(DiagnosticSeverity.Warning, code, issue.Message, DatasetRecordKind.Figure, i, issue.Column);
            }
        }
        // Versions of one key share its dates: the overlap check reads the latest version of each key.
        var latest = new List<int>(dataset.Figures.Length);
        for (var i = 0; i < dataset.Figures.Length; i++)
        {
            if (i + 1 == dataset.Figures.Length || !dataset.Figures[i].HasSameKey(dataset.Figures[i + 1]))
            {
                latest.Add(i);
            }
            if (i > 0 && dataset.Figures[i - 1].HasSameKey(dataset.Figures[i]) && !dataset.Figures[i - 1].HasSameValue(dataset.Figures[i]))
            {
                var restatement = new FigureRestatement(dataset.Figures[i - 1], dataset.Figures[i]);
                report(DiagnosticSeverity.Information, DiagnosticCodes.FigureRestated,
                    $"{restatement} The version before is the figure set at {locations.Locate(DatasetRecordKind.Figure, i - 1, null)}.",
                    DatasetRecordKind.Figure, i, null);
            }
        }
        var latestSets = latest.ConvertAll(i => dataset.Figures[i]);
        foreach (var (earlierLatest, laterLatest) in FigureValidator.OverlappingPairs(latestSets))
        {
            var (earlier, later) = (latest[earlierLatest], latest[laterLatest]);
            var first = dataset.Figures[earlier];
            var second = dataset.Figures[later];
            var where = locations.Locate(DatasetRecordKind.Figure, earlier, null);
            report(DiagnosticSeverity.Warning, DiagnosticCodes.OverlappingFigurePeriods,
                $"Figure set {new FigureKey(second)}: its period overlaps {first.Period} of the figure set at {where} for the same company, jurisdiction and category; "
                + "the same requests would be counted twice.", DatasetRecordKind.Figure, later, "start");
        }
    }

    /// <summary>The dataset member of a figure: the <see cref="RequestFigures"/> property name in camel case (<c>requestsWithDataProduced</c>).</summary>
    private static string MemberOf(FigureField field)
    {
        var name = field.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Who names a reference, as messages say it (<c>Event 'e1'</c>), formatted only when a problem is reported:
    /// a large dataset without problems builds no message text.</summary>
    private readonly record struct Owner(string Kind, string? Id, string? Suffix = null)
    {
        private readonly object? _store;
        private readonly int _index;

        /// <summary>An event of a store, whose id is read (materialized, for a store of columns) only for a message.</summary>
        internal Owner(string kind, EventStore events, int index)
            : this(kind, null) => (_store, _index) = (events, index);

        /// <summary>A statement of a store, whose id is read (made from its bytes, for a store of columns) only for a message.</summary>
        internal Owner(string kind, StatementStore statements, int index)
            : this(kind, null) => (_store, _index) = (statements, index);

        internal Owner WithSuffix(string suffix) => this with { Suffix = suffix };

        public override string ToString()
        {
            var id = Id ?? _store switch
            {
                EventStore events => events.IdOf(_index).Value,
                StatementStore statements => statements.IdOf(_index).Value,
                _ => null,
            };
            return (id is null ? Kind : $"{Kind} '{id}'") + Suffix;
        }
    }

    private static string Indexed(string member, int index) => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]");

    /// <summary>
    /// The latest-published source when the statement's date lies after the publication of every source that reports it;
    /// otherwise null (also when a source is missing or undated). Local dates get one day of slack, since a source's date
    /// and a statement's date may be read in different time zones; two instants are compared exactly.
    /// </summary>
    private static (SourceId Id, PartialDate Published)? AfterEverySource(SourceStore store, PartialDate said, Citations<SourceId> sources)
    {
        (SourceId Id, PartialDate Published)? latest = null;
        for (var i = 0; i < sources.Length; i++)
        {
            var index = PositionOf(store, sources, i);
            if (index < 0 || store.PublishedOf(index) is not { } published)
            {
                return null;
            }
            var after = said.Instant is { } saidAt && published.Instant is { } publishedAt
                ? saidAt > publishedAt
                : published.EndDate < NodaTime.LocalDate.MaxIsoValue && said.StartDate > published.EndDate.PlusDays(1); // an open end has no day after it
            if (!after)
            {
                return null;
            }
            if (latest is null || published > latest.Value.Published)
            {
                latest = (sources[i], published);
            }
        }
        return latest;
    }

    /// <summary>The position in <paramref name="store"/> of the <paramref name="index"/>-th source cited, or -1: read from a
    /// column store's codes, else looked up.</summary>
    private static int PositionOf(SourceStore store, Citations<SourceId> sources, int index) =>
        sources.IsResolved ? sources.PositionAt(index) : store.IndexOf(sources[index]);

    private static void ValidateCompanies(IDatasetContents dataset, Action<string, string, DatasetRecordKind, int, string?> error)
    {
        var inCycle = new HashSet<CompanyId>();
        for (var i = 0; i < dataset.Companies.Length; i++)
        {
            var company = dataset.Companies[i];
            if (company.Parent is not { } parent)
            {
                continue;
            }
            if (!dataset.TryGetCompany(parent, out _))
            {
                error(DiagnosticCodes.UnknownParentCompany, $"Company '{company.Id}' has parent '{parent}', which is not a company of the dataset.",
                    DatasetRecordKind.Company, i, "parent");
                continue;
            }
            // Walk up the parents; a walk that comes back to this company is a cycle, reported once at its smallest id.
            var chain = new List<CompanyId> { company.Id };
            var seen = new HashSet<CompanyId> { company.Id };
            var current = parent;
            while (dataset.TryGetCompany(current, out var next))
            {
                if (!seen.Add(current))
                {
                    if (current == company.Id && chain.Min() == company.Id && inCycle.Add(company.Id))
                    {
                        error(DiagnosticCodes.ParentCycle, $"Companies {string.Join(" → ", chain.Select(c => $"'{c}'"))} → '{company.Id}' form a parent cycle.",
                            DatasetRecordKind.Company, i, "parent");
                    }
                    break;
                }
                chain.Add(current);
                if (next.Parent is null)
                {
                    break;
                }
                current = next.Parent.Value;
            }
        }
    }

    /// <summary>
    /// Events of one company that take effect on the same date (effective, else announced) with overlapping scopes (the
    /// requesting jurisdiction included: a scope from any jurisdiction overlaps every jurisdiction) and different stances,
    /// neither superseding the other, and not already a PE0110 conflict (same jurisdiction, same effective date). Reported as
    /// a warning on the later event: the tie rules still choose one, but the data says two things at once.
    /// </summary>
    private static void ValidateContradictions(IDatasetContents dataset, Lazy<EventsByCompany> byCompany, Reporter report)
    {
        // Columns number their companies and dates: grouping by those numbers hashes two integers, not the values.
        var events = dataset.Events;
        if (events is ColumnEventStore columns)
        {
            ValidateContradictions(events, byCompany.Value, columns.CompanyAndDateKey, SpreadInt64Comparer.Instance, report);
        }
        else
        {
            ValidateContradictions(events, byCompany.Value, i => (events.CompanyOf(i), events.DateOf(i)), null, report);
        }
    }

    /// <summary>Events grouped by company and date (<paramref name="keyOf"/>: equal keys, equal company and date), one
    /// company at a time.</summary>
    private static void ValidateContradictions<TKey>(EventStore events, EventsByCompany byCompany, Func<int, TKey> keyOf, IEqualityComparer<TKey>? comparer,
        Reporter report) where TKey : notnull
    {
        // Most groups hold one event: it is kept as an index, and a list is made only for a group that grows.
        var first = new Dictionary<TKey, int>(comparer);
        var groups = new Dictionary<TKey, List<int>>(comparer);
        var found = new ReportsInEventOrder();
        for (var c = 0; c < byCompany.Companies; c++)
        {
            first.Clear();
            groups.Clear();
            foreach (var i in byCompany.EventsOf(c))
            {
                var key = keyOf(i);
                ref var firstOfGroup = ref CollectionsMarshal.GetValueRefOrAddDefault(first, key, out var exists);
                if (!exists)
                {
                    firstOfGroup = i;
                    continue;
                }
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = [firstOfGroup];
                }
                var policy = events.PolicyOf(i);
                foreach (var j in group)
                {
                    var other = events.PolicyOf(j);
                    if (policy.Stance == other.Stance || Supersedes(events, i, j) || Supersedes(events, j, i)
                        || (events.JurisdictionOf(i) == events.JurisdictionOf(j) && events.EffectiveOf(i) is not null && events.EffectiveOf(j) is not null)
                        || !RequestScope.Overlap(policy.Scope, events.JurisdictionOf(i), other.Scope, events.JurisdictionOf(j)))
                    {
                        continue;
                    }
                    found.Report(DiagnosticSeverity.Warning, DiagnosticCodes.ContradictoryScopes,
                        $"Events '{events.IdOf(j)}' and '{events.IdOf(i)}' give company '{events.CompanyOf(i)}' different stances ({other.Stance}, {policy.Stance}) on {events.DateOf(i)} for requests both their scopes cover, and neither supersedes the other.",
                        DatasetRecordKind.Event, i, "policy");
                    break;
                }
                group.Add(i);
            }
        }
        found.ReplayTo(report);
    }

    /// <summary>True when event <paramref name="later"/> names event <paramref name="earlier"/> in its Supersedes.</summary>
    private static bool Supersedes(EventStore events, int later, int earlier) =>
        events.SupersedesOf(later) is { } superseded && superseded == events.IdOf(earlier);

    /// <summary>Events grouped by company, jurisdiction and effective date, and within a group by policy: a group with
    /// two policies whose scopes overlap is a conflict unless one event supersedes the other. Linear in the number of events for groups that
    /// agree, whatever their size.</summary>
    private static void ValidateConflicts(IDatasetContents dataset, Lazy<EventsByCompany> byCompany, Reporter report)
    {
        var all = dataset.Events;
        if (all is ColumnEventStore columns)
        {
            ValidateConflicts(all, byCompany.Value, columns.PairAndEffectiveKey, SpreadInt64Comparer.Instance, report);
        }
        else
        {
            ValidateConflicts(all, byCompany.Value, i => (all.CompanyOf(i), all.JurisdictionOf(i), all.EffectiveOf(i).GetValueOrDefault()), null, report);
        }
    }

    /// <summary>Events with an effective date grouped by company, jurisdiction and that date (<paramref name="keyOf"/>:
    /// equal keys, equal values), one company at a time.</summary>
    private static void ValidateConflicts<TKey>(EventStore all, EventsByCompany byCompany, Func<int, TKey> keyOf, IEqualityComparer<TKey>? comparer,
        Reporter report) where TKey : notnull
    {
        // Most groups hold one event: it is kept as an index, and lists are made only for a group that grows.
        var first = new Dictionary<TKey, int>(comparer);
        var groups = new Dictionary<TKey, List<(RequestPolicy Policy, List<int> Events)>>(comparer);
        var found = new ReportsInEventOrder();
        for (var c = 0; c < byCompany.Companies; c++)
        {
            first.Clear();
            groups.Clear();
            foreach (var i in byCompany.EventsOf(c))
            {
                if (all.EffectiveOf(i) is not { } effective)
                {
                    continue;
                }
                var key = keyOf(i);
                ref var firstOfGroup = ref CollectionsMarshal.GetValueRefOrAddDefault(first, key, out var exists);
                if (!exists)
                {
                    firstOfGroup = i;
                    continue;
                }
                if (!groups.TryGetValue(key, out var byPolicy))
                {
                    groups[key] = byPolicy = [(all.PolicyOf(firstOfGroup), [firstOfGroup])];
                }
                var policyOfEvent = all.PolicyOf(i);
                var jurisdiction = all.JurisdictionOf(i);
                List<int>? same = null;
                foreach (var (policy, events) in byPolicy)
                {
                    if (policy.Equals(policyOfEvent))
                    {
                        same = events;
                        continue;
                    }
                    foreach (var j in events)
                    {
                        if (!Supersedes(all, i, j) && !Supersedes(all, j, i)
                            && RequestScope.Overlap(policyOfEvent.Scope, jurisdiction, all.PolicyOf(j).Scope, all.JurisdictionOf(j)))
                        {
                            found.Report(DiagnosticSeverity.Error, DiagnosticCodes.ConflictingEvents,
                                $"Events '{all.IdOf(j)}' and '{all.IdOf(i)}' give company '{all.CompanyOf(i)}' different policies toward {jurisdiction} effective {effective}, and neither supersedes the other.",
                                DatasetRecordKind.Event, i, "policy");
                            break;
                        }
                    }
                }
                if (same is null)
                {
                    byPolicy.Add((policyOfEvent, [i]));
                }
                else
                {
                    same.Add(i);
                }
            }
        }
        found.ReplayTo(report);
    }

    /// <summary>What a check that takes one company at a time finds, put back in the order of the events' positions: the
    /// order one pass over every event reports it in.</summary>
    private sealed class ReportsInEventOrder
    {
        private readonly List<(int Index, int Sequence, DiagnosticSeverity Severity, string Code, string Message, DatasetRecordKind Kind, string? Member)> _found = [];

        internal void Report(DiagnosticSeverity severity, string code, string message, DatasetRecordKind kind, int index, string? member) =>
            _found.Add((index, _found.Count, severity, code, message, kind, member));

        internal void ReplayTo(Reporter report)
        {
            _found.Sort(static (x, y) => x.Index != y.Index ? x.Index.CompareTo(y.Index) : x.Sequence.CompareTo(y.Sequence));
            foreach (var found in _found)
            {
                report(found.Severity, found.Code, found.Message, found.Kind, found.Index, found.Member);
            }
        }
    }
}
