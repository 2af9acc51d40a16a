using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Output;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Queries;

/// <summary>Compares two releases of a dataset by stable id: what was added, removed and changed.</summary>
internal static class DatasetDiff
{
    /// <summary>The differences, by kind (companies, triggers, events, statements, sources, figures), then id.</summary>
    /// <param name="older">The earlier release.</param>
    /// <param name="newer">The later release.</param>
    /// <returns>The changes; empty when the releases hold the same values.</returns>
    public static IReadOnlyList<DatasetChange> Compare(CliDataset older, CliDataset newer) =>
    [
        .. Compare("company", older.Companies, newer.Companies, c => c.Id.Value, CompanyDetail),
        .. Compare("trigger", older.Triggers, newer.Triggers, t => t.Id.Value, TriggerDetail),
        .. Compare("event", older.Events, newer.Events, e => e.Id.Value, EventDetail),
        .. Compare("statement", older.Statements, newer.Statements, s => s.Id.Value, StatementDetail),
        .. Compare("source", older.Sources, newer.Sources, s => s.Id.Value, SourceDetail),
        .. Compare("figure", older.Figures, newer.Figures, f => f.Key, (a, b) => $"value {a.Value} -> {b.Value}"),
    ];

    private static IEnumerable<DatasetChange> Compare<T>(string kind, IEnumerable<T> older, IEnumerable<T> newer,
        Func<T, string> id, Func<T, T, string> detail) where T : class
    {
        var before = older.ToDictionary(id, StringComparer.Ordinal);
        var after = newer.ToDictionary(id, StringComparer.Ordinal);
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var inBefore = before.TryGetValue(key, out var a);
            var inAfter = after.TryGetValue(key, out var b);
            if (!inAfter)
            {
                yield return new DatasetChange(kind, key, "removed", string.Empty);
            }
            else if (!inBefore)
            {
                yield return new DatasetChange(kind, key, "added", string.Empty);
            }
            else if (!a!.Equals(b))
            {
                yield return new DatasetChange(kind, key, "changed", detail(a, b!));
            }
        }
    }

    private static string Members(params (string Name, bool Differs)[] members) =>
        string.Join(", ", members.Where(m => m.Differs).Select(m => m.Name));

    private static string CompanyDetail(Company a, Company b) => Members(
        ("name", a.Name != b.Name), ("names", !a.Names.SequenceEqual(b.Names)), ("parent", a.Parent != b.Parent), ("wikidata", a.Wikidata != b.Wikidata));

    private static string TriggerDetail(Trigger a, Trigger b) => Members(
        ("jurisdiction", a.Jurisdiction != b.Jurisdiction), ("title", a.Title != b.Title), ("effective", a.Effective != b.Effective),
        ("sources", !a.Sources.SequenceEqual(b.Sources)), ("effectiveClaims", !a.EffectiveClaims.SequenceEqual(b.EffectiveClaims)));

    private static string EventDetail(PolicyEvent a, PolicyEvent b)
    {
        var stance = a.Policy.Stance != b.Policy.Stance ? $"stance {Names.Of(a.Policy.Stance)} -> {Names.Of(b.Policy.Stance)}" : null;
        var others = Members(
            ("company", a.Company != b.Company), ("jurisdiction", a.Jurisdiction != b.Jurisdiction),
            ("policy", a.Policy.Stance == b.Policy.Stance && a.Policy != b.Policy),
            ("effective", a.Effective != b.Effective), ("announced", a.Announced != b.Announced), ("recorded", a.Recorded != b.Recorded),
            ("statements", !a.Statements.SequenceEqual(b.Statements)), ("sources", !a.Sources.SequenceEqual(b.Sources)),
            ("trigger", a.Trigger != b.Trigger), ("supersedes", a.Supersedes != b.Supersedes), ("note", a.Note != b.Note));
        return string.Join(", ", new[] { stance, others }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static string StatementDetail(Statement a, Statement b) => Members(
        ("text", a.Text != b.Text), ("speaker", a.Speaker != b.Speaker), ("date", a.Date != b.Date),
        ("language", a.Language != b.Language), ("sources", !a.Sources.SequenceEqual(b.Sources)));

    private static string SourceDetail(Source a, Source b) => Members(
        ("publisher", a.Publisher != b.Publisher), ("title", a.Title != b.Title), ("url", a.Url?.OriginalString != b.Url?.OriginalString),
        ("published", a.Published != b.Published), ("byline", a.Byline != b.Byline), ("agency", a.Agency != b.Agency),
        ("retrieved", a.Retrieved != b.Retrieved));
}
