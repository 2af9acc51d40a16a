using System.CommandLine;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Cli.Queries;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>diff OLD NEW</c>: what was added, removed and changed between two releases. Like <c>diff</c>: exit 0 when equal,
/// 1 when different, 2 on any trouble (a missing file or a malformed dataset alike).
/// </summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var older = new Argument<string>("OLD") { Description = "The earlier release (.json or .jsonl)." };
        var newer = new Argument<string>("NEW") { Description = "The later release (.json or .jsonl)." };
        var command = new Command("diff", "Show the events, statements, sources and figures added, removed and changed between two releases; exit 1 if they differ.")
        {
            older, newer,
        };
        command.SetAction(parse =>
        {
            Data.CliDataset before, after;
            try
            {
                before = context.Loader.Load(parse.GetValue(older)!);
                after = context.Loader.Load(parse.GetValue(newer)!);
            }
            catch (CliException e) when (e.ExitCode != ExitCodes.Usage)
            {
                throw new CliException(e.Message, ExitCodes.Usage, e);
            }
            var changes = DatasetDiff.Compare(before, after);
            var format = parse.GetValue(context.FormatOption);
            if (format == OutputFormat.Table && changes.Count == 0)
            {
                context.Environment.Error.WriteLine("no differences");
            }
            else
            {
                context.Write(parse, Rows(changes));
            }
            return changes.Count == 0 ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }

    /// <summary>The rows of a diff.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(IEnumerable<DatasetChange> changes) => new(
        [new("kind", "kind"), new("id", "id"), new("change", "change", ChangeColor), new("detail", "detail")],
        changes.Select(c => (IReadOnlyList<object?>)[c.Kind, c.Id, c.Change, c.Detail.Length == 0 ? null : c.Detail]));

    private static string? ChangeColor(object? cell) => cell switch
    {
        "added" => Ansi.Green,
        "removed" => Ansi.Red,
        "changed" => Ansi.Yellow,
        _ => null,
    };
}
