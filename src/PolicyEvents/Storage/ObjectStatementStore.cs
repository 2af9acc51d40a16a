using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Statements held as the objects themselves: what a dataset and a history built from objects read.</summary>
internal sealed class ObjectStatementStore(ImmutableArray<Statement> statements) : StatementStore
{
    internal override int Count => statements.Length;

    internal override Statement this[int index] => statements[index];

    internal override StatementId IdOf(int index) => statements[index].Id;

    internal override Speaker SpeakerOf(int index) => statements[index].Speaker;

    internal override PartialDate? DateOf(int index) => statements[index].Date;

    internal override Citations<SourceId> SourcesOf(int index) => statements[index].Sources.AsSpan();

    internal override ImmutableArray<StatementVariant> VariantsOf(int index) => statements[index].Variants;
}
