namespace PolicyEvents.Tests.Serialization;

/// <summary>Paths of the test datasets copied beside the test assembly.</summary>
internal static class Fixtures
{
    internal static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    internal static string Schema(string name) => Path.Combine(AppContext.BaseDirectory, "schema", name);

    internal static IEnumerable<string> ValidFiles() => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Data", "valid")).Order(StringComparer.Ordinal);
}
