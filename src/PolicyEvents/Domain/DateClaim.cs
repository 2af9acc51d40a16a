using System.Collections.Immutable;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>A date as one or more sources state it, kept beside other claims where sources disagree
/// (Hong Kong's national security law took effect "at 11 pm on 30 June" in one report, "on 1 July" in another).</summary>
/// <remarks>Equality compares every property, sources in order. Instances are immutable and thread-safe.</remarks>
public sealed class DateClaim : IEquatable<DateClaim>
{
    /// <summary>Creates a claim.</summary>
    /// <param name="date">The date the sources state.</param>
    /// <param name="sources">The sources that state it (at least one, without repeats).</param>
    /// <param name="wording">The sources' own words for the date, verbatim, if worth keeping ("11pm on June 30").</param>
    /// <exception cref="ArgumentException">No source is given, a source repeats, or the wording is empty.</exception>
    public DateClaim(PartialDate date, IEnumerable<SourceId> sources, string? wording = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Date = date;
        Sources = Guard.DistinctIds(sources, nameof(sources));
        if (Sources.IsEmpty)
        {
            throw new ArgumentException("A date claim needs at least one source.", nameof(sources));
        }
        Wording = wording is null ? null : Guard.Verbatim(wording, nameof(wording));
    }

    /// <summary>The date claimed.</summary>
    public PartialDate Date { get; }

    /// <summary>The sources that state it.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>The sources' own words for the date, or null.</summary>
    public string? Wording { get; }

    /// <inheritdoc />
    public bool Equals(DateClaim? other) =>
        other is not null && Date == other.Date && Wording == other.Wording && Equality.Sequence(Sources, other.Sources);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateClaim);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Date);
        hash.Add(Wording);
        Equality.AddSequence(ref hash, Sources);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>2020-07-01 (scmp-2020-07-01)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Date} ({string.Join(", ", Sources)})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(DateClaim? left, DateClaim? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DateClaim? left, DateClaim? right) => !Equals(left, right);
}
