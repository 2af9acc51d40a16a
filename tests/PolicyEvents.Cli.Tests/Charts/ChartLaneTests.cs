using System.Xml.Linq;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Tests.Charts;

/// <summary>Sub-lanes for coexisting scopes (issue 16), natural lane order, uncertain dates and open periods (issue 21).</summary>
public sealed class ChartLaneTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly SourceId Wire = new("wire");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Apple: content requests only through an MLAT from 8 July, non-content requests answered as usual from 1 July
    /// (two scoped policies at once); three numbered companies, one with a date approximate to the month.</summary>
    private static PolicyDataset Dataset() => new(
        new DatasetMetadata(new DatasetId("lanes-test"), "Lanes test", "1.0.0", TestDatasets.Recorded),
        [
            new Company(new CompanyId("apple"), "Apple"), new Company(new CompanyId("company-1"), "Company 1"),
            new Company(new CompanyId("company-10"), "Company 10"), new Company(new CompanyId("company-2"), "Company 2"),
        ],
        [], [new Source(Wire, "Wire", "Tech firms pause")], [], [],
        [
            Event("apple-content", "apple", new RequestPolicy(PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.Content, Requesters.None)), "2020-07-08"),
            Event("apple-noncontent", "apple", new RequestPolicy(PolicyStance.RespondingAsUsual, new RequestScope(RequestKinds.NonContent, Requesters.None)), "2020-07-01"),
            Event("company-1-pause", "company-1", new RequestPolicy(PolicyStance.Paused), "2020-07-06"),
            Event("company-1-refuse", "company-1", new RequestPolicy(PolicyStance.Refusing), "2020-07-20"),
            Event("company-10-pause", "company-10", new RequestPolicy(PolicyStance.Paused), "2020-07~"),
            Event("company-2-pause", "company-2", new RequestPolicy(PolicyStance.Paused), "2020-07-07"),
        ]);

    private static PolicyEvent Event(string id, string company, RequestPolicy policy, string effective) =>
        new(new EventId(id), new CompanyId(company), Hk, policy, PartialDate.Parse(effective), null, TestDatasets.Recorded, sources: [Wire]);

    private List<XElement> Lanes(PolicyDataset dataset, string file)
    {
        var result = CliRunner.Run(dataset, _dir.Path, "chart", "-j", "HK", "-o", file);
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        return [.. XDocument.Load(_dir.File(file)).Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane")];
    }

    private static List<XElement> Bars(XElement lane) => [.. lane.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null)];

    [Fact]
    public void Coexisting_scopes_get_a_sub_lane_each_and_lanes_sort_naturally()
    {
        var lanes = Lanes(Dataset(), "lanes.svg");

        lanes.Select(l => (string?)l.Attribute("data-key")).Should().Equal(
            "apple#nonContent", "apple#content", "company-1", "company-2", "company-10");
        lanes.Select(l => l.Element(Svg + "text")!.Value).Should().Equal(
            "Apple: nonContent", "Apple: content", "Company 1", "Company 2", "Company 10");
        Bars(lanes[0]).Select(b => (string?)b.Attribute("fill")).Should().Equal(ChartLayout.ColorOf(PolicyStance.RespondingAsUsual));
        Bars(lanes[1]).Select(b => (string?)b.Attribute("fill")).Should().Equal(ChartLayout.ColorOf(PolicyStance.FormalChannelOnly));
    }

    [Fact]
    public void Zoom_from_and_about_Hong_Kong_are_two_lanes_and_a_single_scope_stays_one()
    {
        var lanes = Lanes(TestDatasets.Scoped(), "scoped.svg");

        lanes.Select(l => (string?)l.Attribute("data-key")).Should().BeEquivalentTo(
            ["apple", "telegram", "zoom#any", "zoom#about HK from any jurisdiction"]);
        lanes.Select(l => (string?)l.Attribute("data-key")).Take(2).Should().Equal("apple", "telegram");
    }

    [Fact]
    public void A_period_still_running_ends_in_an_arrow_and_a_closed_one_does_not()
    {
        var lanes = Lanes(Dataset(), "arrows.svg");
        var company1 = lanes.Single(l => (string?)l.Attribute("data-key") == "company-1");

        var bars = Bars(company1);
        bars.Should().HaveCount(2);
        var arrow = company1.Elements(Svg + "polygon").Should().ContainSingle().Subject;
        ((string?)arrow.Attribute("fill")).Should().Be(ChartLayout.ColorOf(PolicyStance.Refusing));
        var barEnd = double.Parse((string)bars[1].Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture)
            + double.Parse((string)bars[1].Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        ((string?)arrow.Attribute("points")).Should().StartWith($"{barEnd.ToString(System.Globalization.CultureInfo.InvariantCulture)},");
    }

    [Fact]
    public void An_approximate_date_is_hatched_and_an_exact_one_is_not()
    {
        var lanes = Lanes(Dataset(), "hatch.svg");
        var approximate = lanes.Single(l => (string?)l.Attribute("data-key") == "company-10");
        var exact = lanes.Single(l => (string?)l.Attribute("data-key") == "company-2");

        Bars(approximate).Single().Element(Svg + "title")!.Value.Should().Be("company-10-pause: paused from 2020-07~ (date uncertain)");
        approximate.Elements(Svg + "rect").Should().HaveCount(2, "the bar and its pale hatched span");
        approximate.Elements(Svg + "line").Should().NotBeEmpty("the hatching's diagonal lines");
        Bars(exact).Single().Element(Svg + "title")!.Value.Should().Be("company-2-pause: paused from 2020-07-07");
        exact.Elements(Svg + "rect").Should().ContainSingle();
        exact.Elements(Svg + "line").Should().BeEmpty();
    }

    [Fact]
    public void A_long_sub_lane_label_is_cut_and_its_bars_name_the_scope_in_full()
    {
        var lanes = Lanes(Dataset(), "labels.svg");
        var content = lanes.Single(l => (string?)l.Attribute("data-key") == "apple#content");

        Bars(content).Single().Element(Svg + "title")!.Value.Should().Be("apple-content: formalChannelOnly (content) from 2020-07-08");
        var scene = ChartLayout.Layout(new ChartModel("t", [new ChartLane("k", new string('x', 80), [])], NodaTime.DateTimeZone.Utc, null, null));
        var label = scene.Groups.Single(g => g.Role == "lane").Shapes.OfType<ChartText>().Single().Text;
        label.Should().EndWith("…").And.HaveLength(38);
    }

    [Fact]
    public void Png_draws_the_same_scene()
    {
        var result = CliRunner.Run(Dataset(), _dir.Path, "chart", "-j", "HK", "-o", "lanes.png");

        result.ExitCode.Should().Be(0);
        var bytes = File.ReadAllBytes(_dir.File("lanes.png"));
        bytes.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
    }
}
