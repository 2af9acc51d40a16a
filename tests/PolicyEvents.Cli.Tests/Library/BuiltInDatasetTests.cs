using System.Text.Json;
using System.Xml.Linq;

namespace PolicyEvents.Cli.Tests.Library;

/// <summary>Every command on the built-in Hong Kong 2020 dataset (no file given), through the library.</summary>
public sealed class BuiltInDatasetTests : IDisposable
{
    private readonly LibraryFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Summary_counts_the_built_in_dataset()
    {
        var result = _fixture.Run("summary", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("dataset").GetString().Should().Be("hong-kong-2020");
        root.GetProperty("companies").GetInt32().Should().Be(10);
        root.GetProperty("jurisdictions").GetInt32().Should().Be(1);
        root.GetProperty("version").GetString().Should().Be("2.0.0");
        root.GetProperty("events").GetInt32().Should().Be(21, "release 1.0.0's 11 events, 6 of them superseded, and 10 more");
        root.GetProperty("statements").GetInt32().Should().Be(27);
        root.GetProperty("sources").GetInt32().Should().Be(46, "42 for the facts and one per company whose report the figures come from");
        root.GetProperty("triggers").GetInt32().Should().Be(2);
        root.GetProperty("from").GetString().Should().Be("../2020-06-30", "Apple answered non-content requests no later than June 2020");
        root.GetProperty("stances").GetProperty("paused").GetInt32().Should().Be(14);
        root.GetProperty("figures").GetInt32().Should().Be(128, "the Hong Kong figures of Google, Facebook, Apple and Microsoft (eng/import-hong-kong-figures.sh)");
    }

    [Fact]
    public void The_main_job_prints_Googles_two_periods_with_their_statements()
    {
        var result = _fixture.Run("timeline", "--jurisdiction", "HK");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var lines = result.Output.Split('\n');
        lines[0].Should().StartWith("company    jurisdiction  from                   until        stance               scope                                    change");
        lines.Should().Contain(l => l.StartsWith("google     HK            2020-07-01?            2020-08-13?  paused               userData by government+lawEnforcement    first record", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("google     HK            2020-08-13?                         formalChannelOnly    userData by government+lawEnforcement    paused -> formalChannelOnly", StringComparison.Ordinal));
        lines.Should().Contain("    Google: \"Last Wednesday, when the law took effect, we paused production on any new data requests from Hong Kong authorities, and we’ll continue to review the details of the new law\"");
        lines.Count(l => l.Length > 0 && !l.StartsWith(' ')).Should().Be(2 + 15, "a header, a rule and one row per period of each scope lane");
    }

    [Fact]
    public void On_9_July_2020_every_company_had_paused_or_changed_course()
    {
        var result = _fixture.Run("at", "2020-07-09", "-j", "HK", "-f", "csv");

        result.ExitCode.Should().Be(0);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => (r[0], r[4])).Should().Equal(
            ("apple", "respondingAsUsual"), ("apple", "formalChannelOnly"), ("facebook", "paused"), ("google", "paused"),
            ("linkedin", "paused"), ("microsoft", "paused"), ("telegram", "paused"), ("telegram", "paused"),
            ("tiktok", "withdrawnFromMarket"), ("twitter", "paused"), ("whatsapp", "paused"), ("zoom", "paused"), ("zoom", "paused"));
    }

    [Fact]
    public void On_5_July_2020_only_the_companies_that_had_acted_have_a_policy_in_force()
    {
        var result = _fixture.Run("at", "2020-07-05T12:00", "-j", "HK", "-f", "json");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.EnumerateArray().Where(e => e.GetProperty("status").GetString() == "inForce").Select(e => e.GetProperty("company").GetString())
            .Should().Equal("apple", "google", "telegram", "telegram", "twitter");
        json.RootElement.EnumerateArray().Where(e => e.GetProperty("status").GetString() == "noRecordedPolicy").Select(e => e.GetProperty("company").GetString())
            .Should().Equal("facebook", "linkedin", "microsoft", "tiktok", "whatsapp", "zoom");
    }

    [Fact]
    public void A_policy_whose_date_has_no_start_has_an_empty_start_not_the_beginning_of_time()
    {
        var csv = _fixture.Run("at", "2020-07-05T12:00", "-j", "HK", "-c", "apple", "-f", "csv");
        var json = _fixture.Run("timeline", "-j", "HK", "-c", "apple", "-f", "json");

        csv.ExitCode.Should().Be(0);
        csv.Output.Split('\n')[1].Should().StartWith("apple,Apple,HK,inForce,respondingAsUsual,nonContent,../2020-06-30,,,apple-hk-2020-06-non-content,");
        using var periods = JsonDocument.Parse(json.Output);
        var open = periods.RootElement.EnumerateArray().Single(e => e.GetProperty("event").GetString() == "apple-hk-2020-06-non-content");
        open.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
        json.Output.Should().NotContain("-9998");
    }

    [Fact]
    public void The_chart_has_a_lane_per_company_and_per_coexisting_scope()
    {
        _fixture.Run("chart", "-j", "HK", "-o", "hk.svg").ExitCode.Should().Be(0);
        _fixture.Run("chart", "-j", "HK", "-o", "hk.png").ExitCode.Should().Be(0);

        XNamespace svg = "http://www.w3.org/2000/svg";
        var lanes = XDocument.Load(_fixture.PathOf("hk.svg")).Descendants(svg + "g").Where(g => (string?)g.Attribute("class") == "lane");
        lanes.Select(l => (string?)l.Attribute("data-key")).Should().Equal(
            "apple#nonContent", "apple#content by lawEnforcement", "facebook", "google", "linkedin", "microsoft",
            "telegram#userData by government", "telegram#userData about HK from any jurisdiction", "tiktok", "twitter", "whatsapp",
            "zoom#userData by government+lawEnforcement", "zoom#userData about HK from any jurisdiction");
        var png = File.ReadAllBytes(_fixture.PathOf("hk.png"));
        png.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        png.Length.Should().BeGreaterThan(20_000);
    }

    [Fact]
    public void The_bundled_file_has_no_errors_and_no_warnings()
    {
        var result = _fixture.Run("validate", "hong-kong-2020.json");

        result.ExitCode.Should().Be(0);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6)
            .And.OnlyContain(l => l.Contains(": information PE0120: ", StringComparison.Ordinal), "six pages' stored copies show no title (data/README.md)");
        result.Error.Should().Be("1 file checked: 0 errors, 0 warnings\n");
    }

    [Fact]
    public void Converting_the_bundled_file_there_and_back_gives_the_same_bytes()
    {
        _fixture.Run("convert", "hong-kong-2020.json", "hk.jsonl").ExitCode.Should().Be(0);
        _fixture.Run("convert", "hk.jsonl", "hk.json").ExitCode.Should().Be(0);

        File.ReadAllBytes(_fixture.PathOf("hk.json")).Should().Equal(File.ReadAllBytes(_fixture.PathOf("hong-kong-2020.json")));
        _fixture.Run("diff", "hong-kong-2020.json", "hk.jsonl").ExitCode.Should().Be(0);
    }
}
