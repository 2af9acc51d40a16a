using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>
/// Statements held as columns, sorted by id: each text as UTF-8 in shared blocks (<see cref="TextBlocks"/>), each
/// speaker as a number into the load's table of speakers, kept as bytes (<see cref="SpeakerTable"/>), each date and
/// language as a number into a table of the distinct values, the sources as runs of one shared array
/// of positions in the source store (<see cref="CitedIds{TId}"/>), and a bit for a paraphrase. A statement object, and
/// the string of its text, is made only when asked for (<see cref="this[int]"/>), equal to the one read. Built by
/// <see cref="ColumnStatementStore.Builder"/>.
/// </summary>
/// <remarks>What a statement costs here, beyond its text's UTF-8 bytes: the bytes of its id that the id before it does
/// not share, and about 2 more (no string: events cite it by position, and a look-up by id searches the sorted,
/// front-coded ids, <see cref="IdColumn{TId}"/>), 4 of text position (<see cref="TextPositions"/>), 1 to 4 each of text
/// length, speaker, date and language (<see cref="NarrowInts"/>), 2.25 of run end (<see cref="RunEnds"/>) and 4 per
/// source, 1 of flags; each distinct speaker, its key's bytes and 4. Statements with variants, or whose text is not
/// valid UTF-16 (which no reader makes), are kept aside whole, by position.</remarks>
internal sealed partial class ColumnStatementStore : StatementStore
{
    private readonly IdColumn<StatementId> _ids;
    private readonly byte[][] _blocks;
    private readonly TextPositions _textAt;
    private readonly NarrowInts _textLength;
    private readonly NarrowInts _speaker;
    private readonly SpeakerTable _speakers;
    private readonly NarrowInts _date;
    private readonly PackedDates _dates;
    private readonly NarrowInts _language;
    private readonly LanguageTag[] _languages;
    private readonly RunEnds _sourceEnds;
    private readonly int[] _sources;
    private readonly CitedIds<SourceId> _citedSources;
    private readonly bool[] _paraphrase;
    private readonly Dictionary<int, Statement>? _aside;

    internal override int Count => _ids.Count;

    /// <summary>How many of the statements were read straight from their text into columns (<see cref="StatementRows"/>),
    /// not through a statement object: what tests and benchmarks check the serializer's plain path by.</summary>
    internal int ReadAsRows { get; }

    /// <summary>The bytes of UTF-8 text held, for measurements.</summary>
    internal long TextBytes { get; }

    internal override Statement this[int index] =>
        _aside is not null && _aside.TryGetValue(index, out var whole) ? whole
        : new Statement(_ids.IdOf(index), TextBlocks.GetString(_blocks, _textAt[index], _textLength[index]), SpeakerOf(index), DateOf(index),
            _languages[_language[index]], Sources(index), null, _paraphrase[index]);

    internal override StatementId IdOf(int index) => _ids.IdOf(index);

    // The rows are in their ids' order, each id once (IdColumn): positions compare as the ids do.
    internal override int CompareIds(int x, int y) => x.CompareTo(y);

    internal override Speaker SpeakerOf(int index) => _speakers[_speaker[index]];

    internal override CompanyId SpeakerCompanyOf(int index) => _speakers.CompanyOf(_speaker[index]);

    internal override PartialDate? DateOf(int index) => _date[index] >= 0 ? _dates[_date[index]] : null;

    internal override Citations<SourceId> SourcesOf(int index) =>
        new(_sourceEnds.Run(_sources, index), _citedSources);

    internal override ImmutableArray<StatementVariant> VariantsOf(int index) =>
        _aside is not null && _aside.TryGetValue(index, out var whole) ? whole.Variants : [];

    /// <summary>The position of the statement with this id, or -1.</summary>
    internal int IndexOf(StatementId id) => _ids.IndexOf(id);

    private SourceId[]? Sources(int index)
    {
        var sources = SourcesOf(index);
        return sources.IsEmpty ? null : sources.ToArray();
    }
}
