using System.CommandLine;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>at DATE [--jurisdiction J] [--company C] [FILE]</c>: the policies in force at a date or instant.</summary>
internal static class AtCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var date = new Argument<string>("DATE")
        {
            Description = "An EDTF date or ISO instant (2020-07-09, 2020-06-30T23:00:00+08:00), or now; a local date is read in each jurisdiction's zone, at its start.",
        };
        var file = CommandContext.OptionalFile();
        var jurisdiction = CommandContext.JurisdictionOption();
        var company = CommandContext.CompanyOption();
        var subsidiaries = CommandContext.SubsidiariesOption();
        var command = new Command("at", "Show the policies in force at a date or instant.")
        {
            date, file, jurisdiction, company, subsidiaries,
        };
        command.SetAction(parse =>
        {
            var time = QueryTime.Parse(parse.GetValue(date)!, context.Environment.Clock);
            var dataset = context.Loader.Load(parse.GetValue(file));
            var selection = Selection.Parse(dataset, parse.GetValue(jurisdiction), parse.GetValue(company), parse.GetValue(subsidiaries));
            context.Write(parse, Rows(dataset, new PolicyTimelines(dataset).At(time, selection)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The rows of the policies in force.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="periods">The periods in force.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IEnumerable<PolicySpan> periods) => new(
        [
            new("company", "company"), new("name", "name"), new("jurisdiction", "jurisdiction"),
            new("stance", "stance", Names.StanceColor), new("since", "since"), new("start", "start", HideInTable: true),
            new("announced", "announced"), new("event", "event"), new("statements", "statements"),
        ],
        periods.Select(p => (IReadOnlyList<object?>)
        [
            p.Company.Value, dataset.CompanyName(p.Company), p.Jurisdiction.Value,
            Names.Of(p.Event.Policy.Stance), (p.Event.Effective ?? p.Event.Announced)?.ToString(), Names.Of(p.Start),
            p.Event.Announced?.ToString(), p.Event.Id.Value, p.Event.Statements.Select(s => s.Value).ToList(),
        ]));
}
