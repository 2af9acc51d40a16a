using System.Collections.Immutable;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>
/// Thrown when a dataset file cannot be read: malformed JSON, a value of the wrong type, a missing or repeated member, an
/// invalid value, a repeated id, or an unsupported format version. Carries every problem found, each with the file, a
/// one-based line and column, and the JSON path; a dataset is never returned partially loaded.
/// </summary>
public sealed class DatasetFormatException : DatasetValidationException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">The problems, errors and warnings; null for none.</param>
    public DatasetFormatException(IEnumerable<Diagnostic>? diagnostics)
        : base([.. diagnostics ?? []], null)
    {
    }

    /// <summary>Creates the exception with no diagnostics.</summary>
    public DatasetFormatException()
        : base(ImmutableArray<Diagnostic>.Empty, null)
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    /// <param name="message">The message; null for the default one.</param>
    public DatasetFormatException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, no diagnostics and a cause.</summary>
    /// <param name="message">The message; null for the default one.</param>
    /// <param name="innerException">The cause.</param>
    public DatasetFormatException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
