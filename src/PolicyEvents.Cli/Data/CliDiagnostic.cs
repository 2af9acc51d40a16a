using System.Globalization;

namespace PolicyEvents.Cli.Data;

/// <summary>How serious a diagnostic is.</summary>
internal enum CliSeverity
{
    /// <summary>The dataset is invalid.</summary>
    Error,

    /// <summary>The dataset is valid but something deserves a look.</summary>
    Warning,
}

/// <summary>One problem in a dataset file, with a one-based position.</summary>
/// <param name="File">The file as given on the command line.</param>
/// <param name="Line">The one-based line (0 when unknown).</param>
/// <param name="Column">The one-based column (0 when unknown).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">The stable diagnostic code.</param>
/// <param name="Message">What is wrong and what was expected (with the JSON path when known).</param>
internal sealed record CliDiagnostic(string File, int Line, int Column, CliSeverity Severity, string Code, string Message)
{
    /// <summary>
    /// The form compilers print and editors link: <c>file:line:column: error CODE: message</c> (the position is
    /// left out when unknown).
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var severity = Severity == CliSeverity.Error ? "error" : "warning";
        var position = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $":{Line}:{Math.Max(Column, 1)}")
            : string.Empty;
        return $"{File}{position}: {severity} {Code}: {Message}";
    }
}
