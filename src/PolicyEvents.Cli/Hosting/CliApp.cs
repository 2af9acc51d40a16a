using System.CommandLine;
using System.CommandLine.Help;
using PolicyEvents.Cli.Commands;

namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// The tool's entry point for the process and for tests: parses the arguments, runs the command, and turns failures into
/// one line on stderr and an exit code (<see cref="ExitCodes"/>).
/// </summary>
internal static class CliApp
{
    /// <summary>Builds the command tree.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The root command.</returns>
    public static RootCommand BuildRoot(CommandContext context)
    {
        var root = new RootCommand("policyevents: validate, summarize, query, diff, convert and chart PolicyEvents datasets, import figures, and publish them as static sites. Without FILE, commands read the built-in Hong Kong 2020 dataset.")
        {
            ValidateCommand.Create(context),
            SummaryCommand.Create(context),
            AtCommand.Create(context),
            TimelineCommand.Create(context),
            DiffCommand.Create(context),
            ConvertCommand.Create(context),
            ImportCommand.Create(context),
            ChartCommand.Create(context),
            ReportCommand.Create(context),
        };
        root.Options.Add(context.FormatOption);
        root.Options.Add(context.VerboseOption);
        root.HelpName = ToolName;
        return root;
    }

    /// <summary>The tool's command name (the package's <c>ToolCommandName</c>), shown in help and errors.</summary>
    public const string ToolName = "policyevents";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="environment">Output, error, clock and the built-in dataset.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var context = new CommandContext(environment);
        var parse = BuildRoot(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            // The last error is the most specific ("Unrecognized command X" comes after "Required command was not provided").
            var message = string.Join(' ', parse.Errors[^1].Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            environment.Error.WriteLine($"policyevents: error: {message} (see 'policyevents --help')");
            return ExitCodes.Usage;
        }
        var verbose = parse.GetValue(context.VerboseOption);
        if (parse.Action is HelpAction)
        {
            // System.CommandLine 3 keeps its help builder internal: the help is written to a buffer and its command list
            // rewritten with each command's real usage (HelpText).
            using var buffer = new StringWriter { NewLine = "\n" };
            parse.Invoke(new InvocationConfiguration { Output = buffer, Error = environment.Error });
            environment.Output.Write(HelpText.Rewrite(buffer.ToString(), parse.CommandResult.Command));
            return ExitCodes.Success;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            Report(environment, e, verbose);
            return e.ExitCode;
        }
#pragma warning disable CA1031 // The tool's last line of defence: one line, no stack trace unless --verbose.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Report(environment, new CliException($"unexpected failure: {e.Message}", ExitCodes.DataError, e), verbose);
            return ExitCodes.DataError;
        }
    }

    private static void Report(CliEnvironment environment, CliException exception, bool verbose)
    {
        environment.Error.WriteLine($"policyevents: error: {exception.Message}");
        if (verbose && exception.InnerException is { } inner)
        {
            environment.Error.WriteLine(inner.ToString());
        }
        else if (verbose)
        {
            environment.Error.WriteLine(exception.StackTrace);
        }
    }
}
