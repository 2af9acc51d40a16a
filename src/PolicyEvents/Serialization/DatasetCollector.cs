using System.Collections.Immutable;
using System.Globalization;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Storage;

namespace PolicyEvents.Serialization;

/// <summary>Gathers the records of one load with their positions, then builds the dataset (reporting repeated ids). A
/// collector for a history (<see cref="ForHistory"/>) keeps the events, the statements and the sources as columns
/// instead of objects: the dataset it builds has none of them, and <see cref="Columns"/>, <see cref="StatementColumns"/>
/// and <see cref="SourceColumns"/> hold them.</summary>
internal sealed class DatasetCollector
{
    private readonly ColumnEventStore.Builder? _columns;
    private readonly ColumnStatementStore.Builder? _statementColumns;
    private readonly ColumnSourceStore.Builder? _sourceColumns;
    private ReadCaches? _ids;

    private readonly List<Company> _companies = [];
    private readonly List<Jurisdiction> _jurisdictions = [];
    private readonly List<Source> _sources = [];
    private readonly List<Statement> _statements = [];
    private readonly List<Trigger> _triggers = [];
    private readonly List<PolicyEvent> _events = [];
    private readonly List<ReportedFigures> _figures = [];
    private readonly ChunkedList<RecordPosition>[] _positions = [new(), new(), new(), new(), new(), new(), new(), new()];

    internal DatasetMetadata? Metadata { get; set; }

    internal RecordPosition? MetadataPosition { get; set; }

    internal bool SawMetadata { get; set; }

    internal long Records { get; private set; }

    /// <summary>A collector that keeps the events, statements and sources as columns (<see cref="Queries.PolicyHistory"/>'s compact store).</summary>
    internal static DatasetCollector ForHistory() => new(new ColumnEventStore.Builder(), new ColumnStatementStore.Builder(), new ColumnSourceStore.Builder());

    /// <summary>True when the events, statements and sources are kept as columns: a reader may then hand them over as
    /// <see cref="EventRows"/>, <see cref="StatementRows"/> and <see cref="SourceRows"/>.</summary>
    internal bool KeepsColumns => _columns is not null;

    internal DatasetCollector()
    {
    }

    private DatasetCollector(ColumnEventStore.Builder columns, ColumnStatementStore.Builder statements, ColumnSourceStore.Builder sources) =>
        (_columns, _statementColumns, _sourceColumns) = (columns, statements, sources);

    /// <summary>Numbers the statement and source ids that records cite by the load's caches of ids, which number the ids
    /// the readers of plain lines cite too (<see cref="IdTable{T}.TryGetNumber"/>); before the first record.</summary>
    internal void NumberIdsBy(ReadCaches ids)
    {
        _ids = ids;
        var numbers = new IdNumbers(id => ids.Statements.NumberOf(id.Value, id), id => ids.Sources.NumberOf(id.Value, id),
            speaker => ids.Speakers.NumberOfUtf8(SpeakerTable.KeyOf(speaker, ids.Companies.NumberOf(speaker.Company.Value, speaker.Company))));
        _columns?.Numbers = numbers;
        _statementColumns?.Numbers = numbers;
        _sourceColumns?.Numbers = numbers;
    }

    /// <summary>The events, sorted by id, once <see cref="Build"/> has succeeded on a collector for a history; else null.</summary>
    internal ColumnEventStore? Columns { get; private set; }

    /// <summary>The statements, sorted by id, once <see cref="Build"/> has succeeded on a collector for a history; else null.</summary>
    internal ColumnStatementStore? StatementColumns { get; private set; }

    /// <summary>The sources, sorted by id, once <see cref="Build"/> has succeeded on a collector for a history; else null.</summary>
    internal ColumnSourceStore? SourceColumns { get; private set; }

