using System.Text;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

/// <summary>The rough edges a newcomer met (issue 21), each with its exact output and exit code.</summary>
public sealed class RoughEdgeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), _dir.Path, args);

    [Fact]
    public void Validate_on_a_directory_prints_the_error_and_no_count_of_checked_files()
    {
        Directory.CreateDirectory(_dir.File("data"));

        var result = Run("validate", "data");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("policyevents: error: cannot read 'data': it is a directory, not a dataset file\n");
    }

    [Fact]
    public void Validate_counts_only_the_files_it_read()
    {
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "good.json");

        var missing = Run("validate", "missing.json");
        var both = Run("validate", "missing.json", "good.json");

        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Be("policyevents: error: file not found: 'missing.json'\n");
        both.ExitCode.Should().Be(2);
        both.Error.Should().Be("policyevents: error: file not found: 'missing.json'\n1 file checked: 0 errors, 0 warnings (1 file not read)\n");
    }

    [Fact]
    public void A_UTF16_file_is_named_as_such()
    {
        var text = PolicyEvents.Serialization.PolicyDatasetSerializer.ToJson(TestDatasets.HongKong());
        File.WriteAllText(_dir.File("wide.json"), text, Encoding.Unicode);

        var validate = Run("validate", "wide.json");
        var summary = Run("summary", "wide.json");

        validate.ExitCode.Should().Be(1);
        validate.Output.Should().Be("wide.json:1:1: error PE0001: Malformed JSON: the text looks like UTF-16; a dataset file must be UTF-8 (re-save it as UTF-8).\n");
        summary.ExitCode.Should().Be(1);
        summary.Error.Should().Be("policyevents: error: wide.json:1:1: error PE0001: Malformed JSON: the text looks like UTF-16; a dataset file must be UTF-8 (re-save it as UTF-8).\n");
    }

    [Fact]
    public void A_trailing_comma_is_named_without_the_readers_advice()
    {
        File.WriteAllText(_dir.File("comma.json"), "{\"formatVersion\": \"1.0\",}");

        var result = Run("validate", "comma.json");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("comma.json:1:25: error PE0001: Malformed JSON: a comma after an object's last member; JSON allows no trailing comma (remove it).\n");
    }

    [Theory]
    [InlineData("timeline", "--bogus")]
    [InlineData("summary", "--bogus")]
    [InlineData("validate", "--bogus")]
    public void An_unknown_option_is_not_taken_for_a_file(string command, string option)
    {
        var result = Run(command, option);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"policyevents: error: unknown option '{option}' (a file whose name starts with '-' is written ./{option}) (see 'policyevents --help')\n");
    }

    [Fact]
    public void Help_names_the_tool_shows_optional_files_and_the_default_as_typed()
    {
        var result = Run("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Usage:\n  policyevents [command] [options]\n");
        result.Output.Should().NotContain("PolicyEvents.Cli");
        result.Output.Should().Contain("\n  -f, --format <table|json|csv>  How to write results: table (for people), json or csv (for scripts). [default: table]\n");
        result.Output.Should().Contain("\n  validate <FILE>...  List every problem");
        result.Output.Should().Contain("\n  summary [<FILE>]    Count the companies");
        result.Output.Should().Contain("\n  at <DATE> [<FILE>]  Show the policies");
        result.Output.Should().Contain("\n  timeline [<FILE>]   Show each company's");
        result.Output.Should().Contain("\n  diff <OLD> <NEW>    Show the records");
        result.Output.Should().Contain("\n  chart [<FILE>]      Draw a timeline chart");
        Run("summary", "--help").Output.Should().Contain("Usage:\n  policyevents summary [<FILE>] [options]\n");
    }

    [Fact]
    public void At_help_says_a_local_time_without_an_offset_is_read_in_each_jurisdictions_zone()
    {
        var result = Run("at", "--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("a local date-time without an offset (2020-07-09T12:00), or now. Dates and local date-times are read in each jurisdiction's own zone");
    }

    [Fact]
    public void Subsidiaries_without_a_company_is_a_usage_error()
    {
        var result = Run("timeline", "-s");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("policyevents: error: --subsidiaries adds the subsidiaries of the company given with --company: give --company too (e.g. -c facebook -s)\n");
    }

    [Fact]
    public void A_chart_into_a_missing_directory_names_the_directory_not_a_temporary_file()
    {
        var path = Path.Combine(_dir.Path, "missing", "x.svg");

        var result = Run("chart", "-o", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"policyevents: error: cannot write '{path}': the directory '{Path.Combine(_dir.Path, "missing")}' does not exist\n");
        result.Error.Should().NotContain(".tmp-");
    }

    [Fact]
    public void Convert_says_its_CSV_cannot_be_read_back()
    {
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "data.json");
        Run("convert", "data.json", "events.csv").ExitCode.Should().Be(0);
        File.Copy(_dir.File("events.csv"), _dir.File("events.txt"));

        var result = Run("convert", "events.csv", "back.json");
        var renamed = Run("convert", "events.txt", "back.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("policyevents: error: events.csv:1:1: error PE0001: a CSV export (one row per event, as 'convert' writes it) cannot be read back: it has no companies, statements or sources; read the .json or .jsonl dataset it was exported from\n");
        renamed.Error.Should().Be(result.Error.Replace("events.csv", "events.txt"));
        File.Exists(_dir.File("back.json")).Should().BeFalse();
        Run("convert", "--help").Output.Should().Contain("CSV is an export: one row per event, without the companies, statements and sources, so it cannot be read back.");
    }

    [Fact]
    public void At_a_date_before_any_policy_answers_no_recorded_policy_and_says_so()
    {
        var result = Run("at", "2018-06-01");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company   name      jurisdiction  status            stance  scope  since  announced  event  channel  statements
            --------  --------  ------------  ----------------  ------  -----  -----  ---------  -----  -------  ----------
            google    Google    HK            noRecordedPolicy
            whatsapp  WhatsApp  HK            noRecordedPolicy

            """.Replace("\r", ""));
        result.Error.Should().Be("policyevents: no recorded policy in force at 2018-06-01\n");
    }

    [Fact]
    public void At_lists_companies_with_no_recorded_policy_beside_those_with_one()
    {
        var result = Run("at", "2020-07-09", "-j", "HK", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            facebook,Facebook,HK,noRecordedPolicy,,,,,,,,
            google,Google,HK,inForce,paused,userData by government+lawEnforcement,2020-06-30T23:00:00+08:00,2020-06-30T15:00:00Z,2020-07-06,google-hk-pause,,google-pause
            whatsapp,WhatsApp,HK,inForce,paused,userData by government+lawEnforcement,2020-07-06,2020-07-05T16:00:00Z,2020-07-06,whatsapp-hk-pause,,whatsapp-pause

            """.Replace("\r", ""));
    }

    [Fact]
    public void An_empty_timeline_exits_0_with_a_note_on_stderr()
    {
        var table = Run("timeline", "-j", "DE");
        var json = Run("timeline", "-j", "DE", "-f", "json");

        table.ExitCode.Should().Be(0);
        table.Output.Should().Be("company  jurisdiction  from  until  stance  scope  change  announced  event\n-------  ------------  ----  -----  ------  -----  ------  ---------  -----\n");
        table.Error.Should().Be("policyevents: no policy events match the selection\n");
        json.ExitCode.Should().Be(0);
        json.Output.Should().Be("[]\n");
    }

    [Fact]
    public void An_empty_chart_is_not_written()
    {
        var result = Run("chart", "-j", "DE", "-o", "de.svg");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: nothing to chart: the dataset has no policy events toward DE\n");
        File.Exists(_dir.File("de.svg")).Should().BeFalse();
    }

    [Fact]
    public void Summary_CSV_has_one_stance_per_column()
    {
        var result = Run("summary", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            dataset,title,version,companies,jurisdictions,events,statements,sources,triggers,figures,from,to,stances.respondingAsUsual,stances.paused
            hong-kong-test,Hong Kong test,1.0.0,3,1,3,2,2,1,1,2019,2020-07-06,1,2

            """.Replace("\r", ""));
    }
}
