using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Library;

/// <summary>A temporary folder holding copies of the test data files (see TestData/README.md), and runs with the library's
/// own built-in dataset.</summary>
public sealed class LibraryFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public LibraryFixture()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData")))
        {
            File.Copy(file, Path.Combine(_dir.Path, Path.GetFileName(file)));
        }
    }

    public string PathOf(string name) => Path.Combine(_dir.Path, name);

    internal CliResult Run(params string[] args) => CliRunner.Run(null, _dir.Path, args);

    public void Dispose() => _dir.Dispose();
}
