namespace DocSamples;

/// <summary>Every sample of the documentation by the name of its <c>#region</c>, the name an article includes it by.</summary>
public static class SampleRunner
{
    private static readonly Dictionary<string, Action> Samples = new(StringComparer.Ordinal)
    {
        ["first-query"] = GettingStarted.FirstQuery,
        ["build-dataset"] = BuildingDatasets.BuildDataset,
        ["ids-from-text"] = BuildingDatasets.IdsFromText,
        ["build-errors"] = BuildingDatasets.BuildErrors,
        ["merge"] = BuildingDatasets.Merge,
        ["lists"] = BuildingDatasets.Lists,
        ["load-bundled"] = Loading.LoadBundled,
        ["save-and-load"] = () => WithFolder(Loading.SaveAndLoad),
        ["load-invalid"] = () => WithFolder(Loading.LoadInvalid),
        ["read-records"] = Loading.ReadRecords,
        ["load-history"] = () => WithFolder(Loading.LoadHistory),
        ["read-limits"] = Loading.ReadLimits,
        ["csv-export"] = Interop.CsvExport,
        ["parquet-export"] = Interop.ParquetExport,
        ["embed-json-use"] = Interop.EmbedJson,
    };

    /// <summary>The samples' names, in the articles' order.</summary>
    public static IEnumerable<string> Names => Samples.Keys;

    /// <summary>Runs one sample with <see cref="Console.Out"/> set to <paramref name="output"/> (the samples print with
    /// <see cref="Console.WriteLine(string)"/>, as a reader's code would), and puts the console back afterwards.</summary>
    /// <param name="name">The sample's region name.</param>
    /// <param name="output">Where its output goes.</param>
    /// <returns>False when no sample has that name.</returns>
    public static bool TryRun(string name, TextWriter output)
    {
        if (!Samples.TryGetValue(name, out var sample))
        {
            return false;
        }
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            sample();
        }
        finally
        {
            Console.SetOut(console);
        }
        return true;
    }

    /// <summary>Runs a sample that reads and writes files in a new empty folder, deleted afterwards.</summary>
    private static void WithFolder(Action<string> sample)
    {
        var folder = Directory.CreateTempSubdirectory("policyevents-docs-").FullName;
        try
        {
            sample(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
