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
        var command = new Command("timeline", "Show each company's policy periods and changes (per scope where scoped policies coexist), with the statements behind them.")
        {
            file, jurisdiction, company, subsidiaries,
        };
        command.SetAction(parse =>
        {
            var dataset = context.Loader.Load(parse.GetValue(file));
            var selection = Selection.Parse(dataset, parse.GetValue(jurisdiction), parse.GetValue(company), parse.GetValue(subsidiaries));
            var lanes = new PolicyTimelines(dataset).Lanes(selection).ToList();
            context.Write(parse, Rows(dataset, lanes));
            if (lanes.Count == 0)
            {
                // An empty answer is still an answer (exit 0); the note on stderr keeps stdout clean for scripts.
                context.Environment.Error.WriteLine("policyevents: no policy events match the selection");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The rows of a timeline: one per period, with the change that began it; where scoped policies coexist, the periods of
    /// each scope in turn (the chart's sub-lanes), each with its scope. Columns for scripts: the exact instants, the formal
    /// channel, and the statements' variants (other wordings and attributions, with the sources that print them).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="lanes">The lanes, by company, jurisdiction and scope.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IReadOnlyList<ScopeLane> lanes) => new(
        [
            new("company", "company"), new("jurisdiction", "jurisdiction"), new("from", "from"), new("until", "until"),
            new("start", "start", HideInTable: true), new("end", "end", HideInTable: true),
            new("stance", "stance", Names.StanceColor), new("scope", "scope"), new("change", "change"), new("announced", "announced"),
            new("event", "event"), new("channel", "channel", HideInTable: true),
            new("statements", "statements", Detail: true), new("variants", "variants", Detail: true),
        ],
        lanes.SelectMany(lane => lane.Spans.Select((p, i) =>
        {
            var previous = i > 0 ? lane.Spans[i - 1] : null;
            var next = i + 1 < lane.Spans.Length ? lane.Spans[i + 1] : null;
            var change = previous is null
                ? "first record"
                : previous.Event.Policy.Stance == p.Event.Policy.Stance ? "policy revised" : $"{Names.Of(previous.Event.Policy.Stance)} -> {Names.Of(p.Event.Policy.Stance)}";
            var until = p.EndedBy is { } endedBy ? DateText(endedBy) : next is not null ? DateText(next.Event) : p.End is { } e ? Names.Of(e) : null;
            var statements = p.Event.Statements.Select(id => dataset.TryGetStatement(id, out var s) ? s : null).OfType<Statement>().ToList();
            return (IReadOnlyList<object?>)
            [
                p.Company.Value, p.Jurisdiction.Value, DateText(p.Event), until,
                Names.OfStart(p.Start), p.End is { } end ? Names.Of(end) : null,
                Names.Of(p.Event.Policy.Stance), Names.Of(p.Event.Policy.Scope), change, p.Event.Announced?.ToString(), p.Event.Id.Value,
                p.Event.Policy.Channel is { } c ? Names.Of(c) : null,
                p.Event.Statements.Select(s => StatementText(dataset, s)).ToList(),
                statements.SelectMany(s => s.Variants.Select(v => VariantText(dataset, s, v))).ToList(),
            ];
        })));

    /// <summary>One variant as <c>statement-id also reported as "words" by Speaker (paraphrase) [source, source]</c>.</summary>
    private static string VariantText(PolicyDataset dataset, Statement statement, StatementVariant variant)
    {
        var words = variant.Text is { } text ? $" as \"{text}\"" : string.Empty;
        var speaker = variant.Speaker is { } who ? $" attributed to {dataset.CompanyName(who.Company)}{(who.Person is { } person ? $" ({person})" : "")}" : string.Empty;
        var paraphrase = variant.IsParaphrase ? " (paraphrase)" : string.Empty;
        return $"{statement.Id} also reported{words}{speaker}{paraphrase} [{string.Join(", ", variant.Sources.Select(s => s.Value))}]";
    }

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
