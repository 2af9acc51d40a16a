using System.Globalization;

namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// Shows <c>reading FILE: 42%</c> on one rewritten line of stderr, and clears it at the end. Used only when stderr is a
/// terminal and the file is large enough to take more than a moment (<see cref="Threshold"/>).
/// </summary>
/// <remarks>Reports arrive on the reading thread, synchronously (no <see cref="Progress{T}"/> context capture).</remarks>
internal sealed class TerminalProgress : IProgress<int>, IDisposable
{
    /// <summary>Files from this size (8 MiB, a good fraction of a second to parse) show progress.</summary>
    public const long Threshold = 8L * 1024 * 1024;

    private readonly TextWriter _error;
    private readonly string _label;
    private bool _shown;

    /// <summary>Creates the display.</summary>
    /// <param name="error">The terminal's stderr.</param>
    /// <param name="label">The file name shown.</param>
    public TerminalProgress(TextWriter error, string label)
    {
        _error = error;
        _label = label;
    }

    /// <inheritdoc/>
    public void Report(int value)
    {
        _shown = true;
        _error.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading {_label}: {value,3}%"));
        _error.Flush();
    }

    /// <summary>Clears the progress line.</summary>
    public void Dispose()
    {
        if (_shown)
        {
            _error.Write("\r\u001b[2K");
            _error.Flush();
        }
    }
}
