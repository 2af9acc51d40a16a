using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;

namespace PolicyEvents.Validation;

/// <summary>What the validator reads of a dataset: its collections, sorted by id, and look-ups by id. The dataset
/// implements it, so that validation sits below the dataset that uses it.</summary>
internal interface IDatasetContents
{
    /// <summary>The sources the dataset's metadata cites.</summary>
    ImmutableArray<SourceId> MetadataSources { get; }

    /// <summary>Every jurisdiction the dataset can name.</summary>
    JurisdictionRegistry Registry { get; }

    /// <summary>The companies, sorted by id.</summary>
    ImmutableArray<Company> Companies { get; }

    /// <summary>The dataset's own jurisdictions, sorted by code.</summary>
    ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>The sources, sorted by id: the objects of a dataset, or the columns of a history being loaded. Look a
    /// source up with <see cref="SourceStore.IndexOf"/>.</summary>
    SourceStore Sources { get; }

    /// <summary>The statements, sorted by id: the objects of a dataset, or the columns of a history being loaded.</summary>
    StatementStore Statements { get; }

    /// <summary>The triggers, sorted by id.</summary>
    ImmutableArray<Trigger> Triggers { get; }

    /// <summary>The policy events, sorted by id: the objects of a dataset, or the columns of a history being loaded.</summary>
    EventStore Events { get; }

    /// <summary>The published figure sets, sorted by key.</summary>
    ImmutableArray<ReportedFigures> Figures { get; }

    /// <summary>Looks up a company.</summary>
    bool TryGetCompany(CompanyId id, [NotNullWhen(true)] out Company? company);

    /// <summary>True when the dataset has a statement with this id (without making it).</summary>
    bool HasStatement(StatementId id);

    /// <summary>Looks up a trigger.</summary>
    bool TryGetTrigger(TriggerId id, [NotNullWhen(true)] out Trigger? trigger);

    /// <summary>Looks up an event.</summary>
    bool TryGetEvent(EventId id, [NotNullWhen(true)] out PolicyEvent? policyEvent);
}
