using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ValidateCommandTests()
    {
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "good.json");
        // Loads, but has an error (an event of a company the dataset does not define) and a warning (a source without a title).
        var good = TestDatasets.HongKong();
        TestDatasets.Save(new PolicyDataset(good.Metadata, good.Companies, good.Jurisdictions,
            [good.Sources[0], new Source(good.Sources[1].Id, "AFP", null)], good.Statements, good.Triggers,
            [.. good.Events, new PolicyEvent(new EventId("zoom-hk"), new CompanyId("zoom"), new JurisdictionCode("HK"), new RequestPolicy(PolicyStance.Paused),
                Time.PartialDate.Parse("2020-07-07"), null, TestDatasets.Recorded)]), _dir.Path, "bad.jsonl");
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(null, _dir.Path, args);

    [Fact]
    public void A_valid_file_exits_0()
    {
        var result = Run("validate", "good.json");

        result.ExitCode.Should().Be(0);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("1 file checked: 0 errors, 0 warnings\n");
    }

    [Fact]
    public void A_file_whose_event_takes_effect_within_an_EDTF_interval_is_valid()
    {
        // TikTok said it would leave Hong Kong "within days" (Reuters): some day between 7 and 14 July 2020.
        _dir.File("interval.json", """
            {
              "formatVersion": "1.1",
              "metadata": { "id": "tiktok-hk", "title": "TikTok leaves Hong Kong", "version": "1.0.0", "created": "2026-12-01T00:00:00Z" },
              "companies": [ { "id": "tiktok", "name": "TikTok" } ],
              "sources": [ { "id": "reuters-tiktok", "publisher": "Reuters", "title": "U.S. tech giants suspend review of Hong Kong data requests, TikTok to pull out" } ],
              "events": [
                { "id": "tiktok-hk-2020-07", "company": "tiktok", "jurisdiction": "HK", "policy": { "stance": "withdrawnFromMarket" },
                  "effective": "2020-07-07/2020-07-14", "announced": "2020-07-07?", "recorded": "2026-12-01T00:00:00Z", "sources": [ "reuters-tiktok" ] }
              ]
            }
            """);

        var result = Run("validate", "interval.json");

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("1 file checked: 0 errors, 0 warnings\n");
    }

    [Fact]
    public void An_interval_that_ends_before_it_starts_is_an_error_at_its_position()
    {
        _dir.File("reversed.json", """
            {
              "formatVersion": "1.1",
              "metadata": { "id": "tiktok-hk", "title": "TikTok leaves Hong Kong", "version": "1.0.0", "created": "2026-12-01T00:00:00Z" },
              "companies": [ { "id": "tiktok", "name": "TikTok" } ],
              "events": [
                { "id": "tiktok-hk-2020-07", "company": "tiktok", "jurisdiction": "HK", "policy": { "stance": "withdrawnFromMarket" },
                  "effective": "2020-07-14/2020-07-07", "recorded": "2026-12-01T00:00:00Z" }
              ]
            }
            """);

        var result = Run("validate", "reversed.json");

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("reversed.json:7:20: error PE0006: '2020-07-14/2020-07-07' is not a valid EDTF date: the interval ends (2020-07-07) before it starts (2020-07-14)");
    }

    [Fact]
    public void Diagnostics_use_the_form_editors_link_and_errors_exit_1()
    {
        var result = Run("validate", "good.json", "bad.jsonl");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("""
            bad.jsonl:6:1: information PE0120: Source 'reuters-2020-07-06' has no title: readers find it by its address; give its title where it is known. (at $.title)
            bad.jsonl:13:1: error PE0101: Event 'zoom-hk' names company 'zoom', which the dataset does not define. (at $.company)

            """.Replace("\r", ""));
        result.Error.Should().Be("2 files checked: 1 error, 0 warnings\n");
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_others_still_checked()
    {
        var result = Run("validate", "missing.json", "bad.jsonl");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: file not found: 'missing.json'\n");
        result.Output.Should().Contain("bad.jsonl:").And.Contain(": error PE0101: ");
    }

    [Fact]
    public void Json_lists_diagnostics_as_objects()
    {
        using var json = JsonDocument.Parse(Run("validate", "bad.jsonl", "-f", "json").Output);

        var error = json.RootElement.EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        error.GetProperty("file").GetString().Should().Be("bad.jsonl");
        error.GetProperty("line").GetInt32().Should().Be(13);
        error.GetProperty("column").GetInt32().Should().Be(1);
        error.GetProperty("code").GetString().Should().Be("PE0101");
    }

    [Fact]
    public void A_file_that_is_not_a_dataset_is_one_error_diagnostic()
    {
        _dir.File("notes.txt", "hello");

        var result = Run("validate", "notes.txt", "good.json");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("notes.txt:1:1: error PE0001: not a PolicyEvents dataset: expected a JSON document starting with \"formatVersion\" or JSON Lines starting with a \"type\": \"dataset\" header\n");
        result.Error.Should().Be("2 files checked: 1 error, 0 warnings\n");
    }
}
