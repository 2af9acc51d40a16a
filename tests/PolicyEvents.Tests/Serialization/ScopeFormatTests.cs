using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Serialization;
using PolicyEvents.Tests.Queries;

namespace PolicyEvents.Tests.Serialization;

/// <summary>Format 1.1's scope members and formal channel: written, read back, and the version they need.</summary>
public class ScopeFormatTests
{
    private static readonly JurisdictionCode Hk = new("HK");

    private static PolicyDataset With(RequestPolicy policy) =>
        new(new DatasetMetadata(new DatasetId("one"), "One", "1", Instant.FromUtc(2026, 1, 1, 0, 0)), [new Company(new CompanyId("acme"), "Acme")],
            events: [new PolicyEvent(new EventId("e1"), new CompanyId("acme"), Hk, policy, null, PolicyEvents.Time.PartialDate.Parse("2020-07-06"), Instant.FromUtc(2026, 1, 1, 0, 0))]);

    public static TheoryData<string, string> Members => new()
    {
        { "subjectJurisdictions", "\"subjectJurisdictions\": [\n            \"HK\"\n          ]" },
        { "origin", "\"origin\": \"anyJurisdiction\"" },
        { "content", "\"content\"" },
        { "nonContent", "\"nonContent\"" },
        { "channel", "\"channel\": {\n          \"kind\": \"mlat\",\n          \"intermediary\": \"United States Department of Justice\",\n          \"intermediaryJurisdiction\": \"US\"\n        }" },
    };

    private static RequestPolicy PolicyUsing(string member) => member switch
    {
        "subjectJurisdictions" => new RequestPolicy(PolicyStance.Paused, RequestScope.Unspecified.WithSubjectJurisdictions([Hk])),
        "origin" => new RequestPolicy(PolicyStance.Paused, RequestScope.Unspecified.WithOrigin(RequestOrigin.AnyJurisdiction)),
        "content" => new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.Content, Requesters.None)),
        "nonContent" => new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.NonContent, Requesters.None)),
        _ => new RequestPolicy(PolicyStance.FormalChannelOnly, channel: ScopedPoliciesFixture.UsMlat),
    };

    [Theory]
    [MemberData(nameof(Members))]
    public void Each_new_member_is_written_read_back_and_makes_the_file_1_1(string member, string written)
    {
        var dataset = With(PolicyUsing(member));
        foreach (var format in new[] { DatasetFormat.Document, DatasetFormat.JsonLines })
        {
            var text = PolicyDatasetSerializer.ToJson(dataset, format);
            text.Should().Contain(format == DatasetFormat.Document ? "\"formatVersion\": \"1.1\"" : "\"formatVersion\":\"1.1\"");
            PolicyDatasetSerializer.FromJson(text).Should().Be(dataset);
        }
        PolicyDatasetSerializer.ToJson(dataset, DatasetFormat.Document).Should().Contain(written);
    }

    [Fact]
    public void A_dataset_without_them_stays_1_0_and_the_scoped_fixture_round_trips()
    {
        var plain = With(new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.UserData, Requesters.LawEnforcement, ["Zoom"])));
        PolicyDatasetSerializer.ToJson(plain, DatasetFormat.Document).Should().Contain("\"formatVersion\": \"1.0\"");

        var scoped = ScopedPoliciesFixture.Dataset();
        var text = PolicyDatasetSerializer.ToJson(scoped, DatasetFormat.Document);
        PolicyDatasetSerializer.FromJson(text).Should().Be(scoped);
        PolicyDatasetSerializer.ToJson(PolicyDatasetSerializer.FromJson(text), DatasetFormat.Document).Should().Be(text, "the writer is canonical");
        scoped.Validate().Should().BeEmpty();
    }

    [Fact]
    public void A_channel_with_another_stance_or_a_repeated_subject_is_refused_where_it_is()
    {
        const string Head = """{ "formatVersion": "1.1", "metadata": { "id": "bad", "title": "Bad", "version": "1", "created": "2026-01-01T00:00:00Z" }, "companies": [ { "id": "acme", "name": "Acme" } ], "events": [ { "id": "e1", "company": "acme", "jurisdiction": "HK", "announced": "2020-07-06", "recorded": "2026-01-01T00:00:00Z", "policy": """;
        var channel = () => PolicyDatasetSerializer.FromJson(Head + """{ "stance": "paused", "channel": { "kind": "mlat" } } } ] }""");
        channel.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle(d => d.Code == "PE0006" && d.Message.Contains("formal channel"));
        var subjects = () => PolicyDatasetSerializer.FromJson(Head + """{ "stance": "paused", "scope": { "subjectJurisdictions": ["HK", "HK"] } } } ] }""");
        subjects.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().Contain(d => d.Location.Path != null && d.Location.Path.StartsWith("$.events[0].policy.scope", StringComparison.Ordinal));
        var kind = () => PolicyDatasetSerializer.FromJson(Head + """{ "stance": "formalChannelOnly", "channel": { "kind": "fax" } } } ] }""");
        kind.Should().Throw<DatasetFormatException>().Which.Diagnostics.Should().ContainSingle(d => d.Location.Path == "$.events[0].policy.channel.kind");
    }
}
