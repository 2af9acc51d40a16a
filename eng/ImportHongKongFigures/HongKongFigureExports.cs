using PolicyEvents.Domain;
using PolicyEvents.Import;

/// <summary>The exports the Hong Kong figures come from: how each is recognised by its file name, which importer reads
/// it, and the dataset source it is cited by.</summary>
internal static class HongKongFigureExports
{
    // The exports as kept, byte for byte, in the public repository ucsdsysnet/nsl-empirical-analysis at this commit
    // (tests/PolicyEvents.Tests/Fixtures/figures/PROVENANCE.md): the address of each company's folder there.
    private const string Repository = "https://github.com/ucsdsysnet/nsl-empirical-analysis/tree/07990ebb1678701e488bc3d63f163e947246e12d/data/raw/transparency_reports/";

    private static readonly Source Google = new(new SourceId("google-user-data-requests-export"), "Google",
        "Google Transparency Report, Global requests for user information: CSV exports google-global-user-data-requests.csv and google-global-user-data-dlr-requests.csv",
        new Uri(Repository + "google"));

    private static readonly Source Meta = new(new SourceId("meta-government-requests-export"), "Meta",
        "Facebook (Meta) Transparency Report, Government Requests for User Data: per-country CSV exports, one per half-year (PRPL-Facebook-Government-Report-YYYY_Hn.csv)",
        new Uri(Repository + "facebook"));

    private static readonly Source Apple = new(new SourceId("apple-transparency-report-export"), "Apple",
        "Apple Transparency Report: CSV exports of account and device requests (account_requests.csv, device_requests.csv)",
        new Uri(Repository + "apple"));

    private static readonly Source Microsoft = new(new SourceId("microsoft-law-enforcement-requests-export"), "Microsoft",
        "Microsoft Law Enforcement Requests Report: Excel workbooks, one per half-year (Microsoft LERR YYYY_Hn.xlsx)",
        new Uri(Repository + "microsoft"));

    /// <summary>Every source this tool owns: it replaces them in the dataset on each run.</summary>
    public static IReadOnlyList<Source> Sources { get; } = [Google, Meta, Apple, Microsoft];

    /// <summary>The known exports under a folder (searched recursively), in a fixed order: by company, then file name.</summary>
    public static IEnumerable<Export> Find(string folder)
    {
        var found = new List<Export>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            Export? export = name switch
            {
                "google-global-user-data-requests.csv" => new(path, 0, Google,
                    (s, f, r) => GoogleUserDataRequestsCsv.Read(s, f, new CompanyId("google"), r)),
                "google-global-user-data-dlr-requests.csv" => new(path, 0, Google,
                    (s, f, r) => GoogleDiplomaticRequestsCsv.Read(s, f, new CompanyId("google"), r)),
                _ when name.StartsWith("PRPL-Facebook-Government-Report-", StringComparison.Ordinal) && name.EndsWith(".csv", StringComparison.Ordinal)
                    => new(path, 1, Meta, (s, f, r) => MetaGovernmentRequestsCsv.Read(s, f, new CompanyId("facebook"), registry: r)),
                "account_requests.csv" or "device_requests.csv" => new(path, 2, Apple,
                    (s, f, r) => AppleTransparencyReportCsv.Read(s, f, new CompanyId("apple"), r)),
                _ when name.StartsWith("Microsoft_LERR_", StringComparison.Ordinal) && name.EndsWith(".xlsx", StringComparison.Ordinal)
                    => new(path, 3, Microsoft, (s, f, r) => MicrosoftLawEnforcementRequestsXlsx.Read(s, f, new CompanyId("microsoft"), registry: r)),
                _ => null,
            };
            if (export is not null)
            {
                found.Add(export);
            }
        }
        var repeated = found.GroupBy(e => Path.GetFileName(e.Path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"The export '{repeated.Key}' is found more than once under '{folder}': {string.Join(", ", repeated.Select(e => e.Path))}.");
        }
        return found.OrderBy(e => e.Order).ThenBy(e => Path.GetFileName(e.Path), StringComparer.Ordinal);
    }

    /// <summary>One export: its path, its company's place in the order, its source and its importer.</summary>
    internal sealed record Export(string Path, int Order, Source Source, Func<Stream, string, JurisdictionRegistry, FigureImportResult> Read);
}
