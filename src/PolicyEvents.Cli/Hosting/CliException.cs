namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// A failure the tool reports as one line on stderr (no stack trace unless <c>--verbose</c>) with an exit code.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The one-line message, naming the problem (and the file or value at fault).</param>
    /// <param name="exitCode">The exit code (<see cref="ExitCodes"/>).</param>
    /// <param name="innerException">The cause, if any (shown with <c>--verbose</c>).</param>
    public CliException(string message, int exitCode, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>The exit code (<see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }

    /// <summary>A failure of the command line: a bad argument, a missing or unreadable file.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <returns>The exception.</returns>
    public static CliException Usage(string message, Exception? innerException = null) => new(message, ExitCodes.Usage, innerException);

    /// <summary>A failure of the data: a malformed or invalid dataset.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <returns>The exception.</returns>
    public static CliException InData(string message, Exception? innerException = null) => new(message, ExitCodes.DataError, innerException);
}
