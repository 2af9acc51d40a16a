using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;

namespace PolicyEvents.Comparison;

/// <summary>
/// The members of a record as the canonical writer writes them, flattened to dotted names with their values as text, and
/// the members that differ between two versions of a record: what <see cref="DatasetDiff"/> reports for a changed record,
/// so that its member names and values are the format's own.
/// </summary>
internal static class RecordMembers
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static ImmutableArray<MemberChange> Compare(DatasetMetadata older, DatasetMetadata newer) =>
        Compare(w => DatasetWriter.WriteMetadata(w, older), w => DatasetWriter.WriteMetadata(w, newer));

    internal static ImmutableArray<MemberChange> Compare(Company older, Company newer) =>
        Compare(w => DatasetWriter.WriteCompany(w, older, withType: false), w => DatasetWriter.WriteCompany(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(Jurisdiction older, Jurisdiction newer) =>
        Compare(w => DatasetWriter.WriteJurisdiction(w, older, withType: false), w => DatasetWriter.WriteJurisdiction(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(Source older, Source newer) =>
        Compare(w => DatasetWriter.WriteSource(w, older, withType: false), w => DatasetWriter.WriteSource(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(Statement older, Statement newer) =>
        Compare(w => DatasetWriter.WriteStatement(w, older, withType: false), w => DatasetWriter.WriteStatement(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(Trigger older, Trigger newer) =>
        Compare(w => DatasetWriter.WriteTrigger(w, older, withType: false), w => DatasetWriter.WriteTrigger(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(PolicyEvent older, PolicyEvent newer) =>
        Compare(w => DatasetWriter.WriteEvent(w, older, withType: false), w => DatasetWriter.WriteEvent(w, newer, withType: false));

    internal static ImmutableArray<MemberChange> Compare(ReportedFigures older, ReportedFigures newer) =>
        Compare(w => DatasetWriter.WriteFigure(w, older, withType: false), w => DatasetWriter.WriteFigure(w, newer, withType: false));

    /// <summary>The members that differ, in the writer's member order (a member only in the newer version where the
    /// writer puts it).</summary>
    private static ImmutableArray<MemberChange> Compare(Action<Utf8JsonWriter> writeOlder, Action<Utf8JsonWriter> writeNewer)
    {
        var older = Flatten(writeOlder);
        var newer = Flatten(writeNewer);
        var olderValues = older.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        var newerValues = newer.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
        var changes = ImmutableArray.CreateBuilder<MemberChange>();
        int i = 0, j = 0;
        while (i < older.Count || j < newer.Count)
        {
            string name;
            if (i < older.Count && j < newer.Count && older[i].Name == newer[j].Name)
            {
                name = older[i++].Name;
                j++;
            }
            else if (i < older.Count && !newerValues.ContainsKey(older[i].Name))
            {
                name = older[i++].Name;
            }
            else if (j < newer.Count && !olderValues.ContainsKey(newer[j].Name))
            {
                name = newer[j++].Name;
            }
            else
            {
                // Both members are in the other version further on: cannot happen with one writer, but never loop.
                name = i < older.Count ? older[i++].Name : newer[j++].Name;
            }
            var before = olderValues.GetValueOrDefault(name);
            var after = newerValues.GetValueOrDefault(name);
            if (!string.Equals(before, after, StringComparison.Ordinal) && !changes.Any(c => c.Member == name))
            {
                changes.Add(new MemberChange(name, before, after));
            }
        }
        return changes.ToImmutable();
    }

    /// <summary>The leaves of the written object: objects are entered (<c>policy.stance</c>), arrays and scalars are values.</summary>
    private static List<(string Name, string Value)> Flatten(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        var members = new List<(string Name, string Value)>();
        Add(document.RootElement, null, members);
        return members;
    }

    private static void Add(JsonElement element, string? prefix, List<(string Name, string Value)> members)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix is null ? property.Name : $"{prefix}.{property.Name}";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Add(property.Value, name, members);
                    break;
                case JsonValueKind.String:
                    members.Add((name, property.Value.GetString()!));
                    break;
                default:
                    members.Add((name, property.Value.GetRawText()));
                    break;
            }
        }
    }
}
