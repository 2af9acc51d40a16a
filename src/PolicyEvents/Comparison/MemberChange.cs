using PolicyEvents.Internal;

namespace PolicyEvents.Comparison;

/// <summary>
/// One member of a record whose value differs between two releases: its name as in the dataset format (camelCase, nested
/// members joined with dots, e.g. <c>title</c>, <c>policy.stance</c>, <c>speaker.person</c>, <c>requests.text</c>) and
/// its value in each release as text.
/// </summary>
/// <remarks>
/// <para>A value is written as the format writes it: a string as itself (<c>paused</c>, <c>2020-07-06</c>,
/// <c>2020-07-07T00:00:00Z</c>), a number or a boolean as its JSON literal (<c>1624</c>, <c>true</c>), and an array as
/// its compact JSON text (<c>["reuters-2020-07-06","afp-2020-07-07"]</c>); null means the member is absent from that
/// release (the format leaves out optional members without a value).</para>
/// <para>Equality compares the member and both values, ordinally. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class MemberChange : IEquatable<MemberChange>
{
    /// <summary>Creates a member change.</summary>
    /// <param name="member">The member's name as in the format, e.g. <c>policy.stance</c>.</param>
    /// <param name="oldValue">Its value in the older release as text, or null when absent there.</param>
    /// <param name="newValue">Its value in the newer release as text, or null when absent there.</param>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is empty or not trimmed, or both values are equal
    /// (both null included): nothing changed.</exception>
    public MemberChange(string member, string? oldValue, string? newValue)
    {
        Member = Guard.Trimmed(member, nameof(member));
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The old and new values of '{member}' are equal ({oldValue ?? "absent"}): nothing changed.", nameof(newValue));
        }
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>The member's name as in the dataset format, nested members joined with dots (<c>policy.stance</c>).</summary>
    public string Member { get; }

    /// <summary>The value in the older release as text, or null when the member is absent there.</summary>
    public string? OldValue { get; }

    /// <summary>The value in the newer release as text, or null when the member is absent there.</summary>
    public string? NewValue { get; }

    /// <inheritdoc />
    public bool Equals(MemberChange? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (string.Equals(Member, other.Member, StringComparison.Ordinal) && string.Equals(OldValue, other.OldValue, StringComparison.Ordinal)
                && string.Equals(NewValue, other.NewValue, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MemberChange);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Member), OldValue is null ? 0 : StringComparer.Ordinal.GetHashCode(OldValue),
            NewValue is null ? 0 : StringComparer.Ordinal.GetHashCode(NewValue));

    /// <summary>Returns e.g. <c>policy.stance: paused -> refusing</c>; an absent value shows as <c>(none)</c>.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() => $"{Member}: {OldValue ?? "(none)"} -> {NewValue ?? "(none)"}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(MemberChange? left, MemberChange? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(MemberChange? left, MemberChange? right) => !Equals(left, right);
}
