using System.Collections.Immutable;
using System.Globalization;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;

namespace PolicyEvents.Serialization;

/// <summary>Gathers the records of one load with their positions, then builds the dataset (reporting repeated ids).</summary>
internal sealed class DatasetCollector
{
    private readonly List<Company> _companies = [];
    private readonly List<Jurisdiction> _jurisdictions = [];
    private readonly List<Source> _sources = [];
    private readonly List<Statement> _statements = [];
    private readonly List<Trigger> _triggers = [];
    private readonly List<PolicyEvent> _events = [];
    private readonly List<ReportedFigures> _figures = [];
    private readonly List<RecordPosition>[] _positions = [[], [], [], [], [], [], [], []];

    internal DatasetMetadata? Metadata { get; set; }

    internal RecordPosition? MetadataPosition { get; set; }

    internal bool SawMetadata { get; set; }

    internal long Records { get; private set; }

    internal void Add(DatasetRecordKind kind, object record, RecordPosition position)
    {
        Records++;
        switch (record)
        {
            case Company company: _companies.Add(company); break;
            case Jurisdiction jurisdiction: _jurisdictions.Add(jurisdiction); break;
            case Source source: _sources.Add(source); break;
            case Statement statement: _statements.Add(statement); break;
            case Trigger trigger: _triggers.Add(trigger); break;
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
            var sources = Sort(_sources, static s => s.Id, DatasetRecordKind.Source, positions);
            var statements = Sort(_statements, static s => s.Id, DatasetRecordKind.Statement, positions);
            var triggers = Sort(_triggers, static t => t.Id, DatasetRecordKind.Trigger, positions);
            var events = Sort(_events, static e => e.Id, DatasetRecordKind.Event, positions);
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
            ReportDuplicates(context, lines, _sources, static s => s.Id.Value, DatasetRecordKind.Source);
            ReportDuplicates(context, lines, _statements, static s => s.Id.Value, DatasetRecordKind.Statement);
            ReportDuplicates(context, lines, _triggers, static t => t.Id.Value, DatasetRecordKind.Trigger);
            ReportDuplicates(context, lines, _events, static e => e.Id.Value, DatasetRecordKind.Event);
            ReportDuplicates(context, lines, _figures, static f => new FigureVersionKey(f).ToString(), DatasetRecordKind.Figure);
            return null;
        }
    }

    /// <summary>Sorts the records of one kind as the dataset holds them, and their positions alike.</summary>
    private ImmutableArray<T> Sort<T, TKey>(List<T> records, Func<T, TKey> keyOf, DatasetRecordKind kind, RecordPosition[][] positions)
        where T : class where TKey : IComparable<TKey>
    {
        var sorted = DatasetOrder.Sort(records, keyOf, kind == DatasetRecordKind.Figure ? "key and version" : "id", DatasetPaths.CollectionOf(kind), out var order);
        var read = _positions[(int)kind];
        var reordered = new RecordPosition[read.Count];
        for (var i = 0; i < reordered.Length; i++)
        {
            reordered[i] = read[order is null ? i : order[i]];
        }
        positions[(int)kind] = reordered;
        return sorted;
    }

    private void ReportDuplicates<T>(ReadContext context, bool lines, List<T> records, Func<T, string> idOf, DatasetRecordKind kind)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var positions = _positions[(int)kind];
        for (var i = 0; i < records.Count; i++)
        {
            var id = idOf(records[i]);
            if (!first.TryAdd(id, i))
            {
                var earlier = positions[first[id]];
                var here = positions[i];
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
    }
}
