using System.CommandLine;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Commands;

/// <summary><c>timeline [--jurisdiction J] [--company C] [FILE]</c>: the periods and changes, with the statements behind each.</summary>
internal static class TimelineCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var file = CommandContext.OptionalFile();
        var jurisdiction = CommandContext.JurisdictionOption();
        var company = CommandContext.CompanyOption();
        var subsidiaries = CommandContext.SubsidiariesOption();
        var command = new Command("timeline", "Show each company's policy periods and changes, with the statements behind them.")
        {
            file, jurisdiction, company, subsidiaries,
        };
        command.SetAction(parse =>
        {
            var dataset = context.Loader.Load(parse.GetValue(file));
            var selection = Selection.Parse(dataset, parse.GetValue(jurisdiction), parse.GetValue(company), parse.GetValue(subsidiaries));
            var periods = new PolicyTimelines(dataset).Timeline(selection).ToList();
            context.Write(parse, Rows(dataset, periods));
            if (periods.Count == 0)
            {
                // An empty answer is still an answer (exit 0); the note on stderr keeps stdout clean for scripts.
                context.Environment.Error.WriteLine("policyevents: no policy events match the selection");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The rows of a timeline: one per period, with the change that began it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="periods">The periods, by company, jurisdiction and start.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IReadOnlyList<PolicySpan> periods) => new(
        [
            new("company", "company"), new("jurisdiction", "jurisdiction"), new("from", "from"), new("until", "until"),
            new("start", "start", HideInTable: true), new("end", "end", HideInTable: true),
            new("stance", "stance", Names.StanceColor), new("change", "change"), new("announced", "announced"),
            new("event", "event"), new("statements", "statements", Detail: true),
        ],
        periods.Select((p, i) =>
        {
            var previous = i > 0 && periods[i - 1].Company == p.Company && periods[i - 1].Jurisdiction == p.Jurisdiction ? periods[i - 1] : null;
            var next = i + 1 < periods.Count && periods[i + 1].Company == p.Company && periods[i + 1].Jurisdiction == p.Jurisdiction ? periods[i + 1] : null;
            var change = previous is null
                ? "first record"
                : previous.Event.Policy.Stance == p.Event.Policy.Stance ? "policy revised" : $"{Names.Of(previous.Event.Policy.Stance)} -> {Names.Of(p.Event.Policy.Stance)}";
            return (IReadOnlyList<object?>)
            [
                p.Company.Value, p.Jurisdiction.Value, DateText(p.Event), next is null ? null : DateText(next.Event),
                Names.Of(p.Start), p.End is { } end ? Names.Of(end) : null,
                Names.Of(p.Event.Policy.Stance), change, p.Event.Announced?.ToString(), p.Event.Id.Value,
                p.Event.Statements.Select(s => StatementText(dataset, s)).ToList(),
            ];
        }));

    private static string DateText(PolicyEvent policyEvent) => (policyEvent.Effective ?? policyEvent.Announced)!.Value.ToString();

    private static string StatementText(PolicyDataset dataset, StatementId id)
    {
        if (!dataset.TryGetStatement(id, out var statement))
        {
            return id.Value;
        }
        var company = dataset.CompanyName(statement.Speaker.Company);
        var speaker = statement.Speaker switch
        {
            { Person: { } person, Role: { } role } => $"{person}, {role}, {company}",
            { Person: { } person } => $"{person}, {company}",
            { Role: { } role } => $"{company} {role}",
            _ => company,
        };
        var date = statement.Date is { } d ? $", {d}" : string.Empty;
        return $"{speaker}{date}: \"{statement.Text}\"";
    }
}
