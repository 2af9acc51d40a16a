namespace PolicyEvents.Cli.Hosting;

/// <summary>The process exit codes of <c>policyevents</c>.</summary>
/// <remarks>
/// Like <c>diff</c> and compilers: 0 for success, 1 when the data is at fault (an invalid or malformed dataset) or,
/// for <c>diff</c>, when the datasets differ, 2 when the command line is at fault (a bad argument, a missing file).
/// <c>diff</c> reports every failure with 2, so that 1 keeps meaning "different".
/// </remarks>
internal static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>validate</c>: no errors; for <c>diff</c>: no differences).</summary>
    public const int Success = 0;

    /// <summary>The data is at fault (errors in a dataset), or, for <c>diff</c>, the datasets differ.</summary>
    public const int DataError = 1;

    /// <summary>The command line is at fault: unknown option, bad date, unknown code, missing or unreadable file.</summary>
    public const int Usage = 2;
}
