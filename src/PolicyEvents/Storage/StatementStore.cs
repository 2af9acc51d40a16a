using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// The statements a history or a validation reads, by position: either the statement objects themselves
/// (<see cref="ObjectStatementStore"/>) or columns that make a statement only when it is asked for
/// (<see cref="ColumnStatementStore"/>). The members other than the indexer read one property without making the
/// statement, so that validating references and ordering a search touch no statement object and no text.
/// </summary>
/// <remarks>Implementations are immutable once built and thread-safe.</remarks>
internal abstract class StatementStore
{
    /// <summary>The number of statements.</summary>
    internal abstract int Count { get; }

    /// <summary>The statement at a position, equal to the one read (a column store creates it on each call).</summary>
    internal abstract Statement this[int index] { get; }

    internal abstract StatementId IdOf(int index);

    /// <summary>Compares the ids of the statements at two positions, as <see cref="StatementId.CompareTo(StatementId)"/> does.</summary>
    internal virtual int CompareIds(int x, int y) => IdOf(x).CompareTo(IdOf(y));

    internal abstract Speaker SpeakerOf(int index);

    /// <summary>The company of the speaker of the statement at a position, as <c>SpeakerOf(index).Company</c>; a store of
    /// columns reads it without making the speaker.</summary>
    internal virtual CompanyId SpeakerCompanyOf(int index) => SpeakerOf(index).Company;

    internal abstract PartialDate? DateOf(int index);

    internal abstract Citations<SourceId> SourcesOf(int index);

    internal abstract ImmutableArray<StatementVariant> VariantsOf(int index);
}
