using System.Text;

namespace PolicyEvents.Tests.Import;

/// <summary>The real exports under Fixtures/figures (see PROVENANCE.md there), copied to the test output.</summary>
internal static class FigureFixtures
{
    internal const string Google = "google-global-user-data-requests.csv";
    internal const string GoogleDiplomatic = "google-global-user-data-dlr-requests.csv";
    internal const string MetaH1 = "PRPL-Facebook-Government-Report-2020_H1.csv";
    internal const string MetaH2 = "PRPL-Facebook-Government-Report-2020_H2.csv";
    internal const string Meta2013H1 = "PRPL-Facebook-Government-Report-2013_H1.csv";
    internal const string Meta2014H1 = "PRPL-Facebook-Government-Report-2014_H1.csv";
    internal const string Meta2014H2 = "PRPL-Facebook-Government-Report-2014_H2.csv";
    internal const string AppleAccounts = "account_requests.csv";
    internal const string AppleDevices = "device_requests.csv";
    internal const string Microsoft2019H2 = "Microsoft_LERR_2019_H2.xlsx";
    internal const string Microsoft2020H1 = "Microsoft_LERR_2020_H1.xlsx";
    internal const string Microsoft2020H2 = "Microsoft_LERR_2020_H2.xlsx";

    /// <summary>Every Meta export of the fixtures, one per half-year: 2013 H1, 2014 H1 and H2, 2016 H1 to 2022 H2.</summary>
    internal static readonly string[] MetaAll =
    [
        Meta2013H1, Meta2014H1, Meta2014H2,
        .. new[] { 2016, 2017, 2018, 2019, 2020, 2021, 2022 }.SelectMany(y => new[] { $"PRPL-Facebook-Government-Report-{y}_H1.csv", $"PRPL-Facebook-Government-Report-{y}_H2.csv" }),
    ];

    internal static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "figures", name));

    internal static MemoryStream Open(string name) => new(Bytes(name), writable: false);

    /// <summary>The text of a fixture without its byte-order mark.</summary>
    internal static string Text(string name) => new UTF8Encoding(false, true).GetString(Bytes(name)).TrimStart('\uFEFF');

    /// <summary>Encodes text as UTF-8, with or without a byte-order mark.</summary>
    internal static MemoryStream Encode(string text, bool bom) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)], writable: false);

    /// <summary>The lines of a text, whatever its line ends.</summary>
    internal static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Splits one CSV line into cells (quotes group, commas separate): the tests' own parse, independent of the
    /// importers' reader, for cell-by-cell checks of whole files.</summary>
    internal static string[] SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        cells.Add(current.ToString());
        return [.. cells];
    }
}
