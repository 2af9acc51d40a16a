using System.CommandLine;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>summary [FILE]</c>: counts, date range and stances of a dataset.</summary>
internal static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var file = CommandContext.OptionalFile();
        var command = new Command("summary", "Count the companies, jurisdictions, events, statements, sources and figures; show the date range and stances.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            context.WriteRecord(parse, Summarize(context.Loader.Load(parse.GetValue(file))));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The summary of a dataset as one record.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>A table with one row.</returns>
    public static ResultTable Summarize(PolicyDataset dataset)
    {
        var jurisdictions = dataset.Events.Select(e => e.Jurisdiction)
            .Concat(dataset.Triggers.Select(t => t.Jurisdiction))
            .Concat(dataset.Jurisdictions.Select(j => j.Code))
            .Distinct().Count();
        var dated = dataset.Events.Select(e => (Date: e.Effective ?? e.Announced!.Value, Start: PolicyTimelines.StartOf(dataset, e)))
            .OrderBy(x => x.Start).ToList();
        var stances = dataset.Events.GroupBy(e => e.Policy.Stance).OrderBy(g => g.Key)
            .Select(g => new KeyValuePair<string, object?>(Names.Of(g.Key), g.Count())).ToList();
        return new ResultTable(
            [
                new("dataset", "dataset"), new("title", "title"), new("version", "version"),
                new("companies", "companies"), new("jurisdictions", "jurisdictions"), new("events", "events"),
                new("statements", "statements"), new("sources", "sources"), new("triggers", "triggers"), new("figures", "figures"),
                new("from", "from"), new("to", "to"), new("stances", "stances"),
            ],
            [[
                dataset.Metadata.Id.Value, dataset.Metadata.Title, dataset.Metadata.Version,
                dataset.Companies.Length, jurisdictions, dataset.Events.Length,
                dataset.Statements.Length, dataset.Sources.Length, dataset.Triggers.Length, dataset.Figures.Length,
                dated.Count == 0 ? null : dated[0].Date.ToString(), dated.Count == 0 ? null : dated[^1].Date.ToString(), stances,
            ]]);
    }
}
