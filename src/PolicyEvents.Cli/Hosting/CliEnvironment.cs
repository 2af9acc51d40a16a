using NodaTime;
using PolicyEvents.Datasets;

namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// Everything a command takes from the outside world: its output and error writers, whether they are terminals, the
/// clock and the built-in dataset. <see cref="Program"/> builds the real one; tests build one over string writers.
/// </summary>
internal sealed class CliEnvironment
{
    /// <summary>Creates an environment.</summary>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where diagnostics, errors and progress go (stderr).</param>
    /// <param name="clock">The clock (for "now"); tests pass a fake one.</param>
    /// <param name="builtIn">The dataset commands read when given no file; null for the library's
    /// <see cref="PolicyDatasets.HongKong2020"/>.</param>
    /// <param name="outputIsTerminal">True when stdout is a terminal (tables may use colour).</param>
    /// <param name="errorIsTerminal">True when stderr is a terminal (progress may be shown).</param>
    /// <param name="noColor">True when <c>NO_COLOR</c> is set (no colour whatever the terminal).</param>
    /// <param name="workingDirectory">The directory relative paths are read from.</param>
    /// <param name="progressThreshold">The file size from which reading shows progress (on a terminal).</param>
    public CliEnvironment(TextWriter output, TextWriter error, IClock clock, PolicyDataset? builtIn = null,
        bool outputIsTerminal = false, bool errorIsTerminal = false, bool noColor = false, string? workingDirectory = null,
        long progressThreshold = TerminalProgress.Threshold)
    {
        ProgressThreshold = progressThreshold;
        Output = output;
        Error = error;
        BuiltIn = builtIn ?? PolicyDatasets.HongKong2020;
        Clock = clock;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        NoColor = noColor;
        WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
    }

    /// <summary>Where results go.</summary>
    public TextWriter Output { get; }

    /// <summary>Where diagnostics, errors and progress go.</summary>
    public TextWriter Error { get; }

    /// <summary>The dataset commands read when given no file (the Hong Kong 2020 dataset, unless a test gives another).</summary>
    public PolicyDataset BuiltIn { get; }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>True when stdout is a terminal.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>True when stderr is a terminal.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>True when <c>NO_COLOR</c> is set.</summary>
    public bool NoColor { get; }

    /// <summary>The directory relative paths are read from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The file size in bytes from which reading shows progress on stderr (when stderr is a terminal).</summary>
    public long ProgressThreshold { get; }

    /// <summary>Tables use colour only on a terminal, and never when <c>NO_COLOR</c> is set.</summary>
    public bool UseColor => OutputIsTerminal && !NoColor;

    /// <summary>The environment of the real process: the console, the system clock, the library's Hong Kong 2020 dataset.</summary>
    /// <returns>The environment.</returns>
    public static CliEnvironment FromConsole()
    {
#pragma warning disable RS0030 // The composition root of the tool is where the real clock is chosen; everything else takes IClock.
        var clock = SystemClock.Instance;
#pragma warning restore RS0030
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliEnvironment(Console.Out, Console.Error, clock,
            outputIsTerminal: !Console.IsOutputRedirected, errorIsTerminal: !Console.IsErrorRedirected, noColor: noColor);
    }
}
