using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Internal;
using PolicyEvents.Serialization;
using PolicyEvents.Validation;

namespace PolicyEvents.Datasets;

/// <summary>
/// A shared dataset: metadata, companies, jurisdictions (only those beyond or overriding the built-in ISO 3166-1
/// registry), sources, statements, triggers, policy events and published figures. Load and save it with <see cref="PolicyDatasetSerializer"/>,
/// build it with <see cref="PolicyDatasetBuilder"/>, check it with <see cref="Validate"/>.
/// </summary>
/// <remarks>
/// <para>Every collection is sorted by id (jurisdictions by code; figure sets by their key: company, jurisdiction,
/// period start, period end, category label), and ids (keys) are unique within each collection: the constructor sorts
/// and rejects repeats. References between records (an event's company, a statement's sources...) are
/// not checked on construction, so a dataset with dangling references can be loaded and inspected; <see cref="Validate"/>
/// reports them, with the file, line, column and JSON path of each record when the dataset was loaded from a file.</para>
/// <para>Equality compares the metadata and every collection by content; where a dataset was loaded from, and the warnings
/// found while loading it, are not part of its value. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyDataset : IEquatable<PolicyDataset>
{
    private JurisdictionRegistry? _registry;

    /// <summary>Creates a dataset; the collections are sorted by id.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <param name="companies">The companies, or null for none.</param>
    /// <param name="jurisdictions">The jurisdictions beyond or overriding <see cref="JurisdictionRegistry.Default"/>, or null for none.</param>
    /// <param name="sources">The sources, or null for none.</param>
    /// <param name="statements">The statements, or null for none.</param>
    /// <param name="triggers">The triggers, or null for none.</param>
    /// <param name="events">The policy events, or null for none.</param>
    /// <param name="figures">The published figure sets, or null for none; sorted by key, one set per key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null or repeats an id (a figure set: a key).</exception>
    public PolicyDataset(DatasetMetadata metadata, IEnumerable<Company>? companies = null, IEnumerable<Jurisdiction>? jurisdictions = null,
        IEnumerable<Source>? sources = null, IEnumerable<Statement>? statements = null, IEnumerable<Trigger>? triggers = null,
        IEnumerable<PolicyEvent>? events = null, IEnumerable<ReportedFigures>? figures = null)
        : this(metadata, companies, jurisdictions, sources, statements, triggers, events, figures, null)
    {
    }

    internal PolicyDataset(DatasetMetadata metadata, IEnumerable<Company>? companies, IEnumerable<Jurisdiction>? jurisdictions,
        IEnumerable<Source>? sources, IEnumerable<Statement>? statements, IEnumerable<Trigger>? triggers,
        IEnumerable<PolicyEvent>? events, IEnumerable<ReportedFigures>? figures, DatasetOrigin? origin)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
        Companies = SortById(companies, static c => c.Id, origin, DatasetRecordKind.Company, nameof(companies));
        Jurisdictions = SortById(jurisdictions, static j => j.Code, origin, DatasetRecordKind.Jurisdiction, nameof(jurisdictions));
        Sources = SortById(sources, static s => s.Id, origin, DatasetRecordKind.Source, nameof(sources));
        Statements = SortById(statements, static s => s.Id, origin, DatasetRecordKind.Statement, nameof(statements));
        Triggers = SortById(triggers, static t => t.Id, origin, DatasetRecordKind.Trigger, nameof(triggers));
        Events = SortById(events, static e => e.Id, origin, DatasetRecordKind.Event, nameof(events));
        Figures = SortById(figures, static f => new FigureKey(f), origin, DatasetRecordKind.Figure, nameof(figures));
        Origin = origin;
    }

    /// <summary>The metadata.</summary>
    public DatasetMetadata Metadata { get; }

    /// <summary>The companies, sorted by id.</summary>
    public ImmutableArray<Company> Companies { get; }

    /// <summary>The dataset's own jurisdictions (beyond or overriding the built-in registry), sorted by code.</summary>
    public ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>The sources, sorted by id.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The statements, sorted by id.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>The triggers, sorted by id.</summary>
    public ImmutableArray<Trigger> Triggers { get; }

    /// <summary>The policy events, sorted by id.</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <summary>The published figure sets, sorted by company, jurisdiction (code, then sets without a code by published
    /// name), period start, period end and category label. A set has no id: that key is its identity.</summary>
    public ImmutableArray<ReportedFigures> Figures { get; }

    /// <summary>Every jurisdiction the dataset can name: <see cref="JurisdictionRegistry.Default"/> with
    /// <see cref="Jurisdictions"/> added or overriding.</summary>
    public JurisdictionRegistry Registry => _registry ??= Jurisdictions.IsEmpty ? JurisdictionRegistry.Default : JurisdictionRegistry.Default.With(Jurisdictions);

    /// <summary>The warnings found while loading the dataset (unknown members of a newer minor version...); empty for a
    /// dataset built in code. Not part of the dataset's value.</summary>
    public ImmutableArray<Diagnostic> LoadWarnings => Origin?.Warnings ?? [];

    /// <summary>Where the dataset was loaded from, with each record's position; null when built in code.</summary>
    internal DatasetOrigin? Origin { get; }

    /// <summary>Looks up a company.</summary>
    /// <param name="id">The id.</param>
    /// <param name="company">The company, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetCompany(CompanyId id, [NotNullWhen(true)] out Company? company) => TryFind(Companies, id, static c => c.Id, out company);

    /// <summary>Looks up a source.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => TryFind(Sources, id, static s => s.Id, out source);

    /// <summary>Looks up a statement.</summary>
    /// <param name="id">The id.</param>
    /// <param name="statement">The statement, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetStatement(StatementId id, [NotNullWhen(true)] out Statement? statement) => TryFind(Statements, id, static s => s.Id, out statement);

    /// <summary>Looks up a trigger.</summary>
    /// <param name="id">The id.</param>
    /// <param name="trigger">The trigger, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetTrigger(TriggerId id, [NotNullWhen(true)] out Trigger? trigger) => TryFind(Triggers, id, static t => t.Id, out trigger);

    /// <summary>Looks up an event.</summary>
    /// <param name="id">The id.</param>
    /// <param name="policyEvent">The event, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out PolicyEvent? policyEvent) => TryFind(Events, id, static e => e.Id, out policyEvent);

    /// <summary>Looks up a jurisdiction in <see cref="Registry"/> (built in or the dataset's own).</summary>
    /// <param name="code">The code.</param>
    /// <param name="jurisdiction">The jurisdiction, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetJurisdiction(JurisdictionCode code, [NotNullWhen(true)] out Jurisdiction? jurisdiction) => Registry.TryGet(code, out jurisdiction);

    /// <summary>Gets a company.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The company.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such company.</exception>
    public Company GetCompany(CompanyId id) => TryGetCompany(id, out var found) ? found : throw NotFound("company", id.Value);

    /// <summary>Gets a source.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such source.</exception>
    public Source GetSource(SourceId id) => TryGetSource(id, out var found) ? found : throw NotFound("source", id.Value);

    /// <summary>Gets a statement.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such statement.</exception>
    public Statement GetStatement(StatementId id) => TryGetStatement(id, out var found) ? found : throw NotFound("statement", id.Value);

    /// <summary>Gets a trigger.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The trigger.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such trigger.</exception>
    public Trigger GetTrigger(TriggerId id) => TryGetTrigger(id, out var found) ? found : throw NotFound("trigger", id.Value);

    /// <summary>Gets an event.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event.</returns>
    /// <exception cref="KeyNotFoundException">The dataset has no such event.</exception>
    public PolicyEvent GetEvent(EventId id) => TryGetEvent(id, out var found) ? found : throw NotFound("event", id.Value);

    /// <summary>Gets a jurisdiction from <see cref="Registry"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The jurisdiction.</returns>
    /// <exception cref="KeyNotFoundException">Neither the built-in registry nor the dataset defines the code.</exception>
    public Jurisdiction GetJurisdiction(JurisdictionCode code) => Registry.Get(code);

    /// <summary>
    /// Checks the dataset and returns every problem found (not just the first), each with a stable code, a message and a
    /// location: the warnings found while loading, then dangling references, statements dated after every source that
    /// reports them, conflicting events, statements without a source, incomplete sources, and parent cycles. The codes are
    /// listed in <see cref="DiagnosticCodes"/> and explained in docs/format.md.
    /// </summary>
    /// <returns>Every problem, errors and warnings; empty when the dataset is clean.</returns>
    public ImmutableArray<Diagnostic> Validate() => [.. LoadWarnings, .. DatasetValidator.Validate(this)];

    /// <summary>
    /// Combines this dataset with another: records with the same id and equal content become one; the same id with
    /// different content is a conflict (<see cref="DiagnosticCodes.MergeConflict"/>) naming both origins, never a silent
    /// overwrite. The result keeps this dataset's metadata, with the other's metadata sources added.
    /// </summary>
    /// <param name="other">The dataset to merge in.</param>
    /// <returns>The merged dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DatasetValidationException">Some ids have different content in the two datasets; every conflict is listed.</exception>
    public PolicyDataset Merge(PolicyDataset other) => DatasetMerger.Merge(this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>Returns a copy with other metadata.</summary>
    /// <param name="metadata">The new metadata.</param>
    /// <returns>The copy.</returns>
    public PolicyDataset WithMetadata(DatasetMetadata metadata) =>
        new(metadata, Companies, Jurisdictions, Sources, Statements, Triggers, Events, Figures, null);

    /// <summary>Where a record of this dataset is (or would be, in the canonical document), for diagnostics.</summary>
    internal DiagnosticLocation Locate(DatasetRecordKind kind, int index, string? member)
    {
        var positions = Origin?.PositionsOf(kind);
        if (Origin is { } origin && (kind == DatasetRecordKind.Metadata ? origin.Metadata : positions is null ? null : positions[index]) is { Line: > 0 } position)
        {
            var path = origin.Lines ? DatasetPaths.Member(kind == DatasetRecordKind.Metadata ? "$.metadata" : "$", member)
                : DatasetPaths.Member(DatasetPaths.Record(kind, position.Index), member);
            return new DiagnosticLocation(origin.File, position.Line, position.Column, path);
        }
        return new DiagnosticLocation(Origin?.File, null, null, DatasetPaths.Member(DatasetPaths.Record(kind, index), member));
    }

    /// <inheritdoc />
    public bool Equals(PolicyDataset? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Metadata.Equals(other.Metadata) && Equality.Sequence(Companies, other.Companies) && Equality.Sequence(Jurisdictions, other.Jurisdictions)
                && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(Statements, other.Statements)
                && Equality.Sequence(Triggers, other.Triggers) && Equality.Sequence(Events, other.Events)
                && Equality.Sequence(Figures, other.Figures)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyDataset);

    /// <inheritdoc />
    /// <remarks>Hashes the metadata and the size of each collection, so it stays cheap for large datasets.</remarks>
    public override int GetHashCode() =>
        HashCode.Combine(Metadata, Companies.Length, Jurisdictions.Length, Sources.Length, Statements.Length, Triggers.Length, Events.Length, Figures.Length);

    /// <summary>Returns e.g. <c>hong-kong-2020 1.0.0 "…": 7 companies, 1 jurisdictions, 12 sources, 9 statements, 1 triggers, 8 events</c>,
    /// followed by <c>, 4 figure sets</c> when the dataset has figures.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Metadata}: {Companies.Length} companies, {Jurisdictions.Length} jurisdictions, {Sources.Length} sources, {Statements.Length} statements, {Triggers.Length} triggers, {Events.Length} events"
        + (Figures.IsEmpty ? string.Empty : $", {Figures.Length} figure sets");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(PolicyDataset? left, PolicyDataset? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PolicyDataset? left, PolicyDataset? right) => !Equals(left, right);

    private static KeyNotFoundException NotFound(string kind, string id) => new($"The dataset has no {kind} with id '{id}'.");

    private static bool TryFind<T, TKey>(ImmutableArray<T> sorted, TKey key, Func<T, TKey> keyOf, [NotNullWhen(true)] out T? found)
        where T : class where TKey : IComparable<TKey>
    {
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var comparison = keyOf(sorted[middle]).CompareTo(key);
            if (comparison == 0)
            {
                found = sorted[middle];
                return true;
            }
            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        found = null;
        return false;
    }

    /// <summary>Sorts by key (skipping the sort when already sorted), reorders the origin's positions alike, and rejects repeated keys.</summary>
    private static ImmutableArray<T> SortById<T, TKey>(IEnumerable<T>? items, Func<T, TKey> keyOf, DatasetOrigin? origin, DatasetRecordKind kind, string paramName)
        where T : class where TKey : IComparable<TKey>
    {
        var array = Guard.Items(items, paramName);
        var sorted = true;
        for (var i = 1; i < array.Length && sorted; i++)
        {
            var comparison = keyOf(array[i - 1]).CompareTo(keyOf(array[i]));
            if (comparison == 0)
            {
                throw new ArgumentException($"The {(kind == DatasetRecordKind.Figure ? "key" : "id")} '{keyOf(array[i])}' appears more than once.", paramName);
            }
            sorted = comparison < 0;
        }
        if (sorted)
        {
            return array;
        }
        var keys = new TKey[array.Length];
        var order = new int[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            keys[i] = keyOf(array[i]);
            order[i] = i;
        }
        Array.Sort(keys, order);
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1].CompareTo(keys[i]) == 0)
            {
                throw new ArgumentException($"The {(kind == DatasetRecordKind.Figure ? "key" : "id")} '{keys[i]}' appears more than once.", paramName);
            }
        }
        var builder = ImmutableArray.CreateBuilder<T>(array.Length);
        foreach (var i in order)
        {
            builder.Add(array[i]);
        }
        if (origin?.PositionsOf(kind) is { } positions && positions.Length == order.Length)
        {
            var reordered = new RecordPosition[positions.Length];
            for (var i = 0; i < order.Length; i++)
            {
                reordered[i] = positions[order[i]];
            }
            SetPositions(origin, kind, reordered);
        }
        return builder.MoveToImmutable();
    }

    private static void SetPositions(DatasetOrigin origin, DatasetRecordKind kind, RecordPosition[] positions)
    {
        switch (kind)
        {
            case DatasetRecordKind.Company: origin.Companies = positions; break;
            case DatasetRecordKind.Jurisdiction: origin.Jurisdictions = positions; break;
            case DatasetRecordKind.Source: origin.Sources = positions; break;
            case DatasetRecordKind.Statement: origin.Statements = positions; break;
            case DatasetRecordKind.Trigger: origin.Triggers = positions; break;
            case DatasetRecordKind.Event: origin.Events = positions; break;
            case DatasetRecordKind.Figure: origin.Figures = positions; break;
            default: break;
        }
    }
}
