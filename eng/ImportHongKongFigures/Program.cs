// Replaces the published figures of the Hong Kong dataset (data/hong-kong-2020.json) with the Hong Kong rows of the
// companies' exports, imported with the library's own importers; eng/import-hong-kong-figures.sh runs it.
//
//   dotnet run --project eng/ImportHongKongFigures -c Release -- DATASET.json EXPORTS_FOLDER
//
// It reads the dataset as it is, removes its figure sets and the figure sources this tool owns (FigureSources below),
// imports every known export found under EXPORTS_FOLDER (searched recursively by file name), keeps the Hong Kong sets
// of periods starting on or after 2013-01-01, links each to its source, and writes the dataset canonically. It depends
// on nothing but the dataset, the exports and the library, so a second run changes nothing.
using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Diagnostics;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ImportHongKongFigures DATASET.json EXPORTS_FOLDER");
    return 64;
}
var datasetPath = args[0];
var exportsFolder = args[1];
if (!Directory.Exists(exportsFolder))
{
    Console.Error.WriteLine($"error: no folder '{exportsFolder}'");
    return 66;
}

var dataset = PolicyDatasetSerializer.LoadFile(datasetPath);
var hongKong = new JurisdictionCode("HK");
var from = new LocalDate(2013, 1, 1);
var figures = new List<ReportedFigures>();
var failed = false;
foreach (var export in HongKongFigureExports.Find(exportsFolder))
{
    FigureImportResult result;
    using (var stream = File.OpenRead(export.Path))
    {
        result = export.Read(stream, Path.GetFileName(export.Path), dataset.Registry);
    }
    var kept = result.Figures.Where(f => f.Jurisdiction == hongKong && f.Period.Start >= from).ToList();
    var keptLines = kept.Select(f => f.Provenance!.Line).ToHashSet();
    foreach (var issue in result.Issues)
    {
        // Errors anywhere (a row skipped might be Hong Kong's); warnings only where they concern a row kept.
        if (issue.Severity == FigureIssueSeverity.Error || (issue.Provenance is { } at && keptLines.Contains(at.Line)))
        {
            Console.Error.WriteLine(issue);
            failed |= issue.Severity == FigureIssueSeverity.Error;
        }
    }
    figures.AddRange(kept.Select(f => f.WithProvenance(f.Provenance!.WithSource(export.Source.Id))));
    Console.Error.WriteLine($"{Path.GetFileName(export.Path)}: {result.Figures.Length} figure sets, {kept.Count} for Hong Kong from 2013");
}
if (failed)
{
    Console.Error.WriteLine("error: an export could not be read in full; the dataset was not changed.");
    return 65;
}

var owned = HongKongFigureExports.Sources.Select(s => s.Id).ToImmutableHashSet();
var used = figures.Select(f => f.Provenance!.Source!.Value).ToImmutableHashSet();
var updated = new PolicyDataset(
    dataset.Metadata,
    dataset.Companies,
    dataset.Jurisdictions,
    dataset.Sources.Where(s => !owned.Contains(s.Id)).Concat(HongKongFigureExports.Sources.Where(s => used.Contains(s.Id))),
    dataset.Statements,
    dataset.Triggers,
    dataset.Events,
    figures);
var errors = updated.Validate().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
if (errors.Count > 0)
{
    errors.ForEach(e => Console.Error.WriteLine(e));
    Console.Error.WriteLine("error: the updated dataset does not validate; the dataset was not changed.");
    return 65;
}
PolicyDatasetSerializer.SaveFile(updated, datasetPath, DatasetFormat.Document);
Console.Error.WriteLine($"{datasetPath}: {figures.Count} figure sets from {used.Count} sources");
return 0;
