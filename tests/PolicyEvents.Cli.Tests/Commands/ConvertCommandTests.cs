using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Interop;
using PolicyEvents.Serialization;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public ConvertCommandTests() => TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "in.json");

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(null, _dir.Path, args);

    [Fact]
    public void Csv_has_one_row_per_event()
    {
        var result = Run("convert", "in.json", "out.csv");

        result.ExitCode.Should().Be(0);
        var lines = File.ReadAllText(_dir.File("out.csv")).Split('\n');
        lines[0].Should().Be(string.Join(',', PolicyEventCsv.Columns), "convert writes the library's CSV form");
        lines[1].Should().Be("google-hk-2019,google,HK,respondingAsUsual,userData,government;lawEnforcement,,,,2019,year,,,2026-11-28T12:00:00Z,,,,,,,eventJurisdiction,,,");
        lines[2].Should().Be("google-hk-pause,google,HK,paused,userData,government;lawEnforcement,,,,2020-06-30T23:00:00+08:00,instant,2020-07-06,day,2026-11-28T12:00:00Z,hk-nsl,,google-pause,reuters-2020-07-06,,,eventJurisdiction,,,");
        lines.Should().HaveCount(5, "a header, three events and the final newline");
    }

    [Fact]
    public void Csv_is_canonical()
    {
        Run("convert", "in.json", "a.csv").ExitCode.Should().Be(0);
        Run("convert", "in.json", "b.csv").ExitCode.Should().Be(0);

        File.ReadAllBytes(_dir.File("a.csv")).Should().Equal(File.ReadAllBytes(_dir.File("b.csv")));
    }

    [Theory]
    [InlineData("out.jsonl", DatasetFormat.JsonLines)]
    [InlineData("out.ndjson", DatasetFormat.JsonLines)]
    [InlineData("out.json", DatasetFormat.Document)]
    public void The_output_form_follows_the_extension(string output, DatasetFormat format)
    {
        Run("convert", "in.json", output).ExitCode.Should().Be(0);

        File.ReadAllText(_dir.File(output)).Should().Be(PolicyDatasetSerializer.ToJson(TestDatasets.HongKong(), format));
    }

    [Fact]
    public void Dash_writes_to_stdout_in_the_form_asked()
    {
        var result = Run("convert", "in.json", "-", "--to", "jsonl");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(PolicyDatasetSerializer.ToJson(TestDatasets.HongKong(), DatasetFormat.JsonLines));
    }

    [Fact]
    public void An_unknown_output_form_is_a_usage_error()
    {
        var result = Run("convert", "in.json", "out.xml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: cannot tell the output format of 'out.xml': use a .json, .jsonl or .csv file name, or --to\n");
    }

    [Fact]
    public void An_unwritable_output_is_a_usage_error_and_leaves_no_temporary_file()
    {
        var result = Run("convert", "in.json", Path.Combine("no-such-folder", "out.csv"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("policyevents: error: cannot write 'no-such-folder/out.csv': ");
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Should().Equal("in.json");
    }
}
