using System.Collections.Immutable;
using PolicyEvents.Diagnostics;
using PolicyEvents.Figures;

namespace PolicyEvents.Datasets;

/// <summary>Merges two datasets: equal records with the same id become one; different ones are conflicts. Figure sets
/// are versions: both sides' versions are kept, a version repeating the one before it is dropped, and only the same key
/// and version with different figures is a conflict.</summary>
internal static class DatasetMerger
{
    /// <summary>Merges <paramref name="right"/> into <paramref name="left"/>; <see cref="PolicyDataset.Merge"/> has checked both.</summary>
    internal static PolicyDataset Merge(PolicyDataset left, PolicyDataset right)
    {
        var conflicts = new List<Diagnostic>();
        var companies = Union(left, right, left.Companies, right.Companies, static c => c.Id, DatasetRecordKind.Company, conflicts);
        var jurisdictions = Union(left, right, left.Jurisdictions, right.Jurisdictions, static j => j.Code, DatasetRecordKind.Jurisdiction, conflicts);
        var sources = Union(left, right, left.Sources, right.Sources, static s => s.Id, DatasetRecordKind.Source, conflicts);
        var statements = Union(left, right, left.Statements, right.Statements, static s => s.Id, DatasetRecordKind.Statement, conflicts);
        var triggers = Union(left, right, left.Triggers, right.Triggers, static t => t.Id, DatasetRecordKind.Trigger, conflicts);
        var events = Union(left, right, left.Events, right.Events, static e => e.Id, DatasetRecordKind.Event, conflicts);
        var figures = FigureVersions.WithoutRepeats(
            Union(left, right, left.Figures, right.Figures, static f => new FigureVersionKey(f), DatasetRecordKind.Figure, conflicts));
        if (conflicts.Count > 0)
        {
            throw new DatasetValidationException(conflicts);
        }
        var metadataSources = left.Metadata.Sources.Concat(right.Metadata.Sources.Where(s => !left.Metadata.Sources.Contains(s)));
        return new PolicyDataset(left.Metadata.WithSources(metadataSources), companies, jurisdictions, sources, statements, triggers, events, figures);
    }

    private static List<T> Union<T, TKey>(PolicyDataset left, PolicyDataset right, ImmutableArray<T> a, ImmutableArray<T> b, Func<T, TKey> keyOf,
        DatasetRecordKind kind, List<Diagnostic> conflicts)
        where T : class, IEquatable<T> where TKey : IComparable<TKey>
    {
        // Both sides are sorted by key: walk them together.
        var result = new List<T>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var comparison = i == a.Length ? 1 : j == b.Length ? -1 : keyOf(a[i]).CompareTo(keyOf(b[j]));
            if (comparison < 0)
            {
                result.Add(a[i++]);
            }
            else if (comparison > 0)
            {
                result.Add(b[j++]);
            }
            else
            {
                if (!SameRecord(a[i], b[j]))
                {
                    var here = RecordLocations.None.Locate(kind, i);
                    var there = RecordLocations.None.Locate(kind, j);
                    conflicts.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MergeConflict,
                        $"The {DatasetPaths.TypeOf(kind)} '{keyOf(a[i])}' differs between dataset '{left.Metadata.Id}' ({here}) and dataset '{right.Metadata.Id}' ({there}); "
                        + (kind == DatasetRecordKind.Figure ? "correct one of them, make them equal, or date each version (provenance.published) to keep both." : "give one of them another id, or make them equal."), there));
                }
                result.Add(a[i]);
                i++;
                j++;
            }
        }
        return result;
    }

    /// <summary>Equal records; for figure sets, the same value (two cuts of one export give the same version other lines).</summary>
    private static bool SameRecord<T>(T a, T b) where T : class, IEquatable<T> =>
        a is ReportedFigures x && b is ReportedFigures y ? x.HasSameValue(y) : a.Equals(b);
}
