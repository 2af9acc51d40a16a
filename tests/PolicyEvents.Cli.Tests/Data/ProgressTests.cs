using PolicyEvents.Cli.Hosting;
using PolicyEvents.Cli.Tests.Infrastructure;

namespace PolicyEvents.Cli.Tests.Data;

public sealed class ProgressTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed class Recorder : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value) => Values.Add(value);
    }

    [Fact]
    public void The_stream_reports_each_whole_percent_once_up_to_100()
    {
        var recorder = new Recorder();
        using var stream = new ProgressStream(new MemoryStream(new byte[1000]), 1000, recorder);

        var buffer = new byte[7];
        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        recorder.Values.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        recorder.Values[^1].Should().Be(100);
        stream.Position.Should().Be(1000);
    }

    [Fact]
    public void A_large_input_shows_progress_on_a_terminal_stderr_and_clears_it()
    {
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "big.json");

        var onTerminal = CliRunner.Run(null, _dir.Path, outputIsTerminal: false, noColor: false, errorIsTerminal: true, "summary", "big.json");
        var redirected = CliRunner.Run(null, _dir.Path, outputIsTerminal: false, noColor: false, errorIsTerminal: false, "summary", "big.json");

        onTerminal.ExitCode.Should().Be(0);
        onTerminal.Error.Should().Contain("\rreading big.json: 100%").And.EndWith("\r\u001b[2K");
        redirected.Error.Should().BeEmpty();
        onTerminal.Output.Should().Be(redirected.Output);
    }
}
