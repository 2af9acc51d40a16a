using PolicyEvents.Cli.Hosting;

namespace PolicyEvents.Cli;

/// <summary>The <c>policyevents</c> process: <see cref="CliApp.Run"/> over the console.</summary>
internal static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) => CliApp.Run(args, CliEnvironment.FromConsole());
}
