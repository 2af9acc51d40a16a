using System.Collections.Immutable;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Figures;
using PolicyEvents.Internal;

namespace PolicyEvents.Comparison;

/// <summary>
/// What differs between two releases of a dataset: every record of every kind (the metadata, companies,
/// jurisdictions, sources, statements, triggers, events and figure sets) added, removed or changed, and for a changed
/// record the members that differ with their old and new values. Made by <see cref="Compare"/>.
/// </summary>
/// <remarks>
/// <para>Records are matched by id (jurisdictions by code, figure sets by their key: company, jurisdiction, period and
/// category), and two matched records differ when they are not equal by value (<see cref="object.Equals(object)"/> of the
/// record types). The members of a changed record are named as in the dataset format (docs/format.md), with their values
/// as the canonical writer writes them (see <see cref="MemberChange"/>).</para>
/// <para><see cref="Changes"/> is in a fixed order: by kind in the order of <see cref="DatasetRecordKind"/> (the metadata
/// first, then companies, jurisdictions, sources, statements, triggers, events, figure sets), then by id in the
/// dataset's canonical order. Where each release was loaded from plays no part: a document and its JSON Lines copy
/// have no differences.</para>
/// <para>Equality compares the changes. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DatasetDiff : IEquatable<DatasetDiff>
{
    private DatasetDiff(ImmutableArray<RecordChange> changes) => Changes = changes;

    /// <summary>Every record added, removed or changed, by kind then id.</summary>
    public ImmutableArray<RecordChange> Changes { get; }

    /// <summary>True when nothing differs.</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>True when the two releases are equal datasets (<see cref="PolicyDataset.Equals(PolicyDataset)"/>): the same
    /// as <see cref="IsEmpty"/>.</summary>
    public bool AreEqual => IsEmpty;

    /// <summary>Compares two releases of a dataset.</summary>
    /// <param name="older">The earlier release.</param>
    /// <param name="newer">The later release.</param>
    /// <returns>What was added, removed and changed from <paramref name="older"/> to <paramref name="newer"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="older"/> or <paramref name="newer"/> is null.</exception>
    public static DatasetDiff Compare(PolicyDataset older, PolicyDataset newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = ImmutableArray.CreateBuilder<RecordChange>();
        if (!older.Metadata.Equals(newer.Metadata))
        {
            changes.Add(new RecordChange(DatasetRecordKind.Metadata, older.Metadata.Id.Value, RecordChangeKind.Changed,
                RecordMembers.Compare(older.Metadata, newer.Metadata)));
        }
        Walk(changes, DatasetRecordKind.Company, older.Companies, newer.Companies, static c => c.Id, static c => c.Id.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Jurisdiction, older.Jurisdictions, newer.Jurisdictions, static j => j.Code, static j => j.Code.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Source, older.Sources, newer.Sources, static s => s.Id, static s => s.Id.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Statement, older.Statements, newer.Statements, static s => s.Id, static s => s.Id.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Trigger, older.Triggers, newer.Triggers, static t => t.Id, static t => t.Id.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Event, older.Events, newer.Events, static e => e.Id, static e => e.Id.Value, RecordMembers.Compare);
        Walk(changes, DatasetRecordKind.Figure, older.Figures, newer.Figures, static f => new FigureVersionKey(f), static f => new FigureVersionKey(f).ToString(), RecordMembers.Compare);
        return new DatasetDiff(changes.ToImmutable());
    }

    /// <summary>Walks two collections sorted by key together, as <see cref="DatasetMerger"/> does.</summary>
    private static void Walk<T, TKey>(ImmutableArray<RecordChange>.Builder changes, DatasetRecordKind kind, ImmutableArray<T> older, ImmutableArray<T> newer,
        Func<T, TKey> keyOf, Func<T, string> idOf, Func<T, T, ImmutableArray<MemberChange>> members)
        where T : class, IEquatable<T> where TKey : IComparable<TKey>
    {
        int i = 0, j = 0;
        while (i < older.Length || j < newer.Length)
        {
            var comparison = i == older.Length ? 1 : j == newer.Length ? -1 : keyOf(older[i]).CompareTo(keyOf(newer[j]));
            if (comparison < 0)
            {
                changes.Add(new RecordChange(kind, idOf(older[i++]), RecordChangeKind.Removed));
            }
            else if (comparison > 0)
            {
                changes.Add(new RecordChange(kind, idOf(newer[j++]), RecordChangeKind.Added));
            }
            else
            {
                if (!older[i].Equals(newer[j]))
                {
                    changes.Add(new RecordChange(kind, idOf(older[i]), RecordChangeKind.Changed, members(older[i], newer[j])));
                }
                i++;
                j++;
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(DatasetDiff? other) => other is not null && (ReferenceEquals(this, other) || Equality.Sequence(Changes, other.Changes));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DatasetDiff);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        Equality.AddSequence(ref hash, Changes);
        return hash.ToHashCode();
    }

    /// <summary>Returns <c>no differences</c>, or one line per change (<see cref="RecordChange.ToString"/>), each ended by
    /// <c>\n</c>.</summary>
    /// <returns>A readable text.</returns>
    public override string ToString() => IsEmpty ? "no differences" : string.Concat(Changes.Select(c => c + "\n"));

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(DatasetDiff? left, DatasetDiff? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DatasetDiff? left, DatasetDiff? right) => !Equals(left, right);
}
