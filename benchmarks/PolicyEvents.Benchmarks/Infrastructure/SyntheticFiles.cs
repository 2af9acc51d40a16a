using System.Globalization;
using PolicyEvents.Synthetic;

namespace PolicyEvents.Benchmarks.Infrastructure;

/// <summary>
/// The JSON Lines text of the synthetic dataset of each size, written once to the temporary folder and reused by every
/// benchmark process (the generator is deterministic, so the file name identifies the bytes).
/// </summary>
public static class SyntheticFiles
{
    private const string GeneratorVersion = "v4";

    private static string Folder => Path.Combine(Path.GetTempPath(), "policyevents-benchmarks");

    /// <summary>True when the file of this size is written already, so that <see cref="PathFor"/> generates nothing.</summary>
    public static bool Exists(int eventCount) => File.Exists(FileName(eventCount));

    public static string PathFor(int eventCount)
    {
        var path = FileName(eventCount);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Folder);
            var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            using (var stream = File.Create(temporary))
            {
                SyntheticJsonLines.Write(SyntheticDataset.Generate(eventCount), stream);
            }
            File.Move(temporary, path, overwrite: true);
        }
        return path;
    }

    private static string FileName(int eventCount) => Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture,
        $"synthetic-{eventCount}-{SyntheticDataset.DefaultSeed}-{GeneratorVersion}.jsonl"));

    public static byte[] Bytes(int eventCount) => File.ReadAllBytes(PathFor(eventCount));

    public static long Length(int eventCount) => new FileInfo(PathFor(eventCount)).Length;
}
