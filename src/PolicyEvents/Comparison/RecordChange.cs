using System.Collections.Immutable;
using PolicyEvents.Diagnostics;
using PolicyEvents.Internal;

namespace PolicyEvents.Comparison;

/// <summary>
/// One record added, removed or changed between two releases of a dataset (<see cref="DatasetDiff"/>): its kind, its id,
/// how it differs, and for a changed record the members whose values differ.
/// </summary>
/// <remarks>
/// <para>The id is the record's id (a jurisdiction's code); for the metadata, the older release's dataset id; for a figure
/// set, which has no id, its key: company, jurisdiction code (or published name, quoted), period and category label, e.g.
/// <c>google HK 2020-01-01/2020-06-30 "User data requests"</c>.</para>
/// <para>Equality compares the kind, id, change and members (in order). Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordChange : IEquatable<RecordChange>
{
    /// <summary>Creates a record change.</summary>
    /// <param name="kind">The kind of record.</param>
    /// <param name="id">Its id, or a figure set's key (see the remarks).</param>
    /// <param name="change">Added, removed or changed.</param>
    /// <param name="members">For a changed record, the members that differ (see <see cref="Members"/>); none for an added
    /// or removed record. Null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or not trimmed, an enum value is undefined,
    /// <paramref name="members"/> holds null or repeats a member, or an added or removed record has members.</exception>
    public RecordChange(DatasetRecordKind kind, string id, RecordChangeKind change, IEnumerable<MemberChange>? members = null)
    {
        Kind = Guard.Defined(kind, nameof(kind));
        Id = Guard.Trimmed(id, nameof(id));
        Change = Guard.Defined(change, nameof(change));
        Members = Guard.Items(members, nameof(members));
        if (change != RecordChangeKind.Changed && !Members.IsEmpty)
        {
            throw new ArgumentException($"An {(change == RecordChangeKind.Added ? "added" : "removed")} record has no member changes.", nameof(members));
        }
        if (Members.Select(m => m.Member).Distinct(StringComparer.Ordinal).Count() != Members.Length)
        {
            throw new ArgumentException("A member is listed more than once.", nameof(members));
        }
    }

    /// <summary>The kind of record (<see cref="DatasetRecordKind.Metadata"/> for the dataset's metadata).</summary>
    public DatasetRecordKind Kind { get; }

    /// <summary>The record's id, a jurisdiction's code, the dataset id for the metadata, or a figure set's key.</summary>
    public string Id { get; }

    /// <summary>Added, removed or changed.</summary>
    public RecordChangeKind Change { get; }

    /// <summary>For a changed record, the members whose values differ, in the order the format writes them; where at one
    /// place each release has members the other lacks (a number that changed from a range to an exact count), the older
    /// release's come first. Empty for an added or removed record.</summary>
    public ImmutableArray<MemberChange> Members { get; }

    /// <inheritdoc />
    public bool Equals(RecordChange? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal) && Change == other.Change
                && Equality.Sequence(Members, other.Members)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordChange);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Change);
        Equality.AddSequence(ref hash, Members);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>event google-hk-pause changed: policy.stance: paused -> refusing; note: (none) -> Corrected</c>,
    /// or <c>jurisdiction XK added</c>.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString()
    {
        var head = $"{DatasetPaths.KindName(Kind)} {Id} {Change.ToString().ToLowerInvariant()}";
        return Members.IsEmpty ? head : $"{head}: {string.Join("; ", Members)}";
    }

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(RecordChange? left, RecordChange? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RecordChange? left, RecordChange? right) => !Equals(left, right);
}
