using PolicyEvents.Domain;

namespace PolicyEvents.Storage;

/// <summary>The numbers a load gives the statement and source ids it reads (its id tables'), by which the column stores'
/// builders keep what a record object cites, as the readers of plain lines keep what a row cites.</summary>
/// <param name="statement">The number of a statement id, given when the id is new to the load.</param>
/// <param name="source">The number of a source id, given when the id is new to the load.</param>
internal sealed class IdNumbers(Func<StatementId, int> statement, Func<SourceId, int> source)
{
    /// <summary>The number of a statement id.</summary>
    internal int Statement(StatementId id) => statement(id);

    /// <summary>The number of a source id.</summary>
    internal int Source(SourceId id) => source(id);
}