    internal void Add(DatasetRecordKind kind, object record, RecordPosition position)
    {
        Records++;
        switch (record)
        {
            case Company company: _companies.Add(company); break;
            case Jurisdiction jurisdiction: _jurisdictions.Add(jurisdiction); break;
            case Source source when _sourceColumns is not null: _sourceColumns.Add(source); break;
            case SourceRows rows: (_sourceColumns ?? throw new InvalidOperationException("Rows of sources need a collector that keeps columns.")).Add(rows); break;
            case Source source: _sources.Add(source); break;
            case Statement statement when _statementColumns is not null: _statementColumns.Add(statement); break;
            case StatementRows rows: (_statementColumns ?? throw new InvalidOperationException("Rows of statements need a collector that keeps columns.")).Add(rows); break;
            case Statement statement: _statements.Add(statement); break;
            case Trigger trigger: _triggers.Add(trigger); break;
            case PolicyEvent policyEvent when _columns is not null: _columns.Add(policyEvent); break;
            case EventRows rows: (_columns ?? throw new InvalidOperationException("Rows of events need a collector that keeps columns.")).Add(rows); break;
            case PolicyEvent policyEvent: _events.Add(policyEvent); break;
            case ReportedFigures figures: _figures.Add(figures); break;
            default: return;
        }
        _positions[(int)kind].Add(position);
    }

    /// <summary>Builds the dataset with where each record was read; null (with diagnostics) when ids repeat.</summary>
    internal DatasetReadResult? Build(ReadContext context, bool lines)
    {
        if (Metadata is null)
        {
            return null;
        }
        var positions = new RecordPosition[_positions.Length][];
        try
        {
            var companies = Sort(_companies, static c => c.Id, DatasetRecordKind.Company, positions);
            var jurisdictions = Sort(_jurisdictions, static j => j.Code, DatasetRecordKind.Jurisdiction, positions);
            // A collector for a history keeps these three as columns, and gives the dataset none of them. Statements cite
            // sources, and events cite both, by position in the cited store: the cited store is built first.
            if (_columns is not null && _statementColumns is not null && _sourceColumns is not null)
            {
                BuildColumns(_columns, _statementColumns, _sourceColumns, positions);
            }
            var sources = _sourceColumns is null ? Sort(_sources, static s => s.Id, DatasetRecordKind.Source, positions) : [];
            var statements = _statementColumns is null ? Sort(_statements, static s => s.Id, DatasetRecordKind.Statement, positions) : [];
            var triggers = Sort(_triggers, static t => t.Id, DatasetRecordKind.Trigger, positions);
            var events = _columns is null ? Sort(_events, static e => e.Id, DatasetRecordKind.Event, positions) : [];
            var figures = Sort(_figures, static f => new FigureVersionKey(f), DatasetRecordKind.Figure, positions);
            var dataset = new PolicyDataset(Metadata, companies, jurisdictions, sources, statements, triggers, events, figures);
            return new DatasetReadResult(dataset, new RecordLocations(context.File, lines, MetadataPosition, positions),
                [.. context.Diagnostics.Where(d => !d.IsError)]);
        }
        catch (ArgumentException)
        {
            // Some id repeats: find every repeat, with the position of both records.
            ReportDuplicates(context, lines, _companies, static c => c.Id.Value, DatasetRecordKind.Company);
            ReportDuplicates(context, lines, _jurisdictions, static j => j.Code.Value, DatasetRecordKind.Jurisdiction);
            if (_sourceColumns is null)
            {
                ReportDuplicates(context, lines, _sources, static s => s.Id.Value, DatasetRecordKind.Source);
            }
            else
            {
                ReportDuplicates(context, lines, _sourceColumns.IdTextsAsRead(), static id => id, DatasetRecordKind.Source);
            }
            if (_statementColumns is null)
            {
                ReportDuplicates(context, lines, _statements, static s => s.Id.Value, DatasetRecordKind.Statement);
            }
            else
            {
                ReportDuplicates(context, lines, _statementColumns.IdTextsAsRead(), static id => id, DatasetRecordKind.Statement);
            }
            ReportDuplicates(context, lines, _triggers, static t => t.Id.Value, DatasetRecordKind.Trigger);
            if (_columns is null)
            {
                ReportDuplicates(context, lines, _events, static e => e.Id.Value, DatasetRecordKind.Event);
            }
            else
            {
                ReportRepeatedColumns(context, lines);
            }
            ReportDuplicates(context, lines, _figures, static f => new FigureVersionKey(f).ToString(), DatasetRecordKind.Figure);
            return null;
        }
    }

