using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Import;
using PolicyEvents.Tests.TestHelpers;

namespace PolicyEvents.Tests.Import;

/// <summary>
/// Crafted CSV files, each with one or a few problems, through both importers: every issue (severity, code, file, line,
/// column and words) and every figure set read are pinned in Fixtures/importer-messages.txt, a reviewed file. The other
/// importer tests check codes and values; this one checks what each issue tells the reader. To accept new words, run the
/// tests with <c>POLICYEVENTS_UPDATE_MESSAGES=1</c> and review the diff of the file.
/// </summary>
public class ImporterMessagesTests
{
    private const string FileName = "importer-messages.txt";

    private const string Google = "Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts";

    private static readonly (string Name, string Text)[] GoogleFiles =
    [
        ("google-valid.csv", Google + "\n2020-06-30,Hong Kong,HK,All,241,46,300\n2020-06-30,Hong Kong,HK,Subpoena,0-499,<1,\n"),
        ("google-empty.csv", ""),
        ("google-header-only.csv", Google + "\n"),
        ("google-ragged.csv", Google + "\n2020-06-30,Hong Kong,HK,All,241\n2020-06-30,Hong Kong,HK,All,1,2,3,4\n"),
        ("google-bad-date.csv", Google + "\n2020-06-31,Hong Kong,HK,All,1,0,1\n,Hong Kong,HK,All,1,0,1\n"),
        ("google-bad-numbers.csv", Google + "\n2020-06-30,Hong Kong,HK,All,many,0,1\n2020-06-30,Hong Kong,HK,All,24%,0,1\n2020-06-30,Hong Kong,HK,All,1,half,1\n2020-06-30,Hong Kong,HK,All,1,0,-\n"),
        ("google-no-jurisdiction.csv", Google + "\n2020-06-30,,,All,1,0,1\n2020-06-30,,XK,All,1,0,1\n2020-06-30,,ZZ,All,1,0,1\n"),
        ("google-unmapped.csv", Google + "\n2020-06-30,Atlantis,,All,1,0,1\n2020-06-30,Hong Kong,QQ,All,1,0,1\n"),
        ("google-categories.csv", Google + "\n2020-06-30,Hong Kong,HK,,1,0,1\n2020-06-30,Hong Kong,HK,Wiretap,1,0,1\n2020-06-30,Hong Kong,HK,Emergency Disclosure Requests,1,0,1\n"),
        ("google-columns.csv", "Period Ending,Country/Region,Legal Process,User Data Requests,Extra,Accounts,Accounts\n2020-06-30,Hong Kong,All,1,x,2,3\n"),
        ("google-missing-columns.csv", "Country/Region,Accounts\nHong Kong,1\n"),
    ];

    private static readonly (string Name, string Text)[] MetaFiles =
    [
        ("meta-2020_H1.csv", "Country,Total Requests,Number of Requests Where Some Data Produced,Total Requests Accounts,Total Requests Percentage,Emergency Request Total\nHong Kong,262,120,300,46%,0-9\n"),
        ("meta-empty-2020_H1.csv", ""),
        ("meta-ragged-2020_H1.csv", "Country,Total Requests,Total Requests Percentage\nHong Kong,262\nMacau,1,2%,3\n"),
        ("meta-no-country-2020_H1.csv", "Country,Total Requests\n,262\nAtlantis,1\n"),
        ("meta-bad-numbers-2020_H1.csv", "Country,Total Requests,Number of Requests Where Some Data Produced,Total Requests Percentage\nHong Kong,lots,5,101%\nMacau,3,5,46\nTaiwan,-1,0,0%\n"),
        ("meta-columns-2020_H1.csv", "Country,Requests,Total Requests,Total Requests,Region Group\nHong Kong,1,2,3,Asia\n"),
        ("meta-no-groups-2020_H1.csv", "Country,Requests\nHong Kong,1\n"),
        ("meta-no-country-column-2020_H1.csv", "Nation,Total Requests\nHong Kong,1\n"),
        ("meta.csv", "Country,Total Requests\nHong Kong,262\n"),
    ];

    [Fact]
    public void Every_issue_and_figure_of_the_crafted_files_reads_as_recorded()
    {
        var text = new StringBuilder();
        foreach (var (name, csv) in GoogleFiles)
        {
            Describe(text, name, GoogleUserDataRequestsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, new CompanyId("google")));
        }
        foreach (var (name, csv) in MetaFiles)
        {
            Describe(text, name, MetaGovernmentRequestsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, new CompanyId("facebook")));
        }
        PinnedText.ShouldMatch(text.ToString(), FileName);
    }

    private static void Describe(StringBuilder text, string name, FigureImportResult result)
    {
        text.Append("== ").Append(name).Append('\n');
        foreach (var issue in result.Issues)
        {
            text.Append("issue: ").Append(issue).Append('\n');
        }
        foreach (var figures in result.Figures)
        {
            text.Append("figures: ").Append(figures).Append(" (").Append(figures.Category.Kinds).Append(", ").Append(figures.Category.LegalProcess).Append(")\n");
        }
    }
}
