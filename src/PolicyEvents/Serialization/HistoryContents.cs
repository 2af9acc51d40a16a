using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;
using PolicyEvents.Validation;

namespace PolicyEvents.Serialization;

/// <summary>What the validator reads of a history being loaded: the dataset read without its events, and the events as
/// columns (materialized one at a time as the validator reads them).</summary>
internal sealed class HistoryContents(PolicyDataset withoutEvents, ColumnEventStore events) : IDatasetContents
{
    private readonly IDatasetContents _dataset = withoutEvents;

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

    public bool TryGetSource(SourceId id, [NotNullWhen(true)] out Source? source) => _dataset.TryGetSource(id, out source);

    public bool TryGetStatement(StatementId id, [NotNullWhen(true)] out Statement? statement) => _dataset.TryGetStatement(id, out statement);

    public bool TryGetTrigger(TriggerId id, [NotNullWhen(true)] out Trigger? trigger) => _dataset.TryGetTrigger(id, out trigger);

    public bool TryGetEvent(EventId id, [NotNullWhen(true)] out PolicyEvent? policyEvent)
    {
        var index = events.IndexOf(id);
        policyEvent = index >= 0 ? events[index] : null;
        return policyEvent is not null;
    }
}
