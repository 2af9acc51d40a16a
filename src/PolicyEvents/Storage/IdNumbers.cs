using PolicyEvents.Domain;

namespace PolicyEvents.Storage;

/// <summary>The numbers a load gives the statement and source ids it reads (its id tables'), and the speakers of its
/// statements, by which the column stores' builders keep what a record object cites or names, as the readers of plain
/// lines keep what a row cites or names.</summary>
/// <param name="statement">The number of a statement id, given when the id is new to the load.</param>
/// <param name="source">The number of a source id, given when the id is new to the load.</param>
/// <param name="speaker">The number of a speaker (<see cref="SpeakerTable"/>), given when the speaker is new to the load.</param>
internal sealed class IdNumbers(Func<StatementId, int> statement, Func<SourceId, int> source, Func<Speaker, int> speaker)
{
    /// <summary>The number of a speaker.</summary>
    internal int Speaker(Speaker value) => speaker(value);

    /// <summary>The number of a statement id.</summary>
    internal int Statement(StatementId id) => statement(id);

    /// <summary>The number of a source id.</summary>
    internal int Source(SourceId id) => source(id);
}
