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

    /// <summary>Builds the dataset; null (with diagnostics) when ids repeat.</summary>
    internal PolicyDataset? Build(ReadContext context, bool lines)
    {
        if (Metadata is null)
        {
            return null;
        }
        var origin = new DatasetOrigin(context.File, lines)
        {
            Metadata = MetadataPosition,
            Companies = [.. _positions[(int)DatasetRecordKind.Company]],
            Jurisdictions = [.. _positions[(int)DatasetRecordKind.Jurisdiction]],
            Sources = [.. _positions[(int)DatasetRecordKind.Source]],
            Statements = [.. _positions[(int)DatasetRecordKind.Statement]],
            Triggers = [.. _positions[(int)DatasetRecordKind.Trigger]],
            Events = [.. _positions[(int)DatasetRecordKind.Event]],
            Figures = [.. _positions[(int)DatasetRecordKind.Figure]],
            Warnings = [.. context.Diagnostics.Where(d => !d.IsError)],
        };
        try
        {
            return new PolicyDataset(Metadata, _companies, _jurisdictions, _sources, _statements, _triggers, _events, _figures, origin);
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
            ReportDuplicates(context, lines, _figures, static f => new FigureKey(f).ToString(), DatasetRecordKind.Figure);
            return null;
        }
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
                        ? $"The figure set {id} is already given by the record at {where}; a dataset holds one figure set per company, jurisdiction, period and category."
                        : $"The {DatasetPaths.TypeOf(kind)} id '{id}' is already used by the record at {where}; ids must be unique.",
                    new DiagnosticLocation(context.File, here.Line > 0 ? here.Line : null, here.Column > 0 ? here.Column : null, path)));
            }
        }
    }
}
