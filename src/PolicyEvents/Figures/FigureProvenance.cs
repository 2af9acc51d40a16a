using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Figures;

/// <summary>Where a figure was read: the file's name, the one-based line of its row, when known the day the file was
/// published or retrieved (which makes the figure set a dated version, see <see cref="FigureVersions"/>), and in a dataset
/// the source that cites the report the file belongs to.</summary>
/// <remarks>
/// <para>The file name is the name the caller gave the importer (a name, not a machine path, is best: it travels
/// with the data). For a row spanning several lines (a quoted field with a line break) the line is the row's first.</para>
/// <para><see cref="Published"/> is the day the company published the file or, when the export is not dated, the day it
/// was retrieved: the day from which the figures were known. Companies restate old figures in later exports, so the same
/// key can have several versions, told apart by this day; null means undated (an undated version sorts before every dated
/// one).</para>
/// <para><see cref="Source"/> names the dataset's source for the report (publisher, title, address): importers leave it
/// null; a dataset that cites its figures sets it, and validation reports a source the dataset does not define (PE0103).</para>
/// <para>Equality compares the file name (ordinal), the line, the day and the source. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureProvenance : IEquatable<FigureProvenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="fileName">The file's name, trimmed and non-empty.</param>
    /// <param name="line">The one-based line number.</param>
    /// <param name="published">The day the file was published or retrieved, or null when not known.</param>
    /// <param name="source">The dataset's source for the report the file belongs to, or null.</param>
    /// <exception cref="ArgumentException">The file name is empty or not trimmed, or <paramref name="source"/> is a default id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public FigureProvenance(string fileName, int line, LocalDate? published = null, SourceId? source = null)
    {
        FileName = Guard.Trimmed(fileName, nameof(fileName));
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Line = line;
        Published = published;
        Source = Guard.NotDefault(source, nameof(source));
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The one-based line number of the row.</summary>
    public int Line { get; }

    /// <summary>The day the file was published or retrieved, or null when not known.</summary>
    public LocalDate? Published { get; }

    /// <summary>The dataset's source for the report the file belongs to, or null.</summary>
    public SourceId? Source { get; }

    /// <summary>Returns a copy with another day of publication.</summary>
    /// <param name="published">The day the file was published or retrieved, or null.</param>
    /// <returns>The copy.</returns>
    public FigureProvenance WithPublished(LocalDate? published) => new(FileName, Line, published, Source);

    /// <summary>Returns a copy that names another source.</summary>
    /// <param name="source">The dataset's source for the report, or null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is a default id.</exception>
    public FigureProvenance WithSource(SourceId? source) => new(FileName, Line, Published, source);

    /// <inheritdoc />
    public bool Equals(FigureProvenance? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (string.Equals(FileName, other.FileName, StringComparison.Ordinal) && Line == other.Line && Published == other.Published && Source == other.Source));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureProvenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(FileName), Line, Published, Source);

    /// <summary>Returns <c>file.csv:12</c>, followed by <c> (published 2021-03-01)</c> when the day is known.</summary>
    /// <returns>The file name and line.</returns>
    public override string ToString() =>
        Published is { } day ? $"{FileName}:{Line} (published {LocalDatePattern.Iso.Format(day)})" : $"{FileName}:{Line}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(FigureProvenance? left, FigureProvenance? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FigureProvenance? left, FigureProvenance? right) => !Equals(left, right);
}
