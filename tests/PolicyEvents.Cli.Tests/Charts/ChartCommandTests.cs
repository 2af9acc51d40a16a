using System.Xml.Linq;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Commands;
using PolicyEvents.Cli.Queries;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Tests.Charts;

public sealed class ChartCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(TestDatasets.HongKong(), _dir.Path, args);

    [Fact]
    public void Svg_is_xml_with_one_lane_per_company_and_the_trigger()
    {
        var result = Run("chart", "--jurisdiction", "HK", "-o", "timeline.svg");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        var svg = XDocument.Load(_dir.File("timeline.svg"));
        svg.Root!.Name.Should().Be(Svg + "svg");
        var lanes = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane").ToList();
        lanes.Select(l => (string?)l.Attribute("data-key")).Should().Equal("google", "whatsapp");
        lanes[0].Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Select(r => (string?)r.Attribute("fill"))
            .Should().Equal(ChartLayout.ColorOf(PolicyStance.RespondingAsUsual), ChartLayout.ColorOf(PolicyStance.Paused));
        lanes[0].Element(Svg + "text")!.Value.Should().Be("Google");
        var trigger = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "trigger");
        trigger.Element(Svg + "text")!.Value.Should().Be("Hong Kong national security law");
        svg.Root.Element(Svg + "title")!.Value.Should().Be("Requests from Hong Kong: policy by company");
    }

    [Fact]
    public void The_trigger_line_and_a_lane_boundary_meet_at_the_same_instant()
    {
        var scene = ChartLayout.Layout(ChartCommand.Model(TestDatasets.HongKong(), new Selection(new JurisdictionCode("HK"), null)));

        var triggerX = scene.Groups.Single(g => g.Role == "trigger").Shapes.OfType<ChartLine>().Single().X1;
        var googleBars = scene.Groups.Single(g => g.Key == "google").Shapes.OfType<ChartRect>().Where(r => r.Title is not null).ToList();
        googleBars[1].X.Should().BeApproximately(triggerX, 0.001, "Google paused when the law took effect");
        (googleBars[0].X + googleBars[0].Width).Should().BeApproximately(triggerX, 0.001);
    }

    [Fact]
    public void Svg_is_the_same_bytes_every_time()
    {
        Run("chart", "-o", "a.svg").ExitCode.Should().Be(0);
        Run("chart", "-o", "b.svg").ExitCode.Should().Be(0);

        File.ReadAllBytes(_dir.File("a.svg")).Should().Equal(File.ReadAllBytes(_dir.File("b.svg")));
    }

    [Fact]
    public void Png_has_the_png_signature_and_real_content()
    {
        var result = Run("chart", "-j", "HK", "--output", "timeline.png");

        result.ExitCode.Should().Be(0);
        var bytes = File.ReadAllBytes(_dir.File("timeline.png"));
        bytes.Take(8).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        bytes.Length.Should().BeGreaterThan(10_000);
        // IHDR: width and height (big-endian) at offsets 16 and 20, twice the scene's size.
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        width.Should().Be(1920);
    }

    [Fact]
    public void An_unknown_chart_extension_is_a_usage_error()
    {
        var result = Run("chart", "-o", "timeline.gif");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("policyevents: error: cannot tell the chart format of 'timeline.gif': use a .svg or .png file name\n");
    }
}
