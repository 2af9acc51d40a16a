using System.CommandLine;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>validate FILE...</c>: every diagnostic, <c>file:line:column: severity code: message</c>; exit 1 on any error.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var files = CommandContext.RefusingOptions(new Argument<string[]>("FILE")
        {
            Description = "Dataset files to check (.json or .jsonl).",
            Arity = ArgumentArity.OneOrMore,
        });
        var command = new Command("validate", "List every problem in dataset files, in the form editors link; exit 1 if any is an error.")
        {
            files,
        };
        command.SetAction(parse => Run(context, parse, parse.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CommandContext context, ParseResult parse, string[] files)
    {
        var diagnostics = new List<(string File, Diagnostic Diagnostic)>();
        var unreadable = 0;
        foreach (var file in files)
        {
            try
            {
                diagnostics.AddRange(context.Loader.Validate(file).Select(d => (file, d)));
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.Usage)
            {
                // A missing or unreadable file: say so and go on with the others; it is not counted as checked.
                context.Environment.Error.WriteLine($"policyevents: error: {e.Message}");
                unreadable++;
            }
        }
        var checkedFiles = files.Length - unreadable;
        var format = context.FormatOf(parse);
        if (format == OutputFormat.Table)
        {
            foreach (var (file, diagnostic) in diagnostics)
            {
                context.Environment.Output.WriteLine(DiagnosticText.Of(diagnostic, file));
            }
            var errors = diagnostics.Count(d => d.Diagnostic.IsError);
            var warnings = diagnostics.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning);
            if (checkedFiles > 0)
            {
                var notRead = unreadable > 0 ? $" ({Plural(unreadable, "file")} not read)" : string.Empty;
                context.Environment.Error.WriteLine($"{Plural(checkedFiles, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}{notRead}");
            }
        }
        else
        {
            context.Write(parse, new ResultTable(
                [new("file", "file"), new("line", "line"), new("column", "column"), new("severity", "severity"), new("code", "code"), new("message", "message")],
                diagnostics.Select(d => (IReadOnlyList<object?>)
                [
                    DiagnosticText.FileOf(d.Diagnostic, d.File), d.Diagnostic.Location.Line ?? 0, d.Diagnostic.Location.Column ?? 0,
                    DiagnosticText.SeverityOf(d.Diagnostic), d.Diagnostic.Code, DiagnosticText.MessageOf(d.Diagnostic),
                ])));
        }
        return unreadable > 0 ? ExitCodes.Usage
            : diagnostics.Any(d => d.Diagnostic.IsError) ? ExitCodes.DataError
            : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
