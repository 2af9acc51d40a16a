namespace PolicyEvents.Cli.Output;

/// <summary>The few ANSI escape sequences tables use.</summary>
internal static class Ansi
{
    /// <summary>Bold.</summary>
    public const string Bold = "\u001b[1m";

    /// <summary>Red.</summary>
    public const string Red = "\u001b[31m";

    /// <summary>Green.</summary>
    public const string Green = "\u001b[32m";

    /// <summary>Yellow.</summary>
    public const string Yellow = "\u001b[33m";

    /// <summary>Blue.</summary>
    public const string Blue = "\u001b[34m";

    /// <summary>Magenta.</summary>
    public const string Magenta = "\u001b[35m";

    /// <summary>Cyan.</summary>
    public const string Cyan = "\u001b[36m";

    /// <summary>Dim (grey).</summary>
    public const string Dim = "\u001b[2m";

    /// <summary>Back to normal.</summary>
    public const string Reset = "\u001b[0m";
}
