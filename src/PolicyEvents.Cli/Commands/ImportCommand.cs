using System.CommandLine;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Import;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>import [--map MAP.json] FILE -o OUT</c>: reads a company's transparency-report export, through a mapping file
/// (<see cref="ImportMap"/>, <see cref="MappedTransparencyReportCsv"/>) or, without one, with the built-in importer whose
/// layout the file's first line (or its workbook signature) shows, and writes its figure sets as a dataset that defines
/// the company. The file is written only when no row had an error: a partial dataset is never written.
/// </summary>
internal static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var input = CommandContext.RefusingOptions(new Argument<string>("FILE") { Description = "The company's export: a CSV (UTF-8), or a Microsoft workbook (.xlsx)." });
        var map = new Option<string>("--map")
        {
            Description = "The mapping file that names the CSV's columns (docs/figures.md, \"Import without code\"). Without it, the file must be in a layout the built-in importers read: Google's user-data or diplomatic requests, Meta's, Apple's, or Microsoft's workbook.",
            HelpName = "MAP.json",
        };
        var company = new Option<string>("--company")
        {
            Description = "The company id for a built-in layout (default: google, facebook, apple or microsoft, by layout).",
            HelpName = "ID",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The dataset to write: .json (document) or .jsonl (JSON Lines), by extension; written only when no row has an error.",
            HelpName = "OUT",
            Required = true,
        };
        var command = new Command("import", "Import a company's transparency-report export as figure sets: a built-in layout (Google, Meta, Apple, Microsoft) told by its header, or any CSV through a mapping file.")
        {
            input, map, company, output,
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
            var csvPath = parse.GetValue(input)!;
            var csvFull = context.Loader.Resolve(csvPath);
            var mapPath = parse.GetValue(map);
            var importer = mapPath is null ? null : FromMap(context, mapPath, parse.GetValue(company));
            if (!File.Exists(csvFull))
            {
                throw CliException.Usage($"file not found: '{csvPath}'");
            }
            importer ??= FromLayout(csvPath, csvFull, parse.GetValue(company));
            var fileName = Path.GetFileName(csvFull);
            FigureImportResult result;
            using (var stream = File.OpenRead(csvFull))
            {
                result = importer.Read(stream, fileName);
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
                context.Environment.Clock.GetCurrentInstant(),
                description: $"Read from {fileName} {importer.How}.");
            var dataset = new PolicyDataset(metadata, [new Company(importer.Company, importer.CompanyName)], figures: result.Figures);
            OutputFile.Write(context.Loader.Resolve(outPath), outPath, stream => PolicyDatasetSerializer.Save(dataset, stream, format));
            context.Environment.Output.WriteLine($"{fileName}: {Count(result.Figures.Length, "figure set")} written to {outPath} ({Count(warnings, "warning")}).");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What reads the file: the company its figures are for, how it reads them (for the dataset's description), and the reading.</summary>
    private sealed record Importer(CompanyId Company, string CompanyName, string How, Func<Stream, string, FigureImportResult> Read);

    private static Importer FromMap(CommandContext context, string mapPath, string? companyOption)
    {
        var full = context.Loader.Resolve(mapPath);
        if (!File.Exists(full))
        {
            throw CliException.Usage($"file not found: '{mapPath}'");
        }
        ImportMap importMap;
        try
        {
            using var stream = File.OpenRead(full);
            importMap = ImportMap.Read(stream, Path.GetFileName(full));
        }
        catch (ImportMapException e)
        {
            throw CliException.InData(e.Message, e);
        }
        if (companyOption is not null)
        {
            throw CliException.Usage("--company applies to the built-in layouts; with --map, the map names the company");
        }
        return new(importMap.Company, importMap.CompanyName ?? importMap.Company.Value, $"through the mapping file {Path.GetFileName(mapPath)}",
            (stream, fileName) => MappedTransparencyReportCsv.Read(stream, fileName, importMap));
    }

    private static Importer FromLayout(string csvPath, string csvFull, string? companyOption)
    {
        var layout = BuiltInLayouts.Detect(csvFull) ?? throw CliException.Usage(
            $"'{csvPath}' is not in a layout the built-in importers read (Google, Meta, Apple, Microsoft): give --map MAP.json (docs/figures.md, \"Import without code\")");
        var (company, name) = companyOption is null ? (layout.Company, layout.CompanyName) : (ParseCompany(companyOption), companyOption);
        return new(company, name, $"by the built-in {layout.Name} importer", (stream, fileName) => layout.Read(stream, fileName, company));
    }

    private static CompanyId ParseCompany(string id) =>
        CompanyId.TryParse(id, out var parsed) ? parsed : throw CliException.Usage($"'{id}' is not a company id (lowercase letters, digits and hyphens)");

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
