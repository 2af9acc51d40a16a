using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyEvents;
using PolicyEvents.Domain;
using PolicyEvents.Interop;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace DocSamples;

/// <summary>The samples of docs/interop.md.</summary>
public static class Interop
{
    /// <summary>Policy events as CSV.</summary>
    public static void CsvExport()
    {
        #region csv-export
        var events = PolicyDatasets.HongKong2020.Events.Where(e => e.Company == "zoom");
        var csv = PolicyEventCsv.ToCsv(events);                 // or Write(events, stream or TextWriter)
        foreach (var line in csv.Split('\n').Take(2))
        {
            Console.WriteLine(string.Join(" | ", line.Split(',').Take(6)));
        }
        #endregion
    }

    /// <summary>Policy events as Parquet.</summary>
    public static void ParquetExport()
    {
        #region parquet-export
        using var parquet = new MemoryStream();                 // or File.Create("events.parquet")
        PolicyEventParquet.WriteAsync(PolicyDatasets.HongKong2020, parquet).GetAwaiter().GetResult();
        Console.WriteLine($"{PolicyEventParquet.Columns.Length} columns, starting {string.Join(", ", PolicyEventParquet.Columns.Take(4))}");
        Console.WriteLine(System.Text.Encoding.ASCII.GetString(parquet.ToArray(), 0, 4));   // the Parquet magic number
        #endregion
    }

    /// <summary>The library's values inside an application's own JSON.</summary>
    public static void EmbedJson()
    {
        #region embed-json-use
        var statement = PolicyDatasets.HongKong2020.Statements.First(s => s.Speaker.Company == "zoom");
        var note = new Note("zoom", statement.Id, new Dictionary<JurisdictionCode, PartialDate> { ["HK"] = PartialDate.Parse("2020-07") });
        var json = JsonSerializer.Serialize(note, NoteContext.Default.Note);
        Console.WriteLine(json);
        Console.WriteLine(JsonSerializer.Deserialize(json, NoteContext.Default.Note) == note);

        // Without a source-generated context: add the converters to your options.
        var options = PolicyEventsJson.AddConverters(new JsonSerializerOptions());
        Console.WriteLine(JsonSerializer.Serialize(new CompanyId("zoom"), options));
        #endregion
    }
}

#region embed-json-types
/// <summary>An application's own type that holds the library's values.</summary>
public sealed record Note(CompanyId Company, StatementId Statement, Dictionary<JurisdictionCode, PartialDate> Seen)
{
    /// <summary>Equal when the company, the statement and every entry of <see cref="Seen"/> are.</summary>
    public bool Equals(Note? other) => other is not null && Company == other.Company && Statement == other.Statement
        && Seen.Count == other.Seen.Count && Seen.All(e => other.Seen.TryGetValue(e.Key, out var d) && d == e.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Company, Statement, Seen.Count);
}

/// <summary>A source-generated context (trimming- and NativeAOT-safe) that writes the library's values as the format does.</summary>
[JsonSerializable(typeof(Note))]
[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]
public sealed partial class NoteContext : JsonSerializerContext;
#endregion
