using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyEvents.Tests.Data;

/// <summary>The dataset file follows the canonical form of docs/format.md, so the canonical writer can reproduce it.</summary>
public class HongKong2020FormatTests
{
    private static readonly Dictionary<string, string[]> MemberOrder = new()
    {
        ["document"] = ["formatVersion", "metadata", "companies", "jurisdictions", "sources", "statements", "triggers", "events", "figures"],
        ["metadata"] = ["id", "title", "version", "license", "description", "creators", "created", "sources"],
        ["company"] = ["id", "name", "names", "parent", "wikidata"],
        ["jurisdiction"] = ["code", "name", "kind", "timeZone", "parent"],
        ["source"] = ["id", "publisher", "title", "url", "published", "byline", "agency", "retrieved"],
        ["statement"] = ["id", "text", "speaker", "date", "language", "sources", "paraphrase", "variants"],
        ["variant"] = ["text", "speaker", "sources", "paraphrase"],
        ["speaker"] = ["company", "person", "role"],
        ["trigger"] = ["id", "jurisdiction", "title", "effective", "sources", "effectiveClaims"],
        ["claim"] = ["date", "sources", "wording"],
        ["event"] = ["id", "company", "jurisdiction", "policy", "effective", "announced", "recorded", "statements", "sources", "trigger", "supersedes", "note"],
        ["policy"] = ["stance", "scope", "conditions", "exceptions", "channel"],
        ["scope"] = ["requestKinds", "requesters", "products", "subjectJurisdictions", "origin"],
        ["channel"] = ["kind", "intermediary", "intermediaryJurisdiction"],
        ["figure"] = ["company", "jurisdiction", "jurisdictionName", "start", "end", "startDerived", "category", "requestKinds", "legalProcess",
            "assistingJurisdiction", "requests", "accounts", "requestsWithDataProduced", "percentWithDataProduced", "requestsWithContentProduced",
            "requestsWithOnlyNonContentProduced", "requestsWithNoDataFound", "requestsRejected", "accountsWithDataPreserved",
            "percentWithContentProduced", "percentWithOnlyNonContentProduced", "percentWithNoDataFound", "percentRejected", "provenance"],
        ["number"] = ["kind", "text", "count", "minimum", "maximum", "percent"],
        ["provenance"] = ["file", "line", "published", "source"],
    };

    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["document"] = ["formatVersion", "metadata"],
        ["metadata"] = ["id", "title", "version", "created"],
        ["company"] = ["id", "name"],
        ["jurisdiction"] = ["code", "name", "kind", "timeZone"],
        ["source"] = ["id"],
        ["statement"] = ["id", "text", "speaker", "language"],
        ["variant"] = ["sources"],
        ["speaker"] = ["company"],
        ["trigger"] = ["id", "jurisdiction", "title", "effective"],
        ["claim"] = ["date", "sources"],
        ["event"] = ["id", "company", "jurisdiction", "policy", "recorded"],
        ["policy"] = ["stance"],
        ["scope"] = [],
        ["channel"] = ["kind"],
        ["figure"] = ["company", "jurisdictionName", "start", "end", "category"],
        ["number"] = ["kind", "text"],
        ["provenance"] = ["file", "line"],
    };

    [Fact]
    public void The_file_is_UTF8_without_BOM_with_LF_line_ends_and_a_trailing_newline()
    {
        var bytes = HongKong2020Fixture.Bytes;

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        bytes[^2].Should().NotBe((byte)'\n', "there is exactly one trailing newline");
        bytes.Should().NotContain((byte)'\t');
    }

    [Fact]
    public void Rewriting_it_with_two_space_indentation_reproduces_it_byte_for_byte()
    {
        using var document = HongKong2020Fixture.Open();
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            document.WriteTo(writer);
        }

        var rewritten = System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";

        rewritten.Should().Be(HongKong2020Fixture.Text);
    }

    [Fact]
    public void Format_version_is_1_1_because_release_2_uses_scopes_channels_intervals_variants_and_cited_figures()
    {
        using var document = HongKong2020Fixture.Open();

        document.RootElement.GetProperty("formatVersion").GetString().Should().Be("1.1");
    }

    [Fact]
    public void Every_object_has_only_documented_members_in_the_documented_order_and_its_required_ones()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var problems = new List<string>();

        Check(root, "document", "$", problems);
        Check(root.GetProperty("metadata"), "metadata", "$.metadata", problems);
        foreach (var (kind, collection) in new[] { ("company", "companies"), ("jurisdiction", "jurisdictions"), ("source", "sources"), ("statement", "statements"), ("trigger", "triggers"), ("event", "events"), ("figure", "figures") })
        {
            var index = 0;
            foreach (var item in HongKong2020Fixture.Items(root, collection))
            {
                var path = $"$.{collection}[{index++}]";
                Check(item, kind, path, problems);
                if (kind == "statement")
                {
                    Check(item.GetProperty("speaker"), "speaker", path + ".speaker", problems);
                    var variantIndex = 0;
                    foreach (var variant in HongKong2020Fixture.Items(item, "variants"))
                    {
                        var variantPath = $"{path}.variants[{variantIndex++}]";
                        Check(variant, "variant", variantPath, problems);
                        if (variant.TryGetProperty("speaker", out var variantSpeaker))
                        {
                            Check(variantSpeaker, "speaker", variantPath + ".speaker", problems);
                        }
                    }
                }
                if (kind == "trigger")
                {
                    var claimIndex = 0;
                    foreach (var claim in HongKong2020Fixture.Items(item, "effectiveClaims"))
                    {
                        Check(claim, "claim", $"{path}.effectiveClaims[{claimIndex++}]", problems);
                    }
                }
                if (kind == "figure")
                {
                    Check(item.GetProperty("provenance"), "provenance", path + ".provenance", problems);
                    foreach (var member in item.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Object && m.Name != "provenance"))
                    {
                        Check(member.Value, "number", $"{path}.{member.Name}", problems);
                    }
                }
                if (kind == "event")
                {
                    var policy = item.GetProperty("policy");
                    Check(policy, "policy", path + ".policy", problems);
                    if (policy.TryGetProperty("scope", out var scope))
                    {
                        Check(scope, "scope", path + ".policy.scope", problems);
                    }
                    if (policy.TryGetProperty("channel", out var channel))
                    {
                        Check(channel, "channel", path + ".policy.channel", problems);
                    }
                    if (!item.TryGetProperty("effective", out _) && !item.TryGetProperty("announced", out _))
                    {
                        problems.Add($"{path}: needs effective or announced");
                    }
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void No_member_is_null_or_an_empty_array_or_object()
    {
        using var document = HongKong2020Fixture.Open();
        var problems = new List<string>();

        Walk(document.RootElement, "$", problems);

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("companies", "id")]
    [InlineData("jurisdictions", "code")]
    [InlineData("sources", "id")]
    [InlineData("statements", "id")]
    [InlineData("triggers", "id")]
    [InlineData("events", "id")]
    public void Collections_are_sorted_by_id_without_repeats(string collection, string key)
    {
        using var document = HongKong2020Fixture.Open();

        var ids = HongKong2020Fixture.Items(document.RootElement, collection).Select(e => e.GetProperty(key).GetString()!).ToList();

        ids.Should().NotBeEmpty();
        ids.Should().BeInAscendingOrder(StringComparer.Ordinal);
        ids.Should().OnlyHaveUniqueItems();
    }

    private static void Check(JsonElement element, string kind, string path, List<string> problems)
    {
        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        var order = MemberOrder[kind];
        foreach (var name in names.Where(n => !order.Contains(n)))
        {
            problems.Add($"{path}: unexpected member '{name}'");
        }
        var positions = names.Where(order.Contains).Select(n => Array.IndexOf(order, n)).ToList();
        if (!positions.SequenceEqual(positions.Order()))
        {
            problems.Add($"{path}: members out of order: {string.Join(", ", names)}");
        }
        foreach (var name in Required[kind].Where(n => !names.Contains(n)))
        {
            problems.Add($"{path}: missing required member '{name}'");
        }
    }

    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add($"{path}: null");
                break;
            case JsonValueKind.Array:
                if (element.GetArrayLength() == 0)
                {
                    problems.Add($"{path}: empty array");
                }
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]", problems);
                }
                break;
            case JsonValueKind.Object:
                if (!element.EnumerateObject().Any())
                {
                    problems.Add($"{path}: empty object");
                }
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}", problems);
                }
                break;
            case JsonValueKind.String:
                if (string.IsNullOrWhiteSpace(element.GetString()))
                {
                    problems.Add($"{path}: empty string");
                }
                break;
            default:
                break;
        }
    }
}
