namespace PolicyEvents.Interop.Tests;

/// <summary>A file name in a fresh temporary folder; the folder is deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string _directory;

    public TempFile(string name)
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policyevents-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, name);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
