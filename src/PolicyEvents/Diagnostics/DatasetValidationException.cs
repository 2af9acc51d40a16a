using System.Collections.Immutable;

namespace PolicyEvents.Diagnostics;

/// <summary>Thrown when a dataset (built, merged, or loaded with validation) has errors; carries every diagnostic found.</summary>
/// <remarks>The message lists the first problems; <see cref="Diagnostics"/> holds all of them, warnings included.</remarks>
public class DatasetValidationException : Exception
{
    /// <summary>Creates the exception from diagnostics.</summary>
    /// <param name="diagnostics">The problems, errors and warnings; null for none.</param>
    public DatasetValidationException(IEnumerable<Diagnostic>? diagnostics)
        : this(diagnostics is null ? [] : [.. diagnostics], null)
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public DatasetValidationException()
        : this([], null)
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">The message; null for the default one.</param>
    public DatasetValidationException(string? message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message, no diagnostics and a cause.</summary>
    /// <param name="message">The message; null for the default one.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetValidationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception from diagnostics and a cause.</summary>
    /// <param name="diagnostics">The problems; a default array is taken as none.</param>
    /// <param name="innerException">The cause, or null.</param>
    protected DatasetValidationException(ImmutableArray<Diagnostic> diagnostics, Exception? innerException)
        : base(Summarize(diagnostics.IsDefault ? [] : diagnostics), innerException)
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Summarize(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Length - errors;
        const int Shown = 10;
        var lines = diagnostics.OrderByDescending(d => d.Severity).Take(Shown).Select(d => "  " + d);
        var more = diagnostics.Length > Shown ? $"{Environment.NewLine}  … and {diagnostics.Length - Shown} more" : "";
        return $"The dataset has {errors} error(s) and {warnings} warning(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
