using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Data;

/// <summary>
/// A loaded dataset as the commands see it: the domain values of the library, sorted by id, with lookups.
/// The one place that adapts the library's dataset type to the commands (see <see cref="DatasetLoader"/>).
/// </summary>
internal sealed class CliDataset
{
    /// <summary>Creates the view.</summary>
    /// <param name="label">How messages name it: the file path, or <c>(built-in hong-kong-2020)</c>.</param>
    /// <param name="header">The metadata.</param>
    /// <param name="companies">The companies.</param>
    /// <param name="jurisdictions">The jurisdictions the dataset defines (added to the built-in registry).</param>
    /// <param name="sources">The sources.</param>
    /// <param name="statements">The statements.</param>
    /// <param name="triggers">The triggers.</param>
    /// <param name="events">The events.</param>
    /// <param name="figures">The reported figures.</param>
    /// <param name="native">The library's own dataset value, when there is one (written back by <c>convert</c>).</param>
    public CliDataset(string label, DatasetHeader header, IEnumerable<Company> companies, IEnumerable<Jurisdiction> jurisdictions,
        IEnumerable<Source> sources, IEnumerable<Statement> statements, IEnumerable<Trigger> triggers,
        IEnumerable<PolicyEvent> events, IEnumerable<FigureRecord>? figures = null, object? native = null)
    {
        Label = label;
        Header = header;
        Companies = [.. companies.OrderBy(c => c.Id)];
        Jurisdictions = [.. jurisdictions.OrderBy(j => j.Code)];
        Sources = [.. sources.OrderBy(s => s.Id.Value, StringComparer.Ordinal)];
        Statements = [.. statements.OrderBy(s => s.Id.Value, StringComparer.Ordinal)];
        Triggers = [.. triggers.OrderBy(t => t.Id.Value, StringComparer.Ordinal)];
        Events = [.. events.OrderBy(e => e.Id.Value, StringComparer.Ordinal)];
        Figures = [.. (figures ?? []).OrderBy(f => f.Key, StringComparer.Ordinal)];
        Native = native;
        Registry = JurisdictionRegistry.Default.With(Jurisdictions);
        CompaniesById = Companies.ToFrozenDictionary(c => c.Id);
        StatementsById = Statements.ToFrozenDictionary(s => s.Id);
        TriggersById = Triggers.ToFrozenDictionary(t => t.Id);
    }

    /// <summary>How messages name the dataset.</summary>
    public string Label { get; }

    /// <summary>The metadata.</summary>
    public DatasetHeader Header { get; }

    /// <summary>The companies, by id.</summary>
    public ImmutableArray<Company> Companies { get; }

    /// <summary>The jurisdictions the dataset defines, by code.</summary>
    public ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>The sources, by id.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The statements, by id.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>The triggers, by id.</summary>
    public ImmutableArray<Trigger> Triggers { get; }

    /// <summary>The events, by id.</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <summary>The reported figures, by key.</summary>
    public ImmutableArray<FigureRecord> Figures { get; }

    /// <summary>The library's own dataset value, if any.</summary>
    public object? Native { get; }

    /// <summary>The built-in registry with the dataset's own jurisdictions added.</summary>
    public JurisdictionRegistry Registry { get; }

    /// <summary>Companies by id.</summary>
    public FrozenDictionary<CompanyId, Company> CompaniesById { get; }

    /// <summary>Statements by id.</summary>
    public FrozenDictionary<StatementId, Statement> StatementsById { get; }

    /// <summary>Triggers by id.</summary>
    public FrozenDictionary<TriggerId, Trigger> TriggersById { get; }

    /// <summary>The company's display name, or its id when the dataset does not define it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The name.</returns>
    public string CompanyName(CompanyId id) => CompaniesById.TryGetValue(id, out var company) ? company.Name : id.Value;

    /// <summary>The zone in which the jurisdiction's local dates are read (UTC when the code is unknown).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The zone.</returns>
    public NodaTime.DateTimeZone ZoneOf(JurisdictionCode code) =>
        Registry.TryGet(code, out var jurisdiction) ? jurisdiction.TimeZone : NodaTime.DateTimeZone.Utc;
}
