using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using PolicyEvents.Domain;
using PolicyEvents.Internal;
using PolicyEvents.Storage;
using PolicyEvents.Time;

namespace PolicyEvents.Queries;

/// <summary>
/// Everything a <see cref="PolicyHistory"/> and its <see cref="PolicyHistory.AsKnownAt"/> views share: every event ever
/// recorded, and the companies, statements, sources, triggers and jurisdictions they refer to, all checked once.
/// </summary>
internal sealed class HistoryCatalog
{
    private readonly Lazy<int[]> _statementsInOrder;

    internal HistoryCatalog(EventStore events, IDictionary<CompanyId, Company> companies, IReadOnlyDictionary<StatementId, Statement> statements,
        StatementStore statementStore, IReadOnlyDictionary<SourceId, Source> sources, IDictionary<TriggerId, Trigger> triggers, JurisdictionRegistry registry)
    {
        Events = events;
        Companies = new ReadOnlyDictionary<CompanyId, Company>(companies);
        Statements = statements;
        StatementStore = statementStore;
        Sources = sources;
        Triggers = new ReadOnlyDictionary<TriggerId, Trigger>(triggers);
        Registry = registry;
        Children = companies.Values
            .Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent.GetValueOrDefault())
            .ToDictionary(g => g.Key, g => g.Select(c => c.Id).Order().ToArray());
        _statementsInOrder = new(() => SearchOrder(statementStore), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Every event recorded, superseded or not, in the order given.</summary>
    internal EventStore Events { get; }

    internal IReadOnlyDictionary<CompanyId, Company> Companies { get; }

    internal IReadOnlyDictionary<StatementId, Statement> Statements { get; }

    /// <summary>The same statements by position: objects, or the columns of a loaded history.</summary>
    internal StatementStore StatementStore { get; }

    internal IReadOnlyDictionary<SourceId, Source> Sources { get; }

    internal IReadOnlyDictionary<TriggerId, Trigger> Triggers { get; }

    internal JurisdictionRegistry Registry { get; }

    /// <summary>Each parent's direct subsidiaries, sorted by id.</summary>
    internal Dictionary<CompanyId, CompanyId[]> Children { get; }

    /// <summary>The positions in <see cref="StatementStore"/> of the statements ordered by date (undated last), then id:
    /// the order of statement searches. Sorted on first use (shared by every view), so a history that never searches
    /// statements does not pay for it.</summary>
    internal int[] StatementsInOrder => _statementsInOrder.Value;

    private static int[] SearchOrder(StatementStore statements)
    {
        var order = new int[statements.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            PartialDate? left = statements.DateOf(x), right = statements.DateOf(y);
            var byDate = left.HasValue != right.HasValue ? (left.HasValue ? -1 : 1) : Comparer<PartialDate?>.Default.Compare(left, right);
            return byDate != 0 ? byDate : statements.CompareIds(x, y);
        });
        return order;
    }

