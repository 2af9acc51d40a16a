namespace PolicyEvents.Cli.Data;

/// <summary>The dataset metadata the tool shows.</summary>
/// <param name="Id">The dataset id.</param>
/// <param name="Title">The title.</param>
/// <param name="Version">The release version.</param>
internal sealed record DatasetHeader(string Id, string Title, string Version);
