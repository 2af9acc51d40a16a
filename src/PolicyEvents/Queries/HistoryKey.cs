using System.Runtime.CompilerServices;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// A (company, jurisdiction) pair resolved once by <see cref="PolicyHistory.TryGetKey"/>, so that many questions about the
/// same pair skip looking its ids up: <see cref="PolicyHistory.PolicyAt(HistoryKey, NodaTime.Instant, DateReading)"/> answers
/// with a binary search alone.
/// </summary>
/// <remarks>
/// <para>A key belongs to the <see cref="PolicyHistory"/> instance (the view) that resolved it: another history, or another
/// view of the same one (<see cref="PolicyHistory.AsKnownAt"/>), rejects it with an <see cref="ArgumentException"/> rather
/// than misreading it. Resolve the pair again on each view.</para>
/// <para>The default value is "no key": <see cref="IsDefault"/> is true, <see cref="Company"/> and <see cref="Jurisdiction"/>
/// are their default values, and every query rejects it with an <see cref="ArgumentException"/>.</para>
/// <para>Equality compares the history (by reference) and the pair. A key keeps its history reachable. This type is an
/// immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct HistoryKey : IEquatable<HistoryKey>
{
    private readonly PolicyHistory? _history;
    private readonly int _index;

    internal HistoryKey(PolicyHistory history, int index)
    {
        _history = history;
        _index = index;
    }

    /// <summary>The history that resolved the key, or null for the default value.</summary>
    internal PolicyHistory? History => _history;

    /// <summary>The key's position in its history's key tables.</summary>
    internal int Index => _index;

    /// <summary>True for the default value, which names no pair and is rejected by every query.</summary>
    public bool IsDefault => _history is null;

    /// <summary>The company; the default value for a default key.</summary>
    public CompanyId Company => _history is null ? default : _history.CompanyOfKey(_index);

    /// <summary>The jurisdiction; the default value for a default key.</summary>
    public JurisdictionCode Jurisdiction => _history is null ? default : _history.JurisdictionOfKey(_index);

    /// <inheritdoc />
    public bool Equals(HistoryKey other) => ReferenceEquals(_history, other._history) && _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HistoryKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_history), _index);

    /// <summary>Returns e.g. <c>google HK</c>, or <c>(no key)</c> for the default value.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => _history is null ? "(no key)" : $"{Company} {Jurisdiction}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>True when both come from the same history and name the same pair (or both are default).</returns>
    public static bool operator ==(HistoryKey left, HistoryKey right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>True when the keys differ.</returns>
    public static bool operator !=(HistoryKey left, HistoryKey right) => !left.Equals(right);
}
