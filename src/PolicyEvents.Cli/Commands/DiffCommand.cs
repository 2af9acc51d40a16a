using System.CommandLine;
using System.Text.Json;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Output;
using PolicyEvents.Comparison;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>diff OLD NEW</c>: the library's <see cref="DatasetDiff"/> of two releases: every record added, removed and changed,
/// with the members that changed. Like <c>diff</c>: exit 0 when equal, 1 when different, 2 on any trouble (a missing file
/// or a malformed dataset alike).
/// </summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var older = CommandContext.RefusingOptions(new Argument<string>("OLD") { Description = "The earlier release (.json or .jsonl)." });
        var newer = CommandContext.RefusingOptions(new Argument<string>("NEW") { Description = "The later release (.json or .jsonl)." });
        var command = new Command("diff", "Show the records added, removed and changed between two releases, with the members that changed; exit 1 if they differ.")
        {
            older, newer,
        };
        command.SetAction(parse =>
        {
            PolicyDataset before, after;
            try
            {
                before = context.Loader.Load(parse.GetValue(older)!);
                after = context.Loader.Load(parse.GetValue(newer)!);
            }
            catch (CliException e) when (e.ExitCode != ExitCodes.Usage)
            {
                throw new CliException(e.Message, ExitCodes.Usage, e);
            }
            var diff = DatasetDiff.Compare(before, after);
            var format = context.FormatOf(parse);
            if (format == OutputFormat.Table && diff.IsEmpty)
            {
                context.Environment.Error.WriteLine("no differences");
            }
            else
            {
                context.Write(parse, Rows(diff, format));
            }
            return diff.IsEmpty ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }

    /// <summary>
    /// The rows of a diff. A table has a row per record, each changed member on its own line under it
    /// (<c>policy.stance: paused -> refusing</c>); JSON has an object per record with its <c>members</c> (each with
    /// <c>member</c>, <c>old</c> and <c>new</c>, null when absent); CSV has a row per changed member (an added or removed
    /// record: one row with the last three fields empty).
    /// </summary>
    /// <param name="diff">The diff.</param>
    /// <param name="format">The output format.</param>
    /// <returns>The table.</returns>
    public static ResultTable Rows(DatasetDiff diff, OutputFormat format) => format switch
    {
        OutputFormat.Table => new(
            [new("kind", "kind"), new("id", "id"), new("change", "change", ChangeColor), new("members", "members", Detail: true)],
            diff.Changes.Select(c => (IReadOnlyList<object?>)[KindName(c.Kind), c.Id, ChangeName(c.Change), c.Members.Select(m => m.ToString()).ToList()])),
        OutputFormat.Json => new(
            [new("kind", "kind"), new("id", "id"), new("change", "change"), new("members", "members")],
            diff.Changes.Select(c => (IReadOnlyList<object?>)
            [
                KindName(c.Kind), c.Id, ChangeName(c.Change),
                c.Members.Select(m => (IReadOnlyList<KeyValuePair<string, object?>>)
                [
                    new("member", m.Member), new("old", m.OldValue), new("new", m.NewValue),
                ]).ToList(),
            ])),
        _ => new(
            [new("kind", "kind"), new("id", "id"), new("change", "change"), new("member", "member"), new("old", "old"), new("new", "new")],
            diff.Changes.SelectMany(c => c.Members.IsEmpty
                ? [(IReadOnlyList<object?>)[KindName(c.Kind), c.Id, ChangeName(c.Change), null, null, null]]
                : c.Members.Select(m => (IReadOnlyList<object?>)[KindName(c.Kind), c.Id, ChangeName(c.Change), m.Member, m.OldValue, m.NewValue]))),
    };

    /// <summary>The record kind as the tool names it: <c>metadata</c>, <c>company</c>, ... <c>event</c>, <c>figure</c>.</summary>
    private static string KindName(DatasetRecordKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static string ChangeName(RecordChangeKind change) => JsonNamingPolicy.CamelCase.ConvertName(change.ToString());

    private static string? ChangeColor(object? cell) => cell switch
    {
        "added" => Ansi.Green,
        "removed" => Ansi.Red,
        "changed" => Ansi.Yellow,
        _ => null,
    };
}
