namespace PolicyEvents.Tests.TestHelpers;

/// <summary>The clone's top folder (the one that holds PolicyEvents.sln), for tests that check the repository's own files.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "PolicyEvents.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException($"No PolicyEvents.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder's full path.</summary>
    public static string Path => Found.Value;
}
