using System.Text.Json;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Data;

/// <summary>
/// Every value in the dataset is valid by the domain model's own rules: each id, date, instant, URL and record is
/// constructed with the library's types. (Until the loader exists, the mapping from JSON is done here by hand.)
/// </summary>
public class HongKong2020DomainTests
{
    [Fact]
    public void Every_date_is_valid_EDTF()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var dates = new List<string>();
        dates.AddRange(HongKong2020Fixture.Items(root, "sources").Select(s => HongKong2020Fixture.OptionalString(s, "published")).OfType<string>());
        dates.AddRange(HongKong2020Fixture.Items(root, "statements").Select(s => HongKong2020Fixture.OptionalString(s, "date")).OfType<string>());
        foreach (var trigger in HongKong2020Fixture.Items(root, "triggers"))
        {
            dates.Add(trigger.GetProperty("effective").GetString()!);
            dates.AddRange(HongKong2020Fixture.Items(trigger, "effectiveClaims").Select(c => c.GetProperty("date").GetString()!));
        }
        foreach (var e in HongKong2020Fixture.Items(root, "events"))
        {
            dates.AddRange(new[] { HongKong2020Fixture.OptionalString(e, "effective"), HongKong2020Fixture.OptionalString(e, "announced") }.OfType<string>());
        }