    private void BuildColumns(ColumnEventStore.Builder events, ColumnStatementStore.Builder statements, ColumnSourceStore.Builder sources,
        RecordPosition[][] positions)
    {
        var ids = _ids ?? throw new InvalidOperationException("The collector has no numbers for cited ids (NumberIdsBy).");
        var sourceStore = SortColumns(sources, DatasetRecordKind.Source, positions, out var sourceOrder);
        var citedSources = CitedIds<SourceId>.Resolve(ids.Sources.Count, sources.OwnNumbersAsRead(), sourceOrder, sourceStore.IdOf, ids.Sources.Numbered(),
            out var sourceCodes);
        statements.Cite(citedSources, sourceCodes);
        statements.Speakers = ids.SpeakerTable();
        var statementStore = SortColumns(statements, DatasetRecordKind.Statement, positions, out var statementOrder);
        var citedStatements = CitedIds<StatementId>.Resolve(ids.Statements.Count, statements.OwnNumbersAsRead(), statementOrder, statementStore.IdOf,
            ids.Statements.Numbered(), out var statementCodes);
        events.Cite(citedStatements, statementCodes, citedSources, sourceCodes);
        Columns = SortColumns(events, DatasetRecordKind.Event, positions, out _);
        (StatementColumns, SourceColumns) = (statementStore, sourceStore);
    }

    /// <summary>Sorts the records of one kind kept as columns by id, and their positions alike; throws
    /// <see cref="ArgumentException"/> when an id repeats, as sorting the objects does.</summary>
    private TStore SortColumns<TStore>(IColumnStoreBuilder<TStore> columns, DatasetRecordKind kind, RecordPosition[][] positions, out int[] order)
    {
        if (!columns.TryOrder(out order))
        {
            throw new ArgumentException($"A {DatasetPaths.TypeOf(kind)} id repeats.");
        }
        positions[(int)kind] = Reordered(_positions[(int)kind], order);
        return columns.Build(order);
    }

    private static RecordPosition[] Reordered(ChunkedList<RecordPosition> read, int[]? order)
    {
        if (order is null)
        {
            return read.ToArray();
        }
        var reordered = new RecordPosition[read.Count];
        for (var i = 0; i < reordered.Length; i++)
        {
            reordered[i] = read[order[i]];
        }
        return reordered;
    }

    private void ReportRepeatedColumns(ReadContext context, bool lines)
    {
        var positions = _positions[(int)DatasetRecordKind.Event];
        foreach (var (first, repeat) in _columns!.Repeats())
        {
            ReportDuplicate(context, lines, DatasetRecordKind.Event, _columns.IdOf(repeat), positions[first], positions[repeat]);
        }
    }

    /// <summary>Sorts the records of one kind as the dataset holds them, and their positions alike.</summary>
    private ImmutableArray<T> Sort<T, TKey>(List<T> records, Func<T, TKey> keyOf, DatasetRecordKind kind, RecordPosition[][] positions)
        where T : class where TKey : IComparable<TKey>
    {
        var sorted = DatasetOrder.Sort(records, keyOf, kind == DatasetRecordKind.Figure ? "key and version" : "id", DatasetPaths.CollectionOf(kind), out var order);
        positions[(int)kind] = Reordered(_positions[(int)kind], order);
        return sorted;
    }

    private void ReportDuplicates<T>(ReadContext context, bool lines, IReadOnlyList<T> records, Func<T, string> idOf, DatasetRecordKind kind)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = _positions[(int)kind];
        for (var i = 0; i < records.Count; i++)
        {
            var id = idOf(records[i]);
            if (!first.TryAdd(id, i))
            {
                ReportDuplicate(context, lines, kind, id, positions[first[id]], positions[i]);
            }
        }
    }

    private static void ReportDuplicate(ReadContext context, bool lines, DatasetRecordKind kind, string id, RecordPosition earlier, RecordPosition here)
    {
        var path = lines ? "$" : DatasetPaths.Record(kind, here.Index);
        var where = lines ? string.Create(CultureInfo.InvariantCulture, $"line {earlier.Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{DatasetPaths.Record(kind, earlier.Index)}, line {earlier.Line}");
        context.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateId,
            kind == DatasetRecordKind.Figure
                ? $"The figure set {id} is already given by the record at {where}; a dataset holds one figure set per company, jurisdiction, period and category, and per version (the day it was published)."
                : $"The {DatasetPaths.TypeOf(kind)} id '{id}' is already used by the record at {where}; ids must be unique.",
            new DiagnosticLocation(context.File, here.Line > 0 ? here.Line : null, here.Column > 0 ? here.Column : null, path)));
    }
}
