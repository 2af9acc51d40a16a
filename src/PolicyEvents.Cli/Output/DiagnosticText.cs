using System.Globalization;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Cli.Output;

/// <summary>How the tool writes the library's <see cref="Diagnostic"/>s: in the form compilers print and editors link.</summary>
internal static class DiagnosticText
{
    /// <summary>The file a diagnostic names, or the file as given on the command line when it names none.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="label">The file as given on the command line.</param>
    /// <returns>The file.</returns>
    public static string FileOf(Diagnostic diagnostic, string label) => diagnostic.Location.File ?? label;

    /// <summary>The message, ended by the JSON path (<c>(at $.events[0].company)</c>) when known, not the root alone and not already in it.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The message.</returns>
    public static string MessageOf(Diagnostic diagnostic) =>
        diagnostic.Location.Path is { } path && path != "$" && !diagnostic.Message.Contains(path, StringComparison.Ordinal)
            ? $"{diagnostic.Message} (at {path})"
            : diagnostic.Message;

    /// <summary>
    /// <c>file:line:column: error CODE: message</c> (the position left out when unknown), e.g.
    /// <c>data.json:14:20: error PE0006: '2020-13-01' is not a valid EDTF date (at $.events[0].effective)</c>.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="label">The file as given on the command line, when the diagnostic names none.</param>
    /// <returns>The line.</returns>
    public static string Of(Diagnostic diagnostic, string label)
    {
        var location = diagnostic.Location;
        var position = location.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $":{line}:{Math.Max(location.Column ?? 1, 1)}")
            : string.Empty;
        return $"{FileOf(diagnostic, label)}{position}: {SeverityOf(diagnostic)} {diagnostic.Code}: {MessageOf(diagnostic)}";
    }

    /// <summary>The severity as printed: <c>error</c>, <c>warning</c> or <c>information</c>.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The word.</returns>
    public static string SeverityOf(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Information => "information",
        _ => "warning",
    };
}