    /// <summary>Checks and indexes the inputs of <see cref="PolicyHistory.Create"/>.</summary>
    internal static HistoryCatalog Create(IEnumerable<PolicyEvent> events, IEnumerable<Company> companies, IEnumerable<Statement> statements,
        IEnumerable<Source> sources, IEnumerable<Trigger> triggers, JurisdictionRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(registry);

        var companyById = ById(companies, c => c.Id, "company", nameof(companies));
        var sourceById = ById(sources, s => s.Id, "source", nameof(sources));
        var statementById = ById(statements, s => s.Id, "statement", nameof(statements));
        var triggerById = ById(triggers, t => t.Id, "trigger", nameof(triggers));

        foreach (var statement in statementById.Values)
        {
            foreach (var source in statement.Sources)
            {
                if (!sourceById.ContainsKey(source))
                {
                    throw new ArgumentException($"Statement '{statement.Id}' cites source '{source}', which is not among the sources.", nameof(statements));
                }
            }
        }
        foreach (var trigger in triggerById.Values)
        {
            if (!registry.Contains(trigger.Jurisdiction))
            {
                throw new ArgumentException($"Trigger '{trigger.Id}' is about jurisdiction '{trigger.Jurisdiction}', which the registry does not hold.", nameof(triggers));
            }
        }

        // An immutable array (a dataset's events) is shared as it is: nobody can change it. Any other array is copied.
        var all = events switch
        {
            ImmutableArray<PolicyEvent> { IsDefault: false } immutable => ImmutableCollectionsMarshal.AsArray(immutable)!,
            PolicyEvent[] array => (PolicyEvent[])array.Clone(),
            _ => events.ToArray(),
        };
        // Keyed by the ids' text with the default comparer, which hashes strings faster than the id structs' ordinal comparer.
        // Events in strictly ascending id order (a dataset's) are unique already; superseded ids are then binary-searched.
        var sortedById = IsSortedById(all);
        var eventIds = sortedById ? null : new HashSet<string>(all.Length);
        foreach (var e in all)
        {
            if (e is null)
            {
                throw new ArgumentException("The sequence must not contain null.", nameof(events));
            }
            if (eventIds is not null && !eventIds.Add(e.Id.Value))
            {
                throw new ArgumentException($"Event id '{e.Id}' appears more than once.", nameof(events));
            }
        }
        foreach (var e in all)
        {
            if (!companyById.ContainsKey(e.Company))
            {
                throw new ArgumentException($"Event '{e.Id}' names company '{e.Company}', which is not among the companies.", nameof(events));
            }
            if (!registry.Contains(e.Jurisdiction))
            {
                throw new ArgumentException($"Event '{e.Id}' names jurisdiction '{e.Jurisdiction}', which the registry does not hold.", nameof(events));
            }
            foreach (var statement in e.Statements)
            {
                if (!statementById.ContainsKey(statement))
                {
                    throw new ArgumentException($"Event '{e.Id}' cites statement '{statement}', which is not among the statements.", nameof(events));
                }
            }
            foreach (var source in e.Sources)
            {
                if (!sourceById.ContainsKey(source))
                {
                    throw new ArgumentException($"Event '{e.Id}' cites source '{source}', which is not among the sources.", nameof(events));
                }
            }
            if (e.Trigger is { } trigger && !triggerById.ContainsKey(trigger))
            {
                throw new ArgumentException($"Event '{e.Id}' names trigger '{trigger}', which is not among the triggers.", nameof(events));
            }
            if (e.Supersedes is { } superseded && !(eventIds?.Contains(superseded.Value) ?? ContainsSorted(all, superseded)))
            {
                throw new ArgumentException($"Event '{e.Id}' supersedes event '{superseded}', which is not among the events.", nameof(events));
            }
        }
        return new HistoryCatalog(new ObjectEventStore(all), companyById, new ReadOnlyDictionary<StatementId, Statement>(statementById),
            new ObjectStatementStore([.. statementById.Values]), new ReadOnlyDictionary<SourceId, Source>(sourceById), triggerById, registry);
    }

    /// <summary>True when the events' ids strictly ascend (ordinal), which also proves them unique; false on a null item.</summary>
    private static bool IsSortedById(PolicyEvent[] events)
    {
        for (var i = 1; i < events.Length; i++)
        {
            if (events[i - 1] is not { } previous || events[i] is not { } current
                || string.CompareOrdinal(previous.Id.Value, current.Id.Value) >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Binary search for an id among events sorted by id.</summary>
    private static bool ContainsSorted(PolicyEvent[] events, EventId id) => SortedSearch.IndexOf<PolicyEvent, EventId>(events, id, static e => e.Id) >= 0;

    private static Dictionary<TKey, T> ById<TKey, T>(IEnumerable<T> items, Func<T, TKey> id, string what, string paramName)
        where TKey : notnull
    {
        var result = items.TryGetNonEnumeratedCount(out var count) ? new Dictionary<TKey, T>(count) : [];
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null.", paramName);
            }
            if (!result.TryAdd(id(item), item))
            {
                throw new ArgumentException($"The {what} id '{id(item)}' appears more than once.", paramName);
            }
        }
        return result;
    }
}
