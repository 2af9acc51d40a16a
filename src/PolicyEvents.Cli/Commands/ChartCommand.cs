using System.CommandLine;
using NodaTime;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>chart [--jurisdiction J] [FILE] -o timeline.svg|png</c>: one lane per company, coloured by stance, the trigger marked.</summary>
internal static class ChartCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var file = CommandContext.OptionalFile();
        var jurisdiction = CommandContext.JurisdictionOption();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The chart file to write: .svg or .png.",
            Required = true,
        };
        var command = new Command("chart", "Draw a timeline chart: one lane per company, coloured by stance, with the trigger marked.")
        {
            file, jurisdiction, output,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            var extension = Path.GetExtension(outPath).ToUpperInvariant();
            if (extension is not (".SVG" or ".PNG"))
            {
                throw CliException.Usage($"cannot tell the chart format of '{outPath}': use a .svg or .png file name");
            }
            var dataset = context.Loader.Load(parse.GetValue(file));
            var selection = Selection.Parse(dataset, parse.GetValue(jurisdiction), null);
            var model = Model(dataset, selection);
            if (model.Lanes.IsEmpty)
            {
                // A chart of nothing is not written: a script must not mistake an empty picture for an answer.
                throw CliException.Usage(selection.Jurisdiction is { } j
                    ? $"nothing to chart: the dataset has no policy events toward {j.Value}"
                    : "nothing to chart: the dataset has no policy events");
            }
            var scene = ChartLayout.Layout(model);
            OutputFile.Write(context.Loader.Resolve(outPath), outPath, stream =>
            {
                if (extension == ".SVG")
                {
                    SvgChartWriter.Write(scene, stream);
                }
                else
                {
                    PngChartWriter.Write(scene, stream);
                }
            });
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// What the chart shows: a lane per company (per company and jurisdiction when several are shown), the trigger the
    /// selected events name most often (else the jurisdiction's first trigger).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="selection">The jurisdiction filter.</param>
    /// <returns>The model.</returns>
    public static ChartModel Model(PolicyDataset dataset, Selection selection)
    {
        var periods = new PolicyTimelines(dataset).Timeline(selection).ToList();
        var jurisdictions = periods.Select(p => p.Jurisdiction).Distinct().ToList();
        var several = jurisdictions.Count > 1;
        var lanes = periods.GroupBy(p => (p.Company, p.Jurisdiction))
            .Select(g => new ChartLane(
                several ? $"{g.Key.Company}/{g.Key.Jurisdiction}" : g.Key.Company.Value,
                several ? $"{dataset.CompanyName(g.Key.Company)} ({g.Key.Jurisdiction})" : dataset.CompanyName(g.Key.Company),
                [.. g.Select(p => new ChartBar(p.Start, p.End, p.Event.Policy.Stance, $"{p.Event.Id}: {Output.Names.Of(p.Event.Policy.Stance)} from {p.Event.Effective ?? p.Event.Announced}"))]))
            .ToList();
        var code = selection.Jurisdiction ?? (jurisdictions.Count == 1 ? jurisdictions[0] : (JurisdictionCode?)null);
        var zone = code is { } c ? dataset.ZoneOf(c) : DateTimeZone.Utc;
        var trigger = periods.Where(p => p.Event.Trigger is not null)
            .GroupBy(p => p.Event.Trigger!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => dataset.TryGetTrigger(g.Key, out var named) ? named : null).FirstOrDefault(t => t is not null)
            ?? dataset.Triggers.FirstOrDefault(t => code is null || t.Jurisdiction == code);
        var title = code is { } j && dataset.Registry.TryGet(j, out var jurisdiction)
            ? $"Requests from {jurisdiction.Name}: policy by company"
            : "Policy by company";
        return new ChartModel(title, [.. lanes], zone,
            trigger?.Effective.ToInterval(dataset.ZoneOf(trigger.Jurisdiction)) is { HasStart: true } span ? span.Start : null, trigger?.Title);
    }
}
