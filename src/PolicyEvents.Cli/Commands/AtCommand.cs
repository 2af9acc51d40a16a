using System.CommandLine;
using NodaTime;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>at DATE [--jurisdiction J] [--company C] [FILE]</c>: the policies in force at a date or instant; with
/// <c>--kind</c>, <c>--requester</c>, <c>--subject</c> or <c>--product</c> and <c>--jurisdiction</c>, each company's policy
/// for that one request; with <c>--subject</c> alone, the policies covering requests about that jurisdiction's users.
/// </summary>
internal static class AtCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var date = new Argument<string>("DATE")
        {
            Description = "An EDTF date (2020-07-09, 2020-07, 2020-07-07/2020-07-14), an instant with an offset (2020-06-30T23:00:00+08:00, 2020-06-30T15:00:00Z), a local date-time without an offset (2020-07-09T12:00), or now. Dates and local date-times are read in each jurisdiction's own zone; a date at its start, an interval at the start of its first date.",
        };
        var file = CommandContext.OptionalFile();
        var jurisdiction = CommandContext.JurisdictionOption();
        var company = CommandContext.CompanyOption();
        var subsidiaries = CommandContext.SubsidiariesOption();
        var kind = new Option<string?>("--kind")
        {
            Description = $"With --jurisdiction, ask about one request of this kind: content, nonContent, userData, emergencyDisclosure, preservation or contentRemoval (default {RequestQuery.NameOf(RequestQuery.DefaultKind)}).",
        };
        var requester = new Option<string?>("--requester")
        {
            Description = $"With --jurisdiction, ask about one request from this requester: government, lawEnforcement or courts (default {RequestQuery.NameOf(RequestQuery.DefaultRequester)}).",
        };
        var subject = new Option<string?>("--subject")
        {
            Description = "The jurisdiction of the users the request is about (e.g. HK); without --jurisdiction, the policies covering requests about its users from anywhere.",
        };
        var product = new Option<string?>("--product")
        {
            Description = "With --jurisdiction, the product the request concerns.",
        };
        var command = new Command("at", "Show the policies in force at a date or instant (a row per scope piece, \"no recorded policy\" where none is), or the policy that applies to one request.")
        {
            date, file, jurisdiction, company, subsidiaries, kind, requester, subject, product,
        };
        command.SetAction(parse =>
        {
            var time = QueryTime.Parse(parse.GetValue(date)!, context.Environment.Clock);
            var dataset = context.Loader.Load(parse.GetValue(file));
            var selection = Selection.Parse(dataset, parse.GetValue(jurisdiction), parse.GetValue(company), parse.GetValue(subsidiaries));
            var request = RequestQuery.Parse(dataset, parse.GetValue(kind), parse.GetValue(requester), parse.GetValue(subject), parse.GetValue(product));
            var timelines = new PolicyTimelines(dataset);
            if (request is null)
            {
                var rows = timelines.At(time, selection).ToList();
                context.Write(parse, Rows(dataset, rows));
                if (rows.Count == 0)
                {
                    context.Environment.Error.WriteLine("policyevents: no policy events match the selection");
                }
                else if (rows.TrueForAll(r => r.Piece is null))
                {
                    context.Environment.Error.WriteLine($"policyevents: no recorded policy in force at {time.Text}");
                }
            }
            else if (selection.Jurisdiction is { } from)
            {
                context.Write(parse, Rows(dataset, timelines.For(time, request.From(from), selection)));
            }
            else if (request.Subject is { } about && parse.GetValue(kind) is null && parse.GetValue(requester) is null && parse.GetValue(product) is null)
            {
                context.Write(parse, Rows(dataset, timelines.About(time, about, selection)));
            }
            else
            {
                throw CliException.Usage("--kind, --requester and --product ask about requests from one jurisdiction: give --jurisdiction too (or --subject alone)");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The rows of the policies in force: one per scope piece, and "no recorded policy" where nothing is.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="rows">The pieces in force.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IEnumerable<PolicyInForce> rows) => new(
        RequestColumns("status"),
        rows.Select(r => r.Piece is { } p
            ? Row(dataset, r.Company, r.Jurisdiction, p.Event, p.Since, Names.Of(PolicyStatus.InForce))
            : NoPolicy(dataset, r.Company, r.Jurisdiction)));

    private static List<object?> NoPolicy(PolicyDataset dataset, CompanyId company, JurisdictionCode jurisdiction) =>
        [company.Value, dataset.CompanyName(company), jurisdiction.Value, Names.Of(PolicyStatus.NoRecordedPolicy),
            null, null, null, null, null, null, null, Array.Empty<string>()];

    /// <summary>The rows of each company's policy for one request, "no recorded policy" included; the jurisdiction is the
    /// requesting one (an event from any jurisdiction may be toward another).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="answers">The answers.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IEnumerable<RequestAnswer> answers) => new(
        RequestColumns("status"),
        answers.Select(a => a.EventOrNull is { } e
            ? Row(dataset, a.Company, a.Request!.Jurisdiction, e, a.Since, Names.Of(PolicyStatus.InForce))
            : NoPolicy(dataset, a.Company, a.Request!.Jurisdiction)));

    /// <summary>The rows of the policies covering requests about one jurisdiction's users.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="policies">The policies.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(PolicyDataset dataset, IEnumerable<ScopedPolicy> policies) => new(
        RequestColumns(null),
        policies.Select(p => Row(dataset, p.Company, p.Event.Jurisdiction, p.Event, p.Since, null)));

    private static List<ResultColumn> RequestColumns(string? status)
    {
        List<ResultColumn> columns = [new("company", "company"), new("name", "name"), new("jurisdiction", "jurisdiction")];
        if (status is not null)
        {
            columns.Add(new(status, status));
        }
        columns.AddRange(
        [
            new("stance", "stance", Names.StanceColor), new("scope", "scope"), new("since", "since"), new("start", "start", HideInTable: true),
            new("announced", "announced"), new("event", "event"), new("channel", "channel"), new("statements", "statements"),
        ]);
        return columns;
    }

    private static List<object?> Row(PolicyDataset dataset, CompanyId company, JurisdictionCode jurisdiction, PolicyEvent e, Instant since, string? status)
    {
        List<object?> row = [company.Value, dataset.CompanyName(company), jurisdiction.Value];
        if (status is not null)
        {
            row.Add(status);
        }
        row.AddRange(
        [
            Names.Of(e.Policy.Stance), Names.Of(e.Policy.Scope), (e.Effective ?? e.Announced)?.ToString(), Names.OfStart(since), e.Announced?.ToString(), e.Id.Value,
            e.Policy.Channel is { } c ? Names.Of(c) : null, e.Statements.Select(s => s.Value).ToList(),
        ]);
        return row;
    }
}
