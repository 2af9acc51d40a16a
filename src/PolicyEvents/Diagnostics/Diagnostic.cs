using PolicyEvents.Internal;

namespace PolicyEvents.Diagnostics;

/// <summary>One problem found in a dataset: a severity, a stable code (<c>PE0101</c>), a message and a location.</summary>
/// <remarks>
/// <para>Codes never change meaning across releases; <see cref="DiagnosticCodes"/> lists them and docs/format.md explains
/// each. Equality compares every property. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">The stable code, e.g. <c>PE0101</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="location">Where; null for <see cref="DiagnosticLocation.None"/>.</param>
    /// <exception cref="ArgumentException">The code or message is empty, or the severity is undefined.</exception>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, DiagnosticLocation? location = null)
    {
        Severity = Guard.Defined(severity, nameof(severity));
        Code = Guard.Trimmed(code, nameof(code));
        Message = Guard.Trimmed(message, nameof(message));
        Location = location ?? DiagnosticLocation.None;
    }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Where.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public bool Equals(Diagnostic? other) =>
        other is not null && Severity == other.Severity && Code == other.Code && Message == other.Message && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, Location);

    /// <summary>Returns e.g. <c>data.json(12,7) $.events[3].company: error PE0101: …</c>, like a compiler message.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString()
    {
        var where = Location.ToString();
        var what = $"{Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Information => "information", _ => "warning" }} {Code}: {Message}";
        return where.Length == 0 ? what : $"{where}: {what}";
    }

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Diagnostic? left, Diagnostic? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Diagnostic? left, Diagnostic? right) => !Equals(left, right);
}
