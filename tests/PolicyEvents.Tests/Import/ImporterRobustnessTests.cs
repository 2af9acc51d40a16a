using System.Text;
using PolicyEvents.Domain;
using PolicyEvents.Import;

namespace PolicyEvents.Tests.Import;

/// <summary>Whatever the bytes, an importer returns a result: no exception escapes, and what it reads is consistent.</summary>
public class ImporterRobustnessTests
{
    private const string Alphabet = ",,,\"\"\r\n\n\r 0123456789%-<abcHK\uFEFF\u00e9";

    private static string Noise(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return builder.ToString();
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Noise_after_a_real_header_gives_a_result_not_an_exception(int seed)
    {
        var random = new Random(seed);
        var google = "Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts\n"
            + "2020-06-30,Hong Kong,HK,All,1,0,1\n" + Noise(random, random.Next(0, 400));
        var meta = "Country,Total Requests,Number of Requests Where Some Data Produced,Total Requests Accounts,Total Requests Percentage\n"
            + "Hong Kong,1,1,1,100%\n" + Noise(random, random.Next(0, 400));

        foreach (var result in new[]
        {
            GoogleUserDataRequestsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(google)), "g.csv", new CompanyId("google")),
            MetaGovernmentRequestsCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(meta)), "m-2020_H1.csv", new CompanyId("facebook")),
        })
        {
            result.Figures.Should().NotBeEmpty("the first data row is well formed");
            result.Figures.Should().OnlyContain(f => f.Provenance != null && f.Provenance.Line >= 2);
            result.Issues.Should().NotContain(i => i.Line < 1);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_give_a_result_not_an_exception(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);

        var google = GoogleUserDataRequestsCsv.Read(new MemoryStream(bytes), "g.csv", new CompanyId("google"));
        var meta = MetaGovernmentRequestsCsv.Read(new MemoryStream(bytes), "m-2020_H1.csv", new CompanyId("facebook"));

        google.Figures.Should().BeEmpty();
        meta.Figures.Should().BeEmpty();
        google.HasErrors.Should().BeTrue();
        meta.HasErrors.Should().BeTrue();
    }
}
