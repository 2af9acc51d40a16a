using System.CommandLine;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>validate FILE...</c>: every diagnostic, <c>file:line:column: severity code: message</c>; exit 1 on any error.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Dataset files to check (.json or .jsonl).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "List every problem in dataset files, in the form editors link; exit 1 if any is an error.")
        {
            files,
        };
        command.SetAction(parse => Run(context, parse, parse.GetValue(files) ?? []));
        return command;
    }

    private static int Run(CommandContext context, ParseResult parse, string[] files)
    {
        var diagnostics = new List<CliDiagnostic>();
        var unreadable = false;
        foreach (var file in files)
        {
            try
            {
                diagnostics.AddRange(context.Loader.Validate(file));
            }
            catch (CliException e) when (e.ExitCode == ExitCodes.Usage)
            {
                // A missing or unreadable file: say so and go on with the others.
                context.Environment.Error.WriteLine($"policyevents: error: {e.Message}");
                unreadable = true;
            }
        }
        var format = parse.GetValue(context.FormatOption);
        if (format == OutputFormat.Table)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.Environment.Output.WriteLine(diagnostic.ToString());
            }
            var errors = diagnostics.Count(d => d.Severity == CliSeverity.Error);
            var warnings = diagnostics.Count - errors;
            context.Environment.Error.WriteLine($"{Plural(files.Length, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
        }
        else
        {
            context.Write(parse, new ResultTable(
                [new("file", "file"), new("line", "line"), new("column", "column"), new("severity", "severity"), new("code", "code"), new("message", "message")],
                diagnostics.Select(d => (IReadOnlyList<object?>)[d.File, d.Line, d.Column, d.Severity == CliSeverity.Error ? "error" : "warning", d.Code, d.Message])));
        }
        return unreadable ? ExitCodes.Usage
            : diagnostics.Any(d => d.Severity == CliSeverity.Error) ? ExitCodes.DataError
            : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
