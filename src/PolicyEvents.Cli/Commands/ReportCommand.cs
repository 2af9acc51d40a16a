using System.CommandLine;
using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Report;

namespace PolicyEvents.Cli.Commands;

/// <summary>
/// <c>report [FILE] -o site/</c>: the dataset as a static site (HTML and CSS with inline SVG, a little JavaScript for the
/// search), readable from the file system without network; the same dataset gives the same bytes (docs/report.md).
/// </summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandContext context)
    {
        var file = CommandContext.OptionalFile();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the site to: new, empty, or holding an earlier report (replaced whole).",
            Required = true,
            HelpName = "folder",
        };
        var command = new Command("report", "Write the dataset as a static site: an index, a page per jurisdiction and per company, figures beside policy, and a statement search.")
        {
            file, output,
        };
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            var dataset = context.Loader.Load(parse.GetValue(file));
            var files = SiteWriter.Build(dataset);
            SiteWriter.Write(files, context.Loader.Resolve(outPath), outPath);
            var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
            context.Environment.Output.WriteLine($"wrote {pages} pages to {outPath} (open {Path.Combine(outPath, SitePaths.Index)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
