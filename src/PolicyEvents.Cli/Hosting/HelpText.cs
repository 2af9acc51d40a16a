using System.CommandLine;
using System.Text;

namespace PolicyEvents.Cli.Hosting;

/// <summary>
/// Corrects System.CommandLine's help where it misleads: its list of commands writes every argument as required
/// (<c>summary &lt;FILE&gt;</c>); here an optional one is in brackets (<c>summary [&lt;FILE&gt;]</c>) and a repeated one
/// ends with <c>...</c> (<c>validate &lt;FILE&gt;...</c>), as each command's own usage line writes them.
/// </summary>
internal static class HelpText
{
    private const string CommandsHeading = "Commands:";

    /// <summary>Rewrites the <c>Commands:</c> section of a help text, keeping its columns aligned.</summary>
    /// <param name="help">The help System.CommandLine wrote.</param>
    /// <param name="command">The command whose help it is.</param>
    /// <returns>The help.</returns>
    public static string Rewrite(string help, Command command)
    {
        var lines = help.Split('\n');
        var heading = Array.IndexOf(lines, CommandsHeading);
        if (heading < 0)
        {
            return help;
        }
        var end = heading + 1;
        while (end < lines.Length && lines[end].Length > 0)
        {
            end++;
        }
        // Each row: the first column, the description (continuation lines of a wrapped description kept as they are).
        var rows = new List<(string First, List<string> Text)>();
        var indent = 0;
        for (var i = heading + 1; i < end; i++)
        {
            var line = lines[i];
            var sub = command.Subcommands.FirstOrDefault(c => line.StartsWith("  " + DefaultUsageOf(c) + " ", StringComparison.Ordinal));
            if (sub is not null)
            {
                var first = "  " + DefaultUsageOf(sub);
                var rest = line[first.Length..];
                indent = first.Length + rest.Length - rest.TrimStart().Length;
                rows.Add(("  " + UsageOf(sub), [rest.TrimStart()]));
            }
            else if (rows.Count > 0)
            {
                rows[^1].Text.Add(line.TrimStart());
            }
            else
            {
                return help;
            }
        }
        var width = Math.Max(indent, rows.Max(r => r.First.Length) + 2);
        var section = new StringBuilder();
        foreach (var (first, text) in rows)
        {
            section.Append(first.PadRight(width)).Append(text[0]);
            foreach (var more in text.Skip(1))
            {
                section.Append('\n').Append(new string(' ', width)).Append(more);
            }
            section.Append('\n');
        }
        return string.Join('\n', lines[..(heading + 1)]) + "\n" + section + string.Join('\n', lines[end..]);
    }

    /// <summary>A command's name and arguments as its usage line writes them, e.g. <c>at &lt;DATE&gt; [&lt;FILE&gt;]</c>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The text.</returns>
    public static string UsageOf(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a =>
        {
            var name = $"<{a.HelpName ?? a.Name}>" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : "");
            return a.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
        }).Prepend(command.Name));

    /// <summary>The first column System.CommandLine writes for a command in a list: its name and each argument in angle brackets.</summary>
    private static string DefaultUsageOf(Command command) =>
        string.Join(' ', command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.HelpName ?? a.Name}>").Prepend(command.Name));
}
