using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;
using PolicyEvents.Validation;

namespace PolicyEvents.Serialization;

/// <summary>What the validator reads of a history being loaded: the dataset read without its events, statements and
/// sources, and those as columns, read through their stores without materializing them.</summary>
internal sealed class HistoryContents(PolicyDataset withoutEvents, ColumnEventStore events, ColumnStatementStore statements, ColumnSourceStore sources)
    : IDatasetContents
{
    private readonly IDatasetContents _dataset = withoutEvents;

    public ImmutableArray<SourceId> MetadataSources => _dataset.MetadataSources;

    public JurisdictionRegistry Registry => _dataset.Registry;

    public ImmutableArray<Company> Companies => _dataset.Companies;

    public ImmutableArray<Jurisdiction> Jurisdictions => _dataset.Jurisdictions;

    public SourceStore Sources => sources;

    public StatementStore Statements => statements;

    public ImmutableArray<Trigger> Triggers => _dataset.Triggers;

    public EventStore Events => events;

    public ImmutableArray<ReportedFigures> Figures => _dataset.Figures;

    public bool TryGetCompany(CompanyId id, [NotNullWhen(true)] out Company? company) => _dataset.TryGetCompany(id, out company);

    public bool HasStatement(StatementId id) => statements.IndexOf(id) >= 0;

    public bool TryGetTrigger(TriggerId id, [NotNullWhen(true)] out Trigger? trigger) => _dataset.TryGetTrigger(id, out trigger);

    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out PolicyEvent? policyEvent)
    {
        var index = events.IndexOf(id);
        policyEvent = index >= 0 ? events[index] : null;
        return policyEvent is not null;
    }
}
