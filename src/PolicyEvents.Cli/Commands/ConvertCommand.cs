using System.CommandLine;
using System.Text;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Interop;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>convert IN OUT</c>: between the JSON document and JSON Lines, and to CSV (one row per event, in the library's
/// <see cref="PolicyEventCsv"/> form, by event id); the output is canonical, so converting there and back gives the same bytes. <c>OUT</c> may be <c>-</c> for stdout with <c>--to</c>.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>The forms <c>convert</c> writes: the two forms of a dataset, and CSV (one row per event).</summary>
    private enum Target
    {
        Document,
        JsonLines,
        Csv,
    }

    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var input = CommandContext.RefusingOptions(new Argument<string>("IN") { Description = "The dataset to read (.json or .jsonl, told apart by content; CSV cannot be read back)." });
        var output = CommandContext.RefusingOptions(new Argument<string>("OUT") { Description = "The file to write: .json, .jsonl or .csv (by extension), or - for stdout. CSV is an export: one row per event, without the companies, statements and sources, so it cannot be read back." });
        var to = new Option<string?>("--to")
        {
            Description = "The output form, when OUT's extension does not say it (or OUT is -).",
            HelpName = "json|jsonl|csv",
        };
        to.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var command = new Command("convert", "Convert a dataset between the JSON document and JSON Lines, or export it to CSV (one row per event; export only); output is canonical.")
        {
            input, output, to,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            var format = FromExtension("." + parse.GetValue(to)) ?? (outPath == "-" ? null : FromExtension(outPath))
                ?? throw CliException.Usage($"cannot tell the output format of '{outPath}': use a .json, .jsonl or .csv file name, or --to");
            var dataset = context.Loader.Load(parse.GetValue(input)!);
            if (outPath == "-")
            {
                using var buffer = new MemoryStream();
                Write(dataset, buffer, format);
                context.Environment.Output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Success;
            }
            OutputFile.Write(context.Loader.Resolve(outPath), outPath, stream => Write(dataset, stream, format));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The form a file name's extension asks for, or null for another extension.</summary>
    private static Target? FromExtension(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".JSON" => Target.Document,
            ".JSONL" or ".NDJSON" => Target.JsonLines,
            ".CSV" => Target.Csv,
            _ => null,
        };

    private static void Write(PolicyDataset dataset, Stream stream, Target format)
    {
        if (format == Target.Csv)
        {
            PolicyEventCsv.Write(dataset.Events, stream);
        }
        else
        {
            PolicyDatasetSerializer.Save(dataset, stream, format == Target.JsonLines ? DatasetFormat.JsonLines : DatasetFormat.Document);
        }
    }
}
