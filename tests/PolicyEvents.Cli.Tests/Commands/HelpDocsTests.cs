using System.Text.RegularExpressions;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

/// <summary>docs/cli.md prints each command's help: every block must be what the tool writes.</summary>
public sealed partial class HelpDocsTests
{
    [GeneratedRegex(@"```text\n\$ policyevents (?<args>[^\n]*)--help\n(?<help>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex HelpBlock();

    private static string RepositoryFile(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PolicyEvents.sln")))
        {
            folder = folder.Parent;
        }
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("PolicyEvents.sln not found above the test folder."), relative);
    }

    [Fact]
    public void Every_help_block_in_the_cli_docs_is_the_tools_output()
    {
        var doc = File.ReadAllText(RepositoryFile(Path.Combine("docs", "cli.md"))).Replace("\r", "");

        var blocks = HelpBlock().Matches(doc);

        blocks.Select(b => b.Groups["args"].Value.Trim()).Should().BeEquivalentTo(
            ["", "validate", "summary", "at", "timeline", "diff", "convert", "import", "chart", "report"], "each command's help is documented");
        foreach (Match block in blocks)
        {
            string[] args = [.. block.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
            var result = CliRunner.Run(null, Path.GetTempPath(), args);
            result.ExitCode.Should().Be(0);
            result.Output.TrimEnd('\n').Should().Be(block.Groups["help"].Value, $"docs/cli.md shows 'policyevents {string.Join(' ', args)}'");
        }
    }
}
