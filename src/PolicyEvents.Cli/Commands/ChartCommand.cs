using System.CommandLine;
using NodaTime;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>chart [--jurisdiction J] [FILE] -o timeline.svg|png</c>: one lane per company (per scope where scoped policies
/// coexist), coloured by stance, the trigger marked, uncertain dates hatched, open periods ending in an arrow.</summary>
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
        var command = new Command("chart", "Draw a timeline chart: one lane per company (per scope where scoped policies coexist), coloured by stance, with the trigger marked; uncertain dates hatched, policies still in force ending in an arrow.")
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
        var lanesOf = new PolicyTimelines(dataset).Lanes(selection).ToList();
        var periods = lanesOf.SelectMany(l => l.Spans).ToList();
        var jurisdictions = periods.Select(p => p.Jurisdiction).Distinct().ToList();
        var several = jurisdictions.Count > 1;
        var lanes = lanesOf
            .Select(l =>
            {
                var key = several ? $"{l.Company}/{l.Jurisdiction}" : l.Company.Value;
                var label = several ? $"{dataset.CompanyName(l.Company)} ({l.Jurisdiction})" : dataset.CompanyName(l.Company);
                return l.Scope is { } scope
                    ? new ChartLane($"{key}#{Names.Of(scope)}", $"{label}: {Names.Of(scope)}", [.. l.Spans.Select(p => Bar(dataset, p, scope))])
                    : new ChartLane(key, label, [.. l.Spans.Select(p => Bar(dataset, p, null))]);
            })
            // Lanes in the order people read names (Company 2 before Company 10); a company's sub-lanes stay together, in time order.
            .Select((lane, index) => (lane, index))
            .OrderBy(x => x.lane.Key.Split('#')[0], NaturalOrder.Instance).ThenBy(x => x.index)
            .Select(x => x.lane)
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

    /// <summary>A period as a bar: hatched over the span its date may fall in when that date is uncertain, approximate, known
    /// only to the month or year, or an interval.</summary>
    private static ChartBar Bar(PolicyDataset dataset, PolicySpan period, RequestScope? scope)
    {
        var date = period.Event.Effective ?? period.Event.Announced!.Value;
        var window = date.ToInterval(dataset.ZoneOf(period.Jurisdiction));
        var imprecise = date.Qualifier != DateQualifier.None || date.IsUncertain || date.IsApproximate || date.IsInterval
            || date.UnspecifiedDigits > 0 || !window.HasStart || !window.HasEnd || window.Duration > Duration.FromHours(25);
        var qualifier = imprecise ? " (date uncertain)" : string.Empty;
        return new ChartBar(period.Start, period.End, period.Event.Policy.Stance,
            $"{period.Event.Id}: {Names.Of(period.Event.Policy.Stance)}{(scope is null ? "" : $" ({Names.Of(scope)})")} from {date}{qualifier}",
            imprecise ? window : null);
    }
}
