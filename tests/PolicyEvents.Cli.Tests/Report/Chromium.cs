namespace PolicyEvents.Cli.Tests.Report;

/// <summary>
/// The Chromium the browser tests drive: <c>POLICYEVENTS_CHROMIUM</c> when set (.ci/run sets it once it has found or
/// installed Debian's chromium, so a browser that then goes missing fails the test instead of skipping it), else the usual
/// install paths.
/// </summary>
internal static class Chromium
{
    public const string Variable = "POLICYEVENTS_CHROMIUM";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    /// <summary>The browser's path: the variable's value even when no file is there (the test then fails), or the first
    /// install path that exists, or null.</summary>
    public static string? Path { get; } = Find();

    public static string SkipReason =>
        $"No Chromium here: install Debian's chromium package (.ci/run does, as root) or set {Variable} to a Chromium or Chrome binary.";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        return !string.IsNullOrWhiteSpace(configured) ? configured : Candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>A test that needs a real browser: skipped, saying why, only where no Chromium is installed or configured.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
