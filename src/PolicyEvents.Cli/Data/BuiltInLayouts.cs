using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Import;

namespace PolicyEvents.Cli.Data;

/// <summary>
/// The export layouts the library's importers read, told apart by a file's content rather than its name: a Microsoft
/// workbook by its zip signature, a CSV by the column names of its header row (docs/figures.md lists every layout).
/// </summary>
internal static class BuiltInLayouts
{
    /// <summary>One layout: its name, the company whose report it is, and the importer that reads it.</summary>
    internal sealed record Layout(string Name, CompanyId Company, string CompanyName, Func<Stream, string, CompanyId, FigureImportResult> Read);

    private static readonly Layout GoogleUserData = new("Google user-data requests", new CompanyId("google"), "Google",
        (stream, file, company) => GoogleUserDataRequestsCsv.Read(stream, file, company));

    private static readonly Layout GoogleDiplomatic = new("Google diplomatic requests", new CompanyId("google"), "Google",
        (stream, file, company) => GoogleDiplomaticRequestsCsv.Read(stream, file, company));

    private static readonly Layout Meta = new("Meta government requests", new CompanyId("facebook"), "Facebook",
        (stream, file, company) => MetaGovernmentRequestsCsv.Read(stream, file, company));

    private static readonly Layout Apple = new("Apple transparency report", new CompanyId("apple"), "Apple",
        (stream, file, company) => AppleTransparencyReportCsv.Read(stream, file, company));

    private static readonly Layout Microsoft = new("Microsoft Law Enforcement Requests Report", new CompanyId("microsoft"), "Microsoft",
        (stream, file, company) => MicrosoftLawEnforcementRequestsXlsx.Read(stream, file, company));

    /// <summary>The layout of a file, or null when it is none the built-in importers read.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The layout, or null.</returns>
    public static Layout? Detect(string path)
    {
        var head = new byte[8192];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
        {
            return Microsoft;
        }
        var text = Encoding.UTF8.GetString(head, 0, read).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var columns = (end < 0 ? text : text[..end]).Split(',').Select(c => c.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        return columns switch
        {
            _ when columns.Contains("Period Ending") && columns.Contains("Assisting Country") => GoogleDiplomatic,
            _ when columns.Contains("Period Ending") && columns.Contains("User Data Requests") => GoogleUserData,
            _ when columns.Contains("TR Start Date") && columns.Contains("TR End Date") => Apple,
            _ when columns.Contains("Country") && columns.Contains("Total Requests") => Meta,
            _ => null,
        };
    }
}
