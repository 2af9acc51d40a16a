using System.Runtime.InteropServices;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Internal;
using PolicyEvents.Storage;
using PolicyEvents.Validation;

namespace PolicyEvents.Datasets;

/// <summary>
/// A shared dataset: metadata, companies, jurisdictions (only those beyond or overriding the built-in ISO 3166-1
/// registry), sources, statements, triggers, policy events and published figures. Load and save it with
/// <see cref="Serialization.PolicyDatasetSerializer"/>,
/// build it with <see cref="PolicyDatasetBuilder"/>, check it with <see cref="Validate()"/>.
/// </summary>
/// <remarks>
/// <para>Every collection is sorted by id (jurisdictions by code; figure sets by their key: company, jurisdiction,
/// period start, period end, category label, then by version: the day published, undated first), and ids (figure sets:
/// key and version) are unique within each collection: the constructor sorts and rejects repeats. References between records (an event's company, a statement's sources...) are
/// not checked on construction, so a dataset with dangling references can be loaded and inspected; <see cref="Validate()"/>
/// reports them with the JSON path of each record; <see cref="Serialization.DatasetReadResult.Validate"/> reports them with
/// the file, line and column each record was read from.</para>
/// <para>Equality compares the metadata and every collection by content. Where a dataset was read from is not part of it
/// (see <see cref="RecordLocations"/>). Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyDataset : IEquatable<PolicyDataset>, IDatasetContents
{
    private JurisdictionRegistry? _registry;
    private ImmutableArray<FigureRestatement> _restatements;

    /// <summary>Creates a dataset; the collections are sorted by id.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <param name="companies">The companies, or null for none.</param>
    /// <param name="jurisdictions">The jurisdictions beyond or overriding <see cref="JurisdictionRegistry.Default"/>, or null for none.</param>
    /// <param name="sources">The sources, or null for none.</param>
    /// <param name="statements">The statements, or null for none.</param>
    /// <param name="triggers">The triggers, or null for none.</param>
    /// <param name="events">The policy events, or null for none.</param>
    /// <param name="figures">The published figure sets, or null for none; sorted by key and version, one set per key and version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null or repeats an id (a figure set: a key and version).</exception>
    public PolicyDataset(DatasetMetadata metadata, IEnumerable<Company>? companies = null, IEnumerable<Jurisdiction>? jurisdictions = null,
        IEnumerable<Source>? sources = null, IEnumerable<Statement>? statements = null, IEnumerable<Trigger>? triggers = null,
        IEnumerable<PolicyEvent>? events = null, IEnumerable<ReportedFigures>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
        Companies = DatasetOrder.Sort(companies, static c => c.Id, "id", nameof(companies), out _);
        Jurisdictions = DatasetOrder.Sort(jurisdictions, static j => j.Code, "id", nameof(jurisdictions), out _);
        Sources = DatasetOrder.Sort(sources, static s => s.Id, "id", nameof(sources), out _);
        Statements = DatasetOrder.Sort(statements, static s => s.Id, "id", nameof(statements), out _);
        Triggers = DatasetOrder.Sort(triggers, static t => t.Id, "id", nameof(triggers), out _);
        Events = DatasetOrder.Sort(events, static e => e.Id, "id", nameof(events), out _);
        Figures = DatasetOrder.Sort(figures, static f => new FigureVersionKey(f), "key and version", nameof(figures), out _);
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

    /// <summary>The published figure sets, every version, sorted by company, jurisdiction (code, then sets without a code by
    /// published name), period start, period end and category label, then by the day each version was published (undated
    /// first). A set has no id: that key is its identity; a later version with other figures is a restatement. Use
    /// <see cref="FigureVersions.Latest"/> for the latest version of each key, <see cref="FigureVersions.AsPublishedAt"/> for
    /// the figures as published at a day.</summary>
    public ImmutableArray<ReportedFigures> Figures { get; }

    /// <summary>The restatements among <see cref="Figures"/>: each version whose figures differ from the version of the same
    /// key before it (<see cref="FigureVersions.Restatements"/>). <see cref="Validate()"/> names each as information (PE0118).</summary>
    public ImmutableArray<FigureRestatement> Restatements
    {
        get
        {
            if (_restatements.IsDefault)
            {
                _restatements = FigureVersions.Restatements(Figures);
            }
            return _restatements;
        }
    }

    /// <summary>Every jurisdiction the dataset can name: <see cref="JurisdictionRegistry.Default"/> with
    /// <see cref="Jurisdictions"/> added or overriding.</summary>
    public JurisdictionRegistry Registry => _registry ??= Jurisdictions.IsEmpty ? JurisdictionRegistry.Default : JurisdictionRegistry.Default.With(Jurisdictions);

    ImmutableArray<SourceId> IDatasetContents.MetadataSources => Metadata.Sources;

    EventStore IDatasetContents.Events => new ObjectEventStore(ImmutableCollectionsMarshal.AsArray(Events)!);

    StatementStore IDatasetContents.Statements => new ObjectStatementStore(Statements);

    SourceStore IDatasetContents.Sources => new ObjectSourceStore(Sources);

    bool IDatasetContents.HasStatement(StatementId id) => TryGetStatement(id, out _);

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
    /// location (its JSON path in the single-document form): dangling references, statements dated after every source that
    /// reports them, conflicting events, statements without a source, incomplete sources, and parent cycles. The codes are
    /// listed in <see cref="DiagnosticCodes"/> and explained in docs/format.md.
    /// </summary>
    /// <returns>Every problem, errors and warnings; empty when the dataset is clean.</returns>
    public ImmutableArray<Diagnostic> Validate() => Validate(RecordLocations.None);

    /// <summary>Checks the dataset, as <see cref="Validate()"/>, locating each problem with <paramref name="locations"/>.</summary>
    /// <param name="locations">Where each record was read from (<see cref="Serialization.DatasetReadResult.Locations"/>).</param>
    /// <returns>Every problem, errors and warnings; empty when the dataset is clean.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locations"/> is null.</exception>
    public ImmutableArray<Diagnostic> Validate(RecordLocations locations) =>
        DatasetValidator.Validate(this, locations ?? throw new ArgumentNullException(nameof(locations)));

    /// <summary>
    /// Combines this dataset with another: records with the same id and equal content become one; the same id with
    /// different content is a conflict (<see cref="DiagnosticCodes.MergeConflict"/>) naming both origins, never a silent
    /// overwrite. The result keeps this dataset's metadata, with the other's metadata sources added.
    /// <para>Figure sets are versions (docs/figures.md, "Restatements"): the versions of both datasets are kept, ordered by the
    /// day each was published; a version with the same figures as the version before it is not kept (the earliest
    /// publication of those figures stands, with its provenance); a version whose figures differ from the version before it
    /// is a restatement, listed by the result's <see cref="Restatements"/> and named by its <see cref="Validate()"/> as
    /// information (PE0118). Only the same key with the same day (or both undated) and different figures is a conflict.
    /// A set that one dataset lacks is kept: a later export that leaves out a row does not withdraw it.</para>
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
        new(metadata, Companies, Jurisdictions, Sources, Statements, Triggers, Events, Figures);

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
        var index = SortedSearch.IndexOf(sorted.AsSpan(), key, keyOf);
        found = index >= 0 ? sorted[index] : null;
        return found is not null;
    }
}
