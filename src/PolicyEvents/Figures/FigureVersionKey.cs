using NodaTime;
using NodaTime.Text;

namespace PolicyEvents.Figures;

/// <summary>
/// The identity of one version of a figure set, and the canonical order of a dataset's figure sets: the
/// <see cref="FigureKey"/>, then the day the version was published (<see cref="FigureProvenance.Published"/>), an undated
/// version first. A dataset holds one figure set per key and version.
/// </summary>
internal readonly struct FigureVersionKey : IComparable<FigureVersionKey>, IEquatable<FigureVersionKey>
{
    internal FigureVersionKey(ReportedFigures figures)
    {
        Key = new FigureKey(figures);
        Published = figures.Published;
    }

    internal FigureKey Key { get; }

    internal LocalDate? Published { get; }

    public int CompareTo(FigureVersionKey other)
    {
        var c = Key.CompareTo(other.Key);
        if (c != 0)
        {
            return c;
        }
        return (Published, other.Published) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } a, { } b) => a.CompareTo(b),
        };
    }

    public bool Equals(FigureVersionKey other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is FigureVersionKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Key, Published);

    /// <summary>Returns the key, followed by <c> as published 2021-03-01</c> for a dated version.</summary>
    public override string ToString() =>
        Published is { } day ? $"{Key} as published {LocalDatePattern.Iso.Format(day)}" : Key.ToString();
}
