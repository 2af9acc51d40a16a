using System.Text;
using PolicyEvents;
using NodaTime;
using PolicyEvents.Diagnostics;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;

namespace DocSamples;

/// <summary>The samples of docs/loading.md.</summary>
public static class Loading
{
    /// <summary>The embedded dataset.</summary>
    public static void LoadBundled()
    {
        #region load-bundled
        var dataset = PolicyDatasets.HongKong2020;
        Console.WriteLine($"{dataset.Metadata} ({dataset.Metadata.License})");
        Console.WriteLine($"{dataset.Companies.Length} companies, {dataset.Events.Length} events, {dataset.Statements.Length} statements, {dataset.Sources.Length} sources");
        Console.WriteLine($"{dataset.Validate().Count(d => d.IsError)} errors");
        #endregion
    }

    /// <summary>Saving in both forms and loading back.</summary>
    public static void SaveAndLoad(string folder)
    {
        #region save-and-load
        var dataset = PolicyDatasets.HongKong2020;
        var document = Path.Combine(folder, "hong-kong-2020.json");
        var lines = Path.Combine(folder, "hong-kong-2020.jsonl");

        PolicyDatasetSerializer.SaveFile(dataset, document);    // the form follows the extension: a JSON document
        PolicyDatasetSerializer.SaveFile(dataset, lines);       // JSON Lines, one record a line
        Console.WriteLine(PolicyDatasetSerializer.LoadFile(document) == dataset);
        Console.WriteLine(PolicyDatasetSerializer.LoadFile(lines) == dataset);
        #endregion
    }

    /// <summary>A file whose references dangle: refused by default, readable for inspection.</summary>
    public static void LoadInvalid(string folder)
    {
        #region load-invalid
        var path = Path.Combine(folder, "draft.jsonl");
        File.WriteAllText(path, """
            {"type":"dataset","formatVersion":"1.0","metadata":{"id":"draft","title":"Draft","version":"0.1.0","created":"2026-01-15T00:00:00Z"}}
            {"type":"event","id":"acme-hk-2020","company":"acme","jurisdiction":"HK","policy":{"stance":"paused"},"announced":"2020-07-07","recorded":"2026-01-15T00:00:00Z"}

            """);
        try
        {
            PolicyDatasetSerializer.LoadFile(path);         // validates by default
        }
        catch (DatasetValidationException e)
        {
            Console.WriteLine($"refused with {e.Diagnostics.Length} error(s)");
        }

        var draft = PolicyDatasetSerializer.ReadFile(path, DatasetReadOptions.WithoutValidation);
        foreach (var problem in draft.Validate())
        {
            Console.WriteLine($"line {problem.Location.Line}, {problem.Location.Path}: {problem.Severity} {problem.Code}: {problem.Message}");
        }
        #endregion
    }

    /// <summary>Streaming a JSON Lines file record by record.</summary>
    public static void ReadRecords()
    {
        #region read-records
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020, DatasetFormat.JsonLines)));
        foreach (var group in PolicyDatasetSerializer.ReadRecords(stream).GroupBy(r => r.Kind))
        {
            Console.WriteLine($"{group.Key,-12} {group.Count()}");
        }
        #endregion
    }

    /// <summary>A large dataset that is only queried: straight into a history whose events are columns.</summary>
    public static void LoadHistory(string folder)
    {
        #region load-history
        var path = Path.Combine(folder, "hong-kong-2020.jsonl");
        PolicyDatasetSerializer.SaveFile(PolicyDatasets.HongKong2020, path);

        // Validated as LoadFile validates; the events are kept as columns and made into objects only when handed out.
        var history = PolicyDatasetSerializer.LoadHistoryFile(path);
        var answer = history.PolicyAt("google", "HK", Instant.FromUtc(2020, 7, 10, 0, 0));
        Console.WriteLine(history);
        Console.WriteLine($"{answer.Event.Id}: {answer.Policy.Stance}");
        Console.WriteLine(answer.Event == PolicyHistory.From(PolicyDatasets.HongKong2020).PolicyAt("google", "HK", answer.At).Event);
        #endregion
    }

    /// <summary>Read limits for untrusted input.</summary>
    public static void ReadLimits()
    {
        #region read-limits
        var options = new DatasetReadOptions { MaxBytes = 64 * 1024 * 1024, MaxStringBytes = 64 * 1024, MaxRecords = 50, RejectUnknownMembers = true };
        try
        {
            PolicyDatasetSerializer.FromJson(PolicyDatasetSerializer.ToJson(PolicyDatasets.HongKong2020), options);   // 69 records
        }
        catch (DatasetFormatException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }
}
