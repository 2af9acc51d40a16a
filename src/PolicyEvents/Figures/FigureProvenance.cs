using PolicyEvents.Internal;

namespace PolicyEvents.Figures;

/// <summary>Where a figure was read: the file's name and the one-based line of its row.</summary>
/// <remarks>
/// <para>The file name is the name the caller gave the importer (a name, not a machine path, is best: it travels
/// with the data). For a row spanning several lines (a quoted field with a line break) the line is the row's first.</para>
/// <para>Equality compares the file name (ordinal) and the line. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class FigureProvenance : IEquatable<FigureProvenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="fileName">The file's name, trimmed and non-empty.</param>
    /// <param name="line">The one-based line number.</param>
    /// <exception cref="ArgumentException">The file name is empty or not trimmed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public FigureProvenance(string fileName, int line)
    {
        FileName = Guard.Trimmed(fileName, nameof(fileName));
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        Line = line;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The one-based line number of the row.</summary>
    public int Line { get; }

    /// <inheritdoc />
    public bool Equals(FigureProvenance? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(FileName, other.FileName, StringComparison.Ordinal) && Line == other.Line));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureProvenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(FileName), Line);

    /// <summary>Returns <c>file.csv:12</c>.</summary>
    /// <returns>The file name and line.</returns>
    public override string ToString() => $"{FileName}:{Line}";

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
