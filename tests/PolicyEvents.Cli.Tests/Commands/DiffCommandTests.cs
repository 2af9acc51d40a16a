using System.Text.Json;
using PolicyEvents.Cli.Tests.Infrastructure;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public DiffCommandTests()
    {
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "v1.json");
        TestDatasets.Save(TestDatasets.HongKong(), _dir.Path, "v1-copy.jsonl");
        TestDatasets.Save(TestDatasets.HongKongNext(), _dir.Path, "v2.json");
        TestDatasets.SaveBroken(_dir.Path, "broken.json");
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run(null, _dir.Path, args);

    [Fact]
    public void Equal_releases_exit_0()
    {
        var result = Run("diff", "v1.json", "v1-copy.jsonl");

        result.ExitCode.Should().Be(0);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("no differences\n");
        Run("diff", "v1.json", "v1-copy.jsonl", "-f", "json").Output.Should().Be("[]\n");
        Run("diff", "v1.json", "v1-copy.jsonl", "-f", "csv").Output.Should().Be("kind,id,change,member,old,new\n");
    }

    [Fact]
    public void The_table_has_a_row_per_record_and_a_line_per_changed_member()
    {
        var result = Run("diff", "v1.json", "v2.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be("""
            kind      id                                                    change
            --------  ----------------------------------------------------  -------
            metadata  hong-kong-test                                        changed
                version: 1.0.0 -> 1.1.0
            source    hkfp-2020-07-08                                       added
            event     google-hk-2019                                        removed
            event     whatsapp-hk-pause                                     changed
                policy.stance: paused -> refusing
            figure    google HK 2020-01-01/2020-06-30 "User data requests"  changed
                requests.text: 100 -> 120
                requests.count: 100 -> 120

            """.Replace("\r", ""));
    }

    [Fact]
    public void Csv_has_a_row_per_changed_member()
    {
        var result = Run("diff", "v1.json", "v2.json", "--format", "csv");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be(""""
            kind,id,change,member,old,new
            metadata,hong-kong-test,changed,version,1.0.0,1.1.0
            source,hkfp-2020-07-08,added,,,
            event,google-hk-2019,removed,,,
            event,whatsapp-hk-pause,changed,policy.stance,paused,refusing
            figure,"google HK 2020-01-01/2020-06-30 ""User data requests""",changed,requests.text,100,120
            figure,"google HK 2020-01-01/2020-06-30 ""User data requests""",changed,requests.count,100,120

            """".Replace("\r", ""));
    }

    [Fact]
    public void Json_has_an_object_per_record_with_its_members()
    {
        var result = Run("diff", "v1.json", "v2.json", "-f", "json");

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Output);
        var changes = json.RootElement.EnumerateArray().ToList();
        changes.Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("id").GetString()} {c.GetProperty("change").GetString()}").Should().Equal(
            "metadata hong-kong-test changed", "source hkfp-2020-07-08 added", "event google-hk-2019 removed", "event whatsapp-hk-pause changed",
            "figure google HK 2020-01-01/2020-06-30 \"User data requests\" changed");
        changes[1].GetProperty("members").GetArrayLength().Should().Be(0);
        var stance = changes[3].GetProperty("members").EnumerateArray().Should().ContainSingle().Subject;
        stance.GetProperty("member").GetString().Should().Be("policy.stance");
        stance.GetProperty("old").GetString().Should().Be("paused");
        stance.GetProperty("new").GetString().Should().Be("refusing");
    }

    [Fact]
    public void A_metadata_only_change_is_a_difference()
    {
        var first = TestDatasets.HongKong();
        var m = first.Metadata;
        TestDatasets.Save(first.WithMetadata(new DatasetMetadata(m.Id, "Hong Kong test, revised", m.Version, m.Created)), _dir.Path, "retitled.json");

        var result = Run("diff", "v1.json", "retitled.json", "-f", "csv");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("kind,id,change,member,old,new\nmetadata,hong-kong-test,changed,title,Hong Kong test,\"Hong Kong test, revised\"\n");
    }

    [Fact]
    public void An_added_jurisdiction_is_a_difference()
    {
        var first = TestDatasets.HongKong();
        TestDatasets.Save(new PolicyDataset(first.Metadata, first.Companies,
            [new Jurisdiction(new JurisdictionCode("XA"), "Atlantis", JurisdictionKind.Other, "Etc/UTC")],
            first.Sources, first.Statements, first.Triggers, first.Events, first.Figures), _dir.Path, "with-atlantis.jsonl");

        var result = Run("diff", "v1.json", "with-atlantis.jsonl");

        result.ExitCode.Should().Be(1);
        result.Output.Should().Be("""
            kind          id  change
            ------------  --  ------
            jurisdiction  XA  added

            """.Replace("\r", ""));
    }

    [Fact]
    public void Any_trouble_exits_2_like_diff()
    {
        Run("diff", "v1.json", "missing.json").ExitCode.Should().Be(2);

        var broken = Run("diff", "v1.json", "broken.json");
        broken.ExitCode.Should().Be(2);
        broken.Error.Should().StartWith("policyevents: error: broken.json:").And.Contain(": error PE0006: 'sleeping' is not a policy stance");
    }
}
