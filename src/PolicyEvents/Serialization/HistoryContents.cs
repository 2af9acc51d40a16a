using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;
using PolicyEvents.Validation;

namespace PolicyEvents.Serialization;

/// <summary>What the validator reads of a history being loaded: the dataset read without its events, and the events as
/// columns, read through the store without materializing them. Statements and sources are looked up in hash tables
/// (each event names several), which the history then keeps.</summary>
internal sealed class HistoryContents(PolicyDataset withoutEvents, ColumnEventStore events) : IDatasetContents
{
    private readonly IDatasetContents _dataset = withoutEvents;

    internal Dictionary<StatementId, Statement> StatementById { get; } = withoutEvents.Statements.ToDictionary(s => s.Id);

    internal Dictionary<SourceId, Source> SourceById { get; } = withoutEvents.Sources.ToDictionary(s => s.Id);

    public ImmutableArray<SourceId> MetadataSources => _dataset.MetadataSources;

    public JurisdictionRegistry Registry => _dataset.Registry;

    public ImmutableArray<Company> Companies => _dataset.Companies;

    public ImmutableArray<Jurisdiction> Jurisdictions => _dataset.Jurisdictions;

    public ImmutableArray<Source> Sources => _dataset.Sources;

    public ImmutableArray<Statement> Statements => _dataset.Statements;

    public ImmutableArray<Trigger> Triggers => _dataset.Triggers;

    public EventStore Events => events;

    public ImmutableArray<ReportedFigures> Figures => _dataset.Figures;

    public bool TryGetCompany(CompanyId id, [NotNullWhen(true)] out Company? company) => _dataset.TryGetCompany(id, out company);

    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => SourceById.TryGetValue(id, out source);

    public bool TryGetStatement(StatementId id, [NotNullWhen(true)] out Statement? statement) => StatementById.TryGetValue(id, out statement);

    public bool TryGetTrigger(TriggerId id, [NotNullWhen(true)] out Trigger? trigger) => _dataset.TryGetTrigger(id, out trigger);

    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out PolicyEvent? policyEvent)
    {
        var index = events.IndexOf(id);
        policyEvent = index >= 0 ? events[index] : null;
        return policyEvent is not null;
    }
}
