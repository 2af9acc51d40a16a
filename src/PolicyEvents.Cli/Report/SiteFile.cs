namespace PolicyEvents.Cli.Report;

/// <summary>One file of the site: its path relative to the site's folder (with <c>/</c>) and its bytes.</summary>
/// <param name="Path">The relative path, e.g. <c>jurisdictions/hk.html</c>.</param>
/// <param name="Content">The bytes (UTF-8 without byte order mark, LF line ends).</param>
internal sealed record SiteFile(string Path, byte[] Content);
