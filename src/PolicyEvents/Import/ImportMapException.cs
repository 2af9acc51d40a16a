namespace PolicyEvents.Import;

/// <summary>
/// Thrown when a mapping file (<see cref="ImportMap"/>) cannot be read: malformed JSON, a missing or unknown member, a
/// value of the wrong type or an invalid value. The message names the file, the JSON path and, for malformed JSON, the
/// one-based line and column.
/// </summary>
public sealed class ImportMapException : Exception
{
    /// <summary>Creates the exception with the default message.</summary>
    public ImportMapException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message; null for the default one.</param>
    public ImportMapException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message; null for the default one.</param>
    /// <param name="innerException">The cause.</param>
    public ImportMapException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal ImportMapException(string fileName, string path, string problem, Exception? innerException = null)
        : base($"{fileName}: {path}: {problem}", innerException)
    {
        JsonPath = path;
    }

    /// <summary>The JSON path of the member at fault (<c>$.figures.requests</c>), or null when not known.</summary>
    public string? JsonPath { get; }
}
