using System.CommandLine;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>import --map MAP.json FILE.csv -o OUT</c>: reads a company's transparency-report CSV through a mapping file
/// (<see cref="ImportMap"/>, <see cref="MappedTransparencyReportCsv"/>) and writes its figure sets as a dataset that defines the company (named by the map's <c>companyName</c>, else its id). The file
/// is written only when no row had an error: a partial dataset is never written.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var input = CommandContext.RefusingOptions(new Argument<string>("FILE") { Description = "The company's CSV export (UTF-8)." });
        var map = new Option<string>("--map")
        {
            Description = "The mapping file that names the CSV's columns (docs/figures.md, \"Import without code\"). Required: the built-in layouts are read by the library's importers, not by this command.",
            HelpName = "MAP.json",
            Required = true,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The dataset to write: .json (document) or .jsonl (JSON Lines), by extension; written only when no row has an error.",
            HelpName = "OUT",
            Required = true,
        };
        var command = new Command("import", "Import a company's transparency-report CSV as figure sets, through a mapping file that names its columns by header.")
        {
            input, map, output,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            var format = Path.GetExtension(outPath).ToUpperInvariant() switch
            {
                ".JSON" => DatasetFormat.Document,
                ".JSONL" or ".NDJSON" => DatasetFormat.JsonLines,
                _ => throw CliException.Usage($"cannot tell the output format of '{outPath}': use a .json or .jsonl file name"),
            };
            var mapPath = parse.GetValue(map)!;
            var importMap = ReadMap(context, mapPath);
            var csvPath = parse.GetValue(input)!;
            var csvFull = context.Loader.Resolve(csvPath);
            if (!File.Exists(csvFull))
            {
                throw CliException.Usage($"file not found: '{csvPath}'");
            }
            var fileName = Path.GetFileName(csvFull);
            FigureImportResult result;
            using (var stream = File.OpenRead(csvFull))
            {
                result = MappedTransparencyReportCsv.Read(stream, fileName, importMap);
            }
            var errors = result.Issues.Count(i => i.Severity == FigureIssueSeverity.Error);
            var warnings = result.Issues.Length - errors;
            var report = result.HasErrors ? context.Environment.Error : context.Environment.Output;
            foreach (var issue in result.Issues)
            {
                report.WriteLine(issue.ToString());
            }
            if (result.HasErrors)
            {
                throw CliException.InData($"{fileName}: {Count(errors, "error")}, {Count(warnings, "warning")}; nothing was written");
            }
            var metadata = new DatasetMetadata(new DatasetId("imported-figures"), $"Figures imported from {fileName}", "1.0.0",
                context.Environment.Clock.GetCurrentInstant(), description: $"Read from {fileName} through the mapping file {Path.GetFileName(mapPath)}.");
            var dataset = new PolicyDataset(metadata, [new Company(importMap.Company, importMap.CompanyName ?? importMap.Company.Value)], figures: result.Figures);
            OutputFile.Write(context.Loader.Resolve(outPath), outPath, stream => PolicyDatasetSerializer.Save(dataset, stream, format));
            context.Environment.Output.WriteLine($"{fileName}: {Count(result.Figures.Length, "figure set")} written to {outPath} ({Count(warnings, "warning")}).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static ImportMap ReadMap(CommandContext context, string mapPath)
    {
        var full = context.Loader.Resolve(mapPath);
        if (!File.Exists(full))
        {
            throw CliException.Usage($"file not found: '{mapPath}'");
        }
        try
        {
            using var stream = File.OpenRead(full);
            return ImportMap.Read(stream, Path.GetFileName(full));
        }
        catch (ImportMapException e)
        {
            throw CliException.InData(e.Message, e);
        }
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
