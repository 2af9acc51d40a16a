// NativeAOT smoke test, run as a native binary by .ci/aot-smoke.sh, which checks what it prints: the quick start
// (its first version), then the bundled Hong Kong 2020 dataset (embedded in the library) loaded,
// validated, queried, saved in both forms and reloaded, exported as CSV, and a statement and a company embedded in a
// type of the app's own, serialized with a source-generated System.Text.Json context. It exits non-zero when a check fails.
// .ci/consumer-test.sh also runs this file against the packed PolicyEvents package (JIT, not AOT).
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using PolicyEvents;
using PolicyEvents.Domain;
using PolicyEvents.Interop;
using PolicyEvents.Queries;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

var hongKong = JurisdictionRegistry.Default.Get("HK");
Console.WriteLine(hongKong);

var tuesday = PartialDate.Parse("2020-07-07");
Console.WriteLine($"{tuesday} in {hongKong.Name} is {tuesday.ToInterval(hongKong.TimeZone)}");

var failures = new List<string>();
void Check(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

// Load the bundled dataset, embedded in the library (the JSON reading here must not need reflection either).
byte[] original;
using (var resource = PolicyDatasets.OpenHongKong2020Json())
using (var buffer = new MemoryStream())
{
    resource.CopyTo(buffer);
    original = buffer.ToArray();
}
var dataset = PolicyDatasetSerializer.Load(new MemoryStream(original));
Check(dataset == PolicyDatasets.HongKong2020, "PolicyDatasets.HongKong2020 is the bundled file");
Console.WriteLine($"loaded: {dataset.Metadata.Id} {dataset.Metadata.Version}: {dataset.Companies.Length} companies, {dataset.Events.Length} events, {dataset.Statements.Length} statements, {dataset.Sources.Length} sources");
var problems = dataset.Validate();
var errors = problems.Count(p => p.IsError);
Console.WriteLine($"validate: {errors} errors, {problems.Length - errors} warnings");
Check(errors == 0, "the bundled dataset has no validation errors");

// Query it: each company's policy toward Hong Kong on 9 July 2020 (Hong Kong time).
var history = PolicyHistory.From(dataset);
var ninthOfJuly = history.PoliciesToward(hongKong.Code, new LocalDate(2020, 7, 9));
foreach (var answer in ninthOfJuly)
{
    Console.WriteLine($"on 2020-07-09 in HK: {answer.Company} {(answer.HasPolicy ? answer.Policy.Stance.ToString() : "no recorded policy")}");
}
Check(ninthOfJuly.Any(a => a.Company.Value == "google" && a.HasPolicy && a.Policy.Stance == PolicyStance.Paused), "Google had paused by 9 July 2020");

// Save it: the document form gives back the bundled bytes (canonical form); JSON Lines reloads to an equal dataset.
using (var saved = new MemoryStream())
{
    PolicyDatasetSerializer.Save(dataset, saved);
    var same = saved.ToArray().AsSpan().SequenceEqual(original);
    Console.WriteLine($"save (document): {saved.Length} bytes, {(same ? "identical to the bundled file" : "DIFFERENT from the bundled file")}");
    Check(same, "saving gives the bundled bytes");
}
using (var lines = new MemoryStream())
{
    PolicyDatasetSerializer.Save(dataset, lines, DatasetFormat.JsonLines);
    lines.Position = 0;
    var reloaded = PolicyDatasetSerializer.Load(lines);
    Console.WriteLine($"save (JSON Lines): {lines.Length} bytes, reloaded {(reloaded == dataset ? "equal" : "NOT EQUAL")}");
    Check(reloaded == dataset, "JSON Lines round trip");
}

// Export it: the CSV export goes through Sep, a dependency of the library.
var csv = PolicyEventCsv.ToCsv(dataset.Events);
var rows = csv.Count(c => c == '\n');
Console.WriteLine($"csv: {rows} lines (a header and {dataset.Events.Length} events)");
Check(csv.StartsWith("id,company,jurisdiction,stance,", StringComparison.Ordinal), "the CSV header");

// Embed the library's records in a type of the app's own, through a source-generated context (no reflection): the
// records are written as in the dataset file and read back equal.
var google = dataset.GetCompany(new CompanyId("google"));
var quoted = dataset.Statements.First(s => s.Speaker.Company == google.Id);
var note = new ReviewNote(google, quoted, new() { [hongKong.Code] = tuesday }, "checked against the source");
var noteJson = JsonSerializer.Serialize(note, ReviewNoteContext.Default.ReviewNote);
var noteBack = JsonSerializer.Deserialize(noteJson, ReviewNoteContext.Default.ReviewNote);
var embedded = noteBack is not null && noteBack.Company == google && noteBack.Statement == quoted && noteBack.Seen.SequenceEqual(note.Seen)
    && noteBack.Remark == note.Remark;
Console.WriteLine($"embed: {quoted.Id} by {google.Id} in a ReviewNote, {noteJson.Length} characters, read back {(embedded ? "equal" : "NOT EQUAL")}");
Check(embedded, "a company and a statement embedded in a source-generated context round trip");
Check(noteJson.Contains($"\"Company\":{{\"id\":\"google\",\"name\":", StringComparison.Ordinal)
    && noteJson.Contains("\"Seen\":{\"HK\":\"2020-07-07\"}", StringComparison.Ordinal), "embedded records are written as in the dataset");

foreach (var failure in failures)
{
    Console.Error.WriteLine($"FAIL: {failure}");
}
Console.WriteLine(failures.Count == 0 ? "smoke: OK" : $"smoke: {failures.Count} checks failed");
return failures.Count == 0 ? 0 : 1;

/// <summary>A type of the app's own that holds records of the library.</summary>
internal sealed record ReviewNote(Company Company, Statement Statement, Dictionary<JurisdictionCode, PartialDate> Seen, string Remark);

/// <summary>Its source-generated context: the library's converters are named by their one type.</summary>
[JsonSerializable(typeof(ReviewNote))]
[JsonSourceGenerationOptions(Converters = [typeof(PolicyEventsJsonConverter)])]
internal sealed partial class ReviewNoteContext : JsonSerializerContext;
