using NodaTime;
using NodaTime.Testing;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;

namespace PolicyEvents.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the tool gave.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the tool in process, with captured stdout and stderr. The built-in dataset (read when a command names no file) is
/// the one given, or the library's Hong Kong 2020 dataset for null.
/// </summary>
internal static class CliRunner
{
    public static CliResult Run(PolicyDataset? builtIn, string workingDirectory, params string[] args) =>
        Run(builtIn, workingDirectory, outputIsTerminal: false, noColor: false, args);

    public static CliResult Run(PolicyDataset? builtIn, string workingDirectory, bool outputIsTerminal, bool noColor, params string[] args) =>
        Run(builtIn, workingDirectory, outputIsTerminal, noColor, errorIsTerminal: false, args);

    public static CliResult Run(PolicyDataset? builtIn, string workingDirectory, bool outputIsTerminal, bool noColor, bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, new FakeClock(Instant.FromUtc(2026, 11, 28, 15, 0)), builtIn,
            outputIsTerminal: outputIsTerminal, errorIsTerminal: errorIsTerminal, noColor: noColor, workingDirectory: workingDirectory,
            progressThreshold: 16);
        var exitCode = CliApp.Run(args, environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
