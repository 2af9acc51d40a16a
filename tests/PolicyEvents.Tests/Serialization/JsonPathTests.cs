using PolicyEvents.Serialization;

namespace PolicyEvents.Tests.Serialization;

/// <summary>The JSON paths that diagnostics carry: plain names with a dot, other names bracketed and escaped.</summary>
public class JsonPathTests
{
    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("snake_case_9", "$.snake_case_9")]
    [InlineData("_x", "$._x")]
    [InlineData("9lives", "$['9lives']")]
    [InlineData("", "$['']")]
    [InlineData("two words", "$['two words']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("kebab-case", "$['kebab-case']")]
    [InlineData("café", "$['café']")]
    public void A_name_is_written_with_a_dot_only_when_it_is_a_plain_identifier(string name, string expected)
    {
        ReadContext.FormatPath([(name, -1)]).Should().Be(expected);
    }

    [Fact]
    public void Names_and_indexes_follow_one_another()
    {
        ReadContext.FormatPath([("events", -1), (null, 3), ("policy", -1), ("odd name", -1), (null, 0)])
            .Should().Be("$.events[3].policy['odd name'][0]");
        ReadContext.FormatPath([]).Should().Be("$");
    }

    [Fact]
    public void An_unknown_member_with_an_odd_name_is_located_by_a_bracketed_path()
    {
        const string Json = """
            {
              "formatVersion": "1.0",
              "metadata": { "id": "x", "title": "X", "version": "1", "created": "2026-01-01T00:00:00Z" },
              "companies": [ { "id": "acme", "name": "Acme", "the colour": "red" } ]
            }
            """;

        var dataset = PolicyDatasetSerializer.FromJson(Json);
        var act = () => PolicyDatasetSerializer.FromJson(Json, new DatasetReadOptions { RejectUnknownMembers = true });

        dataset.Companies.Should().ContainSingle();
        act.Should().Throw<DatasetFormatException>().Which.Diagnostics.Single().Location.Path.Should().Be("$.companies[0]['the colour']");
    }
}
