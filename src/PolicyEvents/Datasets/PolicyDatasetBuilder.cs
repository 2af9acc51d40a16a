using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Datasets;

/// <summary>Builds a <see cref="PolicyDataset"/> in code: add records in any order, then <see cref="Build"/> validates the
/// whole and returns the immutable dataset, or throws with every problem found.</summary>
/// <remarks>A builder is mutable and not thread-safe; the datasets it builds are immutable.</remarks>
public sealed class PolicyDatasetBuilder
{
    private readonly List<Company> _companies = [];
    private readonly List<Jurisdiction> _jurisdictions = [];
    private readonly List<Source> _sources = [];
    private readonly List<Statement> _statements = [];
    private readonly List<Trigger> _triggers = [];
    private readonly List<PolicyEvent> _events = [];
    private readonly List<ReportedFigures> _figures = [];

    /// <summary>Starts an empty dataset.</summary>
    /// <param name="metadata">The dataset's metadata.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    public PolicyDatasetBuilder(DatasetMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
    }

    /// <summary>Starts from the content of an existing dataset (for example to add events to a new release).</summary>
    /// <param name="dataset">The dataset to copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public PolicyDatasetBuilder(PolicyDataset dataset)
        : this((dataset ?? throw new ArgumentNullException(nameof(dataset))).Metadata)
    {
        _companies.AddRange(dataset.Companies);
        _jurisdictions.AddRange(dataset.Jurisdictions);
        _sources.AddRange(dataset.Sources);
        _statements.AddRange(dataset.Statements);
        _triggers.AddRange(dataset.Triggers);
        _events.AddRange(dataset.Events);
        _figures.AddRange(dataset.Figures);
    }

    /// <summary>The metadata the dataset will have.</summary>
    public DatasetMetadata Metadata { get; private set; }

    /// <summary>Replaces the metadata of this builder (a mutation, like the <c>Add…</c> methods).</summary>
    /// <param name="metadata">The new metadata.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder SetMetadata(DatasetMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Metadata = metadata;
        return this;
    }

    /// <summary>Adds companies.</summary>
    /// <param name="companies">The companies.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddCompanies(params IEnumerable<Company> companies) => Add(_companies, companies, nameof(companies));

    /// <summary>Adds jurisdictions beyond or overriding the built-in registry.</summary>
    /// <param name="jurisdictions">The jurisdictions.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddJurisdictions(params IEnumerable<Jurisdiction> jurisdictions) => Add(_jurisdictions, jurisdictions, nameof(jurisdictions));

    /// <summary>Adds sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddSources(params IEnumerable<Source> sources) => Add(_sources, sources, nameof(sources));

    /// <summary>Adds statements.</summary>
    /// <param name="statements">The statements.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddStatements(params IEnumerable<Statement> statements) => Add(_statements, statements, nameof(statements));

    /// <summary>Adds triggers.</summary>
    /// <param name="triggers">The triggers.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddTriggers(params IEnumerable<Trigger> triggers) => Add(_triggers, triggers, nameof(triggers));

    /// <summary>Adds policy events.</summary>
    /// <param name="events">The events.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddEvents(params IEnumerable<PolicyEvent> events) => Add(_events, events, nameof(events));

    /// <summary>Adds published figure sets (for example an importer's <see cref="Import.FigureImportResult.Figures"/>). A set's
    /// identity is its key (company, jurisdiction, period, category label); versions of one key are told apart by the day they
    /// were published (<see cref="FigureProvenance.Published"/>): two sets with the same key and version are reported by
    /// <see cref="Build"/> (PE0108).</summary>
    /// <param name="figures">The figure sets.</param>
    /// <returns>This builder.</returns>
    public PolicyDatasetBuilder AddFigures(params IEnumerable<ReportedFigures> figures) => Add(_figures, figures, nameof(figures));

    /// <summary>Validates everything added and returns the dataset. Warnings (<see cref="DiagnosticSeverity.Warning"/>) do not
    /// stop the build; call <see cref="PolicyDataset.Validate()"/> on the result to see them.</summary>
    /// <returns>The dataset.</returns>
    /// <exception cref="DatasetValidationException">Some records repeat an id, or validation found errors; every problem is listed.</exception>
    public PolicyDataset Build()
    {
        var duplicates = new List<Diagnostic>();
        var companies = Distinct(_companies, static c => c.Id.Value, DatasetRecordKind.Company, duplicates);
        var jurisdictions = Distinct(_jurisdictions, static j => j.Code.Value, DatasetRecordKind.Jurisdiction, duplicates);
        var sources = Distinct(_sources, static s => s.Id.Value, DatasetRecordKind.Source, duplicates);
        var statements = Distinct(_statements, static s => s.Id.Value, DatasetRecordKind.Statement, duplicates);
        var triggers = Distinct(_triggers, static t => t.Id.Value, DatasetRecordKind.Trigger, duplicates);
        var events = Distinct(_events, static e => e.Id.Value, DatasetRecordKind.Event, duplicates);
        var figures = Distinct(_figures, static f => new FigureVersionKey(f).ToString(), DatasetRecordKind.Figure, duplicates);
        var dataset = new PolicyDataset(Metadata, companies, jurisdictions, sources, statements, triggers, events, figures);
        var diagnostics = duplicates.Concat(dataset.Validate()).ToList();
        return diagnostics.Any(d => d.IsError) ? throw new DatasetValidationException(diagnostics) : dataset;
    }

    private PolicyDatasetBuilder Add<T>(List<T> list, IEnumerable<T> items, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, parameterName);
            list.Add(item);
        }
        return this;
    }

    /// <summary>Keeps the first record of each id and reports the others (their path is their order of addition).</summary>
    private static List<T> Distinct<T>(List<T> items, Func<T, string> idOf, DatasetRecordKind kind, List<Diagnostic> duplicates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.Add(idOf(items[i])))
            {
                kept.Add(items[i]);
            }
            else
            {
                duplicates.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId,
                    kind == DatasetRecordKind.Figure
                        ? $"The figure set {idOf(items[i])} is added more than once (addition {i + 1} of its kind); a dataset holds one figure set per company, jurisdiction, period and category, and per version (the day it was published)."
                        : $"The {DatasetPaths.TypeOf(kind)} id '{idOf(items[i])}' is used more than once (addition {i + 1} of its kind); ids must be unique.",
                    new DiagnosticLocation(null, null, null, DatasetPaths.Record(kind, i))));
            }
        }
        return kept;
    }

    /// <summary>Returns e.g. <c>PolicyDatasetBuilder (10 companies, 24 sources, 21 statements, 1 triggers, 11 events)</c>.</summary>
    /// <returns>A readable summary of what has been added so far.</returns>
    public override string ToString() =>
        $"PolicyDatasetBuilder ({_companies.Count} companies, {_jurisdictions.Count} jurisdictions, {_sources.Count} sources, {_statements.Count} statements, {_triggers.Count} triggers, {_events.Count} events, {_figures.Count} figure sets)";
}
