using System.Globalization;

namespace PolicyEvents.Diagnostics;

/// <summary>Where a <see cref="Diagnostic"/> applies: a file, a one-based line and column, and a JSON path.</summary>
/// <remarks>
/// <para>Every part is optional: a dataset built in code has no file, line or column, only the path its record would have
/// in the canonical single document (for example <c>$.events[3].company</c>). In a JSON Lines file the path is relative to
/// the line (<c>$.company</c>) and <see cref="Line"/> names the line. Columns count characters (not bytes) from 1.</para>
/// <para>Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DiagnosticLocation : IEquatable<DiagnosticLocation>
{
    /// <summary>A location that names nothing.</summary>
    public static DiagnosticLocation None { get; } = new(null, null, null, null);

    /// <summary>Creates a location.</summary>
    /// <param name="file">The file name or path as given when loading, or null.</param>
    /// <param name="line">The one-based line, or null.</param>
    /// <param name="column">The one-based column (in characters), or null.</param>
    /// <param name="path">The JSON path (<c>$.events[3].company</c>), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A line or column is less than 1.</exception>
    public DiagnosticLocation(string? file, int? line, int? column, string? path)
    {
        if (line is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are counted from 1.");
        }
        if (column is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are counted from 1.");
        }
        File = file;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>The file name or path as given when loading, or null.</summary>
    public string? File { get; }

    /// <summary>The one-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>The one-based column, counted in characters, or null.</summary>
    public int? Column { get; }

    /// <summary>The JSON path, or null.</summary>
    public string? Path { get; }

    /// <summary>Returns a copy with another path.</summary>
    /// <param name="path">The new path, or null.</param>
    /// <returns>The copy.</returns>
    public DiagnosticLocation WithPath(string? path) => new(File, Line, Column, path);

    /// <inheritdoc />
    public bool Equals(DiagnosticLocation? other) =>
        other is not null && File == other.File && Line == other.Line && Column == other.Column && Path == other.Path;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiagnosticLocation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(File, Line, Column, Path);

    /// <summary>Returns e.g. <c>data.json(12,7) $.events[3].company</c>, leaving out the parts that are unknown.</summary>
    /// <returns>A readable location.</returns>
    public override string ToString()
    {
        var position = Line is { } l
            ? Column is { } c ? string.Create(CultureInfo.InvariantCulture, $"({l},{c})") : string.Create(CultureInfo.InvariantCulture, $"({l})")
            : "";
        var head = (File ?? "") + position;
        return Path is null ? head : head.Length == 0 ? Path : $"{head} {Path}";
    }

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(DiagnosticLocation? left, DiagnosticLocation? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DiagnosticLocation? left, DiagnosticLocation? right) => !Equals(left, right);
}