        dates.Should().HaveCountGreaterThan(30);
        foreach (var text in dates)
        {
            PartialDate.Parse(text).ToString().Should().Be(text, "the file writes each date in its canonical EDTF form");
        }
    }

    [Fact]
    public void Every_instant_is_ISO_8601_UTC_to_the_second()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var instants = new List<string> { root.GetProperty("metadata").GetProperty("created").GetString()! };
        instants.AddRange(HongKong2020Fixture.Items(root, "sources").Select(s => HongKong2020Fixture.OptionalString(s, "retrieved")).OfType<string>());
        instants.AddRange(HongKong2020Fixture.Items(root, "events").Select(e => e.GetProperty("recorded").GetString()!));

        foreach (var text in instants)
        {
            var result = InstantPattern.General.Parse(text);
            result.Success.Should().BeTrue(text);
            InstantPattern.General.Format(result.Value).Should().Be(text);
        }
    }

    [Fact]
    public void Every_record_constructs_as_a_domain_value_and_every_reference_resolves()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;

        var companies = HongKong2020Fixture.Items(root, "companies").Select(ToCompany).ToDictionary(c => c.Id);
        var jurisdictions = HongKong2020Fixture.Items(root, "jurisdictions").Select(ToJurisdiction).ToDictionary(j => j.Code);
        var sources = HongKong2020Fixture.Items(root, "sources").Select(ToSource).ToDictionary(s => s.Id);
        var statements = HongKong2020Fixture.Items(root, "statements").Select(ToStatement).ToDictionary(s => s.Id);
        var triggers = HongKong2020Fixture.Items(root, "triggers").Select(ToTrigger).ToDictionary(t => t.Id);
        var events = HongKong2020Fixture.Items(root, "events").Select(ToEvent).ToDictionary(e => e.Id);
        var metadata = root.GetProperty("metadata");
        _ = new DatasetId(metadata.GetProperty("id").GetString()!);

        companies.Values.Where(c => c.Parent is not null).Select(c => c.Parent!.Value).Should().BeSubsetOf(companies.Keys);
        jurisdictions.Keys.Should().BeSubsetOf(JurisdictionRegistry.Default.All.Select(j => j.Code));
        statements.Values.Select(s => s.Speaker.Company).Should().BeSubsetOf(companies.Keys);
        statements.Values.SelectMany(s => s.Sources).Should().BeSubsetOf(sources.Keys);
        triggers.Values.SelectMany(t => t.Sources.Concat(t.EffectiveClaims.SelectMany(c => c.Sources))).Should().BeSubsetOf(sources.Keys);
        events.Values.Select(e => e.Company).Should().BeSubsetOf(companies.Keys);
        events.Values.Select(e => e.Jurisdiction).Should().BeSubsetOf(jurisdictions.Keys);
        events.Values.SelectMany(e => e.Statements).Should().BeSubsetOf(statements.Keys);
        events.Values.SelectMany(e => e.Sources).Should().BeSubsetOf(sources.Keys);
        events.Values.Where(e => e.Trigger is not null).Select(e => e.Trigger!.Value).Should().BeSubsetOf(triggers.Keys);
        HongKong2020Fixture.Strings(metadata, "sources").Select(s => new SourceId(s)).Should().BeSubsetOf(sources.Keys);
    }

    [Fact]
    public void Every_company_source_and_statement_is_used()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var events = HongKong2020Fixture.Items(root, "events").ToList();
        var statements = HongKong2020Fixture.Items(root, "statements").ToList();
        var usedSources = events.SelectMany(e => HongKong2020Fixture.Strings(e, "sources"))
            .Concat(statements.SelectMany(s => HongKong2020Fixture.Strings(s, "sources")))
            .Concat(statements.SelectMany(s => HongKong2020Fixture.Items(s, "variants").SelectMany(v => HongKong2020Fixture.Strings(v, "sources"))))
            .Concat(HongKong2020Fixture.Items(root, "triggers").SelectMany(t => HongKong2020Fixture.Strings(t, "sources")
                .Concat(HongKong2020Fixture.Items(t, "effectiveClaims").SelectMany(c => HongKong2020Fixture.Strings(c, "sources")))))
            .Concat(HongKong2020Fixture.Items(root, "figures").Select(f => f.GetProperty("provenance").GetProperty("source").GetString()!))
            .ToHashSet();
        var usedCompanies = events.Select(e => e.GetProperty("company").GetString()!).ToHashSet();

        HongKong2020Fixture.Items(root, "sources").Select(s => s.GetProperty("id").GetString()).Should().BeSubsetOf(usedSources);
        HongKong2020Fixture.Items(root, "companies").Select(c => c.GetProperty("id").GetString()).Should().BeSubsetOf(usedCompanies);
        statements.Select(s => s.GetProperty("id").GetString()).Should().BeSubsetOf(events.SelectMany(e => HongKong2020Fixture.Strings(e, "statements")));
    }

    [Fact]
    public void Facts_were_recorded_after_their_sources_were_retrieved_and_not_after_the_release_was_created()
    {
        using var document = HongKong2020Fixture.Open();
        var root = document.RootElement;
        var created = InstantPattern.General.Parse(root.GetProperty("metadata").GetProperty("created").GetString()!).Value;
        // The reports behind the figures carry no retrieval time (the day the exports were copied is not recorded); no event cites them.
        var sources = HongKong2020Fixture.Items(root, "sources").Where(s => s.TryGetProperty("retrieved", out _)).ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => InstantPattern.General.Parse(s.GetProperty("retrieved").GetString()!).Value);

        foreach (var e in HongKong2020Fixture.Items(root, "events"))
        {
            var recorded = InstantPattern.General.Parse(e.GetProperty("recorded").GetString()!).Value;
            recorded.Should().BeLessThanOrEqualTo(created, "a release holds nothing recorded after it was created");
            foreach (var source in HongKong2020Fixture.Strings(e, "sources"))
            {
                recorded.Should().BeGreaterThan(sources[source], $"{e.GetProperty("id")} cites {source}");
            }
        }
    }

    internal static Company ToCompany(JsonElement e) => new(
        new CompanyId(e.GetProperty("id").GetString()!),
        e.GetProperty("name").GetString()!,
        parent: HongKong2020Fixture.OptionalString(e, "parent") is { } p ? new CompanyId(p) : null,
        wikidata: HongKong2020Fixture.OptionalString(e, "wikidata") is { } q ? new WikidataId(q) : null);

    internal static Jurisdiction ToJurisdiction(JsonElement e) => new(
        new JurisdictionCode(e.GetProperty("code").GetString()!),
        e.GetProperty("name").GetString()!,
        Enum.Parse<JurisdictionKind>(e.GetProperty("kind").GetString()!, ignoreCase: true),
        e.GetProperty("timeZone").GetString()!,
        HongKong2020Fixture.OptionalString(e, "parent") is { } p ? new JurisdictionCode(p) : null);

    internal static Source ToSource(JsonElement e) => new(
        new SourceId(e.GetProperty("id").GetString()!),
        HongKong2020Fixture.OptionalString(e, "publisher"),
        HongKong2020Fixture.OptionalString(e, "title"),
        HongKong2020Fixture.OptionalString(e, "url") is { } u ? new Uri(u, UriKind.Absolute) : null,
        Date(e, "published"),
        HongKong2020Fixture.OptionalString(e, "byline"),
        HongKong2020Fixture.OptionalString(e, "agency"),
        HongKong2020Fixture.OptionalString(e, "retrieved") is { } r ? InstantPattern.General.Parse(r).Value : null);

    internal static Statement ToStatement(JsonElement e)
    {
        var speaker = e.GetProperty("speaker");
        return new Statement(
            new StatementId(e.GetProperty("id").GetString()!),
            e.GetProperty("text").GetString()!,
            new Speaker(new CompanyId(speaker.GetProperty("company").GetString()!),
                HongKong2020Fixture.OptionalString(speaker, "person"), HongKong2020Fixture.OptionalString(speaker, "role")),
            Date(e, "date"),
            new LanguageTag(e.GetProperty("language").GetString()!),
            HongKong2020Fixture.Strings(e, "sources").Select(s => new SourceId(s)));
    }

    internal static Trigger ToTrigger(JsonElement e) => new(
        new TriggerId(e.GetProperty("id").GetString()!),
        new JurisdictionCode(e.GetProperty("jurisdiction").GetString()!),
        e.GetProperty("title").GetString()!,
        PartialDate.Parse(e.GetProperty("effective").GetString()!),
        HongKong2020Fixture.Strings(e, "sources").Select(s => new SourceId(s)),
        HongKong2020Fixture.Items(e, "effectiveClaims").Select(c => new DateClaim(
            PartialDate.Parse(c.GetProperty("date").GetString()!),
            HongKong2020Fixture.Strings(c, "sources").Select(s => new SourceId(s)),
            HongKong2020Fixture.OptionalString(c, "wording"))));

    internal static PolicyEvent ToEvent(JsonElement e)
    {
        var policy = e.GetProperty("policy");
        var scope = policy.TryGetProperty("scope", out var s) ? s : default;
        var kinds = scope.ValueKind == JsonValueKind.Object
            ? HongKong2020Fixture.Strings(scope, "requestKinds").Aggregate(RequestKinds.None, (acc, k) => acc | Enum.Parse<RequestKinds>(k, ignoreCase: true))
            : RequestKinds.None;
        var requesters = scope.ValueKind == JsonValueKind.Object
            ? HongKong2020Fixture.Strings(scope, "requesters").Aggregate(Requesters.None, (acc, r) => acc | Enum.Parse<Requesters>(r, ignoreCase: true))
            : Requesters.None;
        var products = scope.ValueKind == JsonValueKind.Object ? HongKong2020Fixture.Strings(scope, "products") : [];
        return new PolicyEvent(
            new EventId(e.GetProperty("id").GetString()!),
            new CompanyId(e.GetProperty("company").GetString()!),
            new JurisdictionCode(e.GetProperty("jurisdiction").GetString()!),
            new RequestPolicy(
                Enum.Parse<PolicyStance>(policy.GetProperty("stance").GetString()!, ignoreCase: true),
                new RequestScope(kinds, requesters, products),
                HongKong2020Fixture.Strings(policy, "conditions"),
                HongKong2020Fixture.Strings(policy, "exceptions")),
            Date(e, "effective"),
            Date(e, "announced"),
            InstantPattern.General.Parse(e.GetProperty("recorded").GetString()!).Value,
            HongKong2020Fixture.Strings(e, "statements").Select(x => new StatementId(x)),
            HongKong2020Fixture.Strings(e, "sources").Select(x => new SourceId(x)),
            HongKong2020Fixture.OptionalString(e, "trigger") is { } t ? new TriggerId(t) : null,
            HongKong2020Fixture.OptionalString(e, "supersedes") is { } p ? new EventId(p) : null,
            HongKong2020Fixture.OptionalString(e, "note"));
    }

    private static PartialDate? Date(JsonElement e, string member) =>
        HongKong2020Fixture.OptionalString(e, member) is { } text ? PartialDate.Parse(text) : null;
}
