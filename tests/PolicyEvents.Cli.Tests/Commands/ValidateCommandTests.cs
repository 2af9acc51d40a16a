using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ValidateCommandTests()
    {
        _dir.File("good.json", """{"formatVersion":"test","name":"first"}""");
        _dir.File("bad.jsonl", """{"type":"dataset","name":"broken"}""");
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(new FakeCodec(), _dir.Path, args);

    [Fact]
    public void A_valid_file_exits_0()
    {
        var result = Run("validate", "good.json");

        result.ExitCode.Should().Be(0);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("1 file checked: 0 errors, 0 warnings\n");
    }

    [Fact]
    public void Diagnostics_use_the_form_editors_link_and_errors_exit_1()
    {
        var result = Run("validate", "good.json", "bad.jsonl");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("""
            bad.jsonl:3:7: error PE0100: expected a string at $.events[0].id
            bad.jsonl:9:1: warning PE0200: statement 'x' is never referenced

            """.Replace("\r", ""));
        result.Error.Should().Be("2 files checked: 1 error, 1 warning\n");
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_others_still_checked()
    {
        var result = Run("validate", "missing.json", "bad.jsonl");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: file not found: 'missing.json'\n");
        result.Output.Should().Contain("bad.jsonl:3:7: error PE0100");
    }

    [Fact]
    public void Json_lists_diagnostics_as_objects()
    {
        using var json = JsonDocument.Parse(Run("validate", "bad.jsonl", "-f", "json").Output);

        var first = json.RootElement[0];
        first.GetProperty("line").GetInt32().Should().Be(3);
        first.GetProperty("column").GetInt32().Should().Be(7);
        first.GetProperty("severity").GetString().Should().Be("error");
        first.GetProperty("code").GetString().Should().Be("PE0100");
    }

    [Fact]
    public void A_file_that_is_not_a_dataset_is_one_error_diagnostic()
    {
        _dir.File("notes.txt", "hello");

        var result = Run("validate", "notes.txt", "good.json");

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith("notes.txt:1:1: error PE0001: not a PolicyEvents dataset");
        result.Error.Should().Be("2 files checked: 1 error, 0 warnings\n");
    }
}
