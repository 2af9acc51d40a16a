using System.Text.Json;

namespace PolicyEvents.Cli.Tests.Library;

/// <summary>The commands on small dataset files (TestData), through the library's reader and writer.</summary>
public sealed class FileCommandTests : IDisposable
{
    private readonly LibraryFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Timeline_reads_a_file()
    {
        // ExampleSoft's pause covers user data only: its earlier "responding as usual" (no scope) still decides the other
        // requests, so the two run side by side, each in its own lane (issue 16).
        var result = _fixture.Run("timeline", "small.json", "--company", "ExSoft");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company      jurisdiction  from                       until  stance             scope                                  change        announced   event
            -----------  ------------  -------------------------  -----  -----------------  -------------------------------------  ------------  ----------  --------------------
            examplesoft  HK            2019                              respondingAsUsual  any                                    first record              examplesoft-hk-2019
            examplesoft  HK            2020-06-30T23:00:00+08:00         paused             userData by government+lawEnforcement  first record  2020-07-06  examplesoft-hk-pause
                ExampleSoft spokesperson, 2020-07-06: "We have paused responding to new requests."

            """.Replace("\r", ""));
    }

    [Fact]
    public void At_gives_a_row_per_scope_piece_in_force()
    {
        // ExampleSoft paused user-data requests; its earlier "responding as usual" (no scope) still decides the rest.
        var result = _fixture.Run("at", "2020-07-09", "small.json", "-c", "examplesoft", "-f", "csv");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be("""
            company,name,jurisdiction,status,stance,scope,since,start,announced,event,channel,statements
            examplesoft,ExampleSoft,HK,inForce,respondingAsUsual,any,2019,2018-12-31T16:00:00Z,,examplesoft-hk-2019,,
            examplesoft,ExampleSoft,HK,inForce,paused,userData by government+lawEnforcement,2020-06-30T23:00:00+08:00,2020-06-30T15:00:00Z,2020-07-06,examplesoft-hk-pause,,examplesoft-pause

            """.Replace("\r", ""));
    }

    [Fact]
    public void Json_lines_are_told_by_content_whatever_the_extension()
    {
        File.Copy(_fixture.PathOf("small.jsonl"), _fixture.PathOf("lines-named.json"));

        var fromLines = _fixture.Run("summary", "lines-named.json", "-f", "json");
        var fromDocument = _fixture.Run("summary", "small.json", "-f", "json");

        fromLines.ExitCode.Should().Be(0);
        fromLines.Output.Should().Be(fromDocument.Output);
    }

    [Theory]
    [InlineData("small.json", "small.jsonl")]
    [InlineData("small.jsonl", "small.json")]
    public void Convert_gives_the_canonical_bytes_of_the_other_form(string input, string expected)
    {
        var result = _fixture.Run("convert", input, "out" + Path.GetExtension(expected));

        result.ExitCode.Should().Be(0);
        File.ReadAllBytes(_fixture.PathOf("out" + Path.GetExtension(expected))).Should().Equal(File.ReadAllBytes(_fixture.PathOf(expected)));
    }

    [Fact]
    public void Convert_to_csv_gives_one_row_per_event()
    {
        _fixture.Run("convert", "small.jsonl", "small.csv").ExitCode.Should().Be(0);

        File.ReadAllText(_fixture.PathOf("small.csv")).Split('\n')[3].Should().Be(
            "examplesoft-hk-pause,examplesoft,HK,paused,userData,government;lawEnforcement,,pending review,,2020-06-30T23:00:00+08:00,instant,2020-07-06,day,2026-11-28T15:00:00Z,hk-nsl,,examplesoft-pause,wire-2020-07-06,,,eventJurisdiction,,,");
    }

    [Fact]
    public void Diff_lists_what_changed_between_releases()
    {
        var result = _fixture.Run("diff", "small.json", "v2.json");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("""
            kind       id                    change
            ---------  --------------------  -------
            metadata   cli-small             changed
                version: 1.0.0 -> 1.1.0
            source     wire-2020-07-09       added
            statement  examplesoft-pause     changed
                text: We have paused responding to new requests. -> We have paused responding to new data requests.
            event      examplechat-hk-pause  changed
                policy.stance: paused -> refusing
            event      examplesoft-hk-2019   removed

            """.Replace("\r", ""));
        _fixture.Run("diff", "small.json", "small.jsonl").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Diff_of_the_bundled_file_and_a_copy_with_another_version_and_macao_prints_what_docs_diff_md_shows()
    {
        var text = File.ReadAllText(_fixture.PathOf("hong-kong-2020.json"));
        File.WriteAllText(_fixture.PathOf("hong-kong-2020-2.0.1.json"), text.Replace("\"version\": \"2.0.0\"", "\"version\": \"2.0.1\"", StringComparison.Ordinal));
        File.WriteAllText(_fixture.PathOf("hong-kong-2020-macao.json"), text.Replace("\"version\": \"2.0.0\"", "\"version\": \"2.1.0\"", StringComparison.Ordinal)
            .Replace("      \"parent\": \"CN\"\n    }\n  ],", "      \"parent\": \"CN\"\n    },\n    {\n      \"code\": \"MO\",\n      \"name\": \"Macao\",\n      \"kind\": \"specialAdministrativeRegion\",\n      \"timeZone\": \"Asia/Macau\",\n      \"parent\": \"CN\"\n    }\n  ],", StringComparison.Ordinal));

        var version = _fixture.Run("diff", "hong-kong-2020.json", "hong-kong-2020-2.0.1.json");
        var macao = _fixture.Run("diff", "hong-kong-2020.json", "hong-kong-2020-macao.json");
        var csv = _fixture.Run("diff", "hong-kong-2020.json", "hong-kong-2020-macao.json", "--format", "csv");

        version.ExitCode.Should().Be(1);
        version.Output.Should().Be("""
            kind      id              change
            --------  --------------  -------
            metadata  hong-kong-2020  changed
                version: 2.0.0 -> 2.0.1

            """.Replace("\r", ""));
        macao.ExitCode.Should().Be(1);
        macao.Output.Should().Be("""
            kind          id              change
            ------------  --------------  -------
            metadata      hong-kong-2020  changed
                version: 2.0.0 -> 2.1.0
            jurisdiction  MO              added

            """.Replace("\r", ""));
        csv.Output.Should().Be("kind,id,change,member,old,new\nmetadata,hong-kong-2020,changed,version,2.0.0,2.1.0\njurisdiction,MO,added,,,\n");
    }

    [Fact]
    public void Validate_lists_every_problem_with_line_and_column()
    {
        var result = _fixture.Run("validate", "broken.json", "small.json");

        result.ExitCode.Should().Be(1);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("broken.json:14:20: error PE0006: '2020-13-01' is not a valid EDTF date").And.EndWith("(at $.events[0].effective)");
        lines[1].Should().StartWith("broken.json:15:97: error PE0006: 'sleeping' is not a policy stance").And.EndWith("(at $.events[1].policy.stance)");
        result.Error.Should().Be("2 files checked: 2 errors, 0 warnings\n");
    }

    [Fact]
    public void Validate_as_json_gives_positions_as_numbers()
    {
        using var json = JsonDocument.Parse(_fixture.Run("validate", "broken.json", "-f", "json").Output);

        json.RootElement[0].GetProperty("line").GetInt32().Should().Be(14);
        json.RootElement[0].GetProperty("column").GetInt32().Should().Be(20);
        json.RootElement[0].GetProperty("code").GetString().Should().Be("PE0006");
    }

    [Fact]
    public void A_malformed_dataset_is_one_line_naming_the_first_problem_and_exit_1()
    {
        var result = _fixture.Run("timeline", "broken.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("policyevents: error: broken.json:14:20: error PE0006: '2020-13-01' is not a valid EDTF date")
            .And.EndWith("(and 1 more; run 'policyevents validate broken.json' for all)\n");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Truncated_json_is_a_data_error_with_its_position()
    {
        File.WriteAllText(_fixture.PathOf("truncated.json"), "{\"formatVersion\":\"1.0\", \"metadata\": {\n");

        var result = _fixture.Run("summary", "truncated.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("policyevents: error: truncated.json:2:1: error PE0001: Malformed JSON");
    }

    [Fact]
    public void A_newer_format_version_is_refused_clearly()
    {
        File.WriteAllText(_fixture.PathOf("future.json"), "{\"formatVersion\":\"9.0\"}\n");

        var result = _fixture.Run("summary", "future.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error PE0007: This file uses format version 9.0, which is newer than this library reads");
    }

    [Fact]
    public void Unknown_references_are_listed_by_validate_and_refused_by_queries()
    {
        var text = File.ReadAllText(_fixture.PathOf("small.json"))
            .Replace("\"company\": \"examplechat\",\n      \"jurisdiction\"", "\"company\": \"nobody\",\n      \"jurisdiction\"", StringComparison.Ordinal);
        File.WriteAllText(_fixture.PathOf("refs.json"), text);

        var validate = _fixture.Run("validate", "refs.json");
        var timeline = _fixture.Run("timeline", "refs.json");

        validate.ExitCode.Should().Be(1);
        validate.Output.Should().MatchRegex(@"^refs\.json:\d+:\d+: error PE0101: Event 'examplechat-hk-pause' names company 'nobody', which the dataset does not define\. \(at \$\.events\[0\]\.company\)\n$");
        timeline.ExitCode.Should().Be(1);
        timeline.Error.Should().StartWith("policyevents: error: refs.json:").And.Contain("error PE0101");
    }
}
