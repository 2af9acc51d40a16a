using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class ErrorHandlingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), _dir.Path, args);

    [Fact]
    public void Missing_file_is_a_usage_error_naming_the_file()
    {
        var result = Run("summary", "missing.json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: file not found: 'missing.json'\n");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_directory_is_an_unreadable_file()
    {
        Directory.CreateDirectory(_dir.File("data.json"));

        var result = Run("summary", "data.json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: cannot read 'data.json': it is a directory, not a dataset file\n");
    }

    [Fact]
    public void An_empty_file_is_a_data_error()
    {
        _dir.File("empty.json", "");

        var result = Run("summary", "empty.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("policyevents: error: empty.json:1:1: error PE0001: the file is empty; expected a PolicyEvents dataset (JSON document or JSON Lines)\n");
    }

    [Fact]
    public void A_file_that_is_not_a_dataset_is_a_data_error()
    {
        _dir.File("notes.txt", "hello");

        var result = Run("summary", "notes.txt");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("policyevents: error: notes.txt:1:1: error PE0001: not a PolicyEvents dataset");
        result.Error.Should().NotContain("   at ", "no stack trace without --verbose");
    }

    [Fact]
    public void A_malformed_dataset_is_a_data_error_with_the_readers_message()
    {
        TestDatasets.SaveBroken(_dir.Path, "bad.json");

        var result = Run("timeline", "bad.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("policyevents: error: bad.json:106:19: error PE0006: 'sleeping' is not a policy stance: expected one of unknown, respondingAsUsual, reviewing, paused, refusing, formalChannelOnly, withdrawnFromMarket. (at $.events[1].policy.stance)\n");
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var result = Run("at", "2020-13-01", "--verbose");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: invalid date '2020-13-01'");
        result.Error.Should().Contain("   at ");
    }

    [Theory]
    [InlineData("nonsense", "invalid date 'nonsense': 'nonsense' is not a valid EDTF date")]
    [InlineData("2020-13-01", "invalid date '2020-13-01': '2020-13-01' is not a valid EDTF date: month 13 is out of range")]
    public void A_bad_date_is_a_usage_error(string date, string message)
    {
        var result = Run("at", date);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: " + message);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void An_unknown_jurisdiction_is_a_usage_error()
    {
        var result = Run("timeline", "--jurisdiction", "ZZ");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: unknown jurisdiction 'ZZ': not an ISO 3166-1 code, nor defined by the dataset\n");
    }

    [Fact]
    public void A_malformed_jurisdiction_is_a_usage_error()
    {
        var result = Run("timeline", "-j", "Hong-Kong");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: invalid jurisdiction 'Hong-Kong': expected an ISO 3166-1 alpha-2 code");
    }

    [Fact]
    public void A_jurisdiction_may_be_given_by_name()
    {
        var byName = Run("timeline", "-j", "hong kong", "-f", "csv");

        byName.ExitCode.Should().Be(0);
        byName.Output.Should().Be(Run("timeline", "-j", "HK", "-f", "csv").Output);
    }

    [Fact]
    public void An_unknown_company_is_a_usage_error_listing_the_known_ones()
    {
        var result = Run("timeline", "--company", "zoom");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: unknown company 'zoom': the dataset has facebook, google, whatsapp\n");
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'.")]
    [InlineData(new[] { "timeline", "--format", "xml" }, "Argument 'xml' not recognized. Must be one of: 'table' 'json' 'csv'")]
    [InlineData(new[] { "chart" }, "Option '--output' is required.")]
    [InlineData(new string[0], "Required command was not provided.")]
    public void A_bad_command_line_is_one_usage_line(string[] args, string message)
    {
        var result = Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"policyevents: error: {message} (see 'policyevents --help')\n");
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = Run("--help");

        result.ExitCode.Should().Be(0);
        foreach (var command in new[] { "validate", "summary", "at", "timeline", "diff", "convert", "chart" })
        {
            result.Output.Should().Contain($"  {command} ");
        }
        result.Output.Should().Contain("--format <table|json|csv>");
    }
}
