using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.TestHelpers;

/// <summary>
/// Valid domain values for tests. Every call builds new instances from new arrays, so two calls give values that are
/// equal but distinct (what <see cref="EqualityContract"/> needs); tests derive unequal values with the With methods
/// or constructors.
/// </summary>
public static class Samples
{
    public static readonly Instant Recorded = Instant.FromUtc(2026, 11, 1, 12, 0);

    public static CompanyName FormerName() =>
        new("Facebook, Inc.", CompanyNameKind.Former, PartialDate.Parse("2004"), PartialDate.Parse("2021-10-28"));

    public static CompanyName Alias() => new("Meta", CompanyNameKind.Alias);

    public static Company Company() =>
        new(new CompanyId("facebook"), "Meta Platforms", [FormerName(), Alias()], parent: null, new WikidataId("Q380"));

    public static Company WhatsApp() =>
        new(new CompanyId("whatsapp"), "WhatsApp", names: null, new CompanyId("facebook"), new WikidataId("Q1049511"));

    public static Jurisdiction HongKong() =>
        new(new JurisdictionCode("HK"), "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "Asia/Hong_Kong", new JurisdictionCode("CN"));

    public static RequestScope Scope() =>
        new(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement, ["Facebook", "WhatsApp"]);

    public static RequestPolicy Policy() =>
        new(PolicyStance.Paused, Scope(), ["pending further assessment of the National Security Law"], ["emergency requests"]);

    public static Speaker Speaker() => new(new CompanyId("facebook"), "Jane Doe", "spokesperson");

    public static Statement Statement() =>
        new(new StatementId("fb-hk-2020-07-06"), "  We are pausing review of government requests for user data from Hong Kong.",
            Speaker(), PartialDate.Parse("2020-07-06"), LanguageTag.English, [new SourceId("reuters-2020-07-06"), new SourceId("wsj-2020-07-06")]);

    public static Source Source() =>
        new(new SourceId("reuters-2020-07-06"), "Reuters", "Facebook, Google, Twitter pause Hong Kong data requests",
            new Uri("https://www.reuters.com/article/example"), PartialDate.Parse("2020-07-06"), "A Reporter", "Reuters",
            Instant.FromUtc(2026, 10, 1, 8, 30));

    public static DateClaim DateClaim() =>
        new(PartialDate.Parse("2020-06-30T23:00:00+08:00"), [new SourceId("gov-hk-gazette"), new SourceId("reuters-2020-07-06")], "at 11pm on 30 June");

    public static Trigger Trigger() =>
        new(new TriggerId("hk-nsl"), new JurisdictionCode("HK"), "National Security Law", PartialDate.Parse("2020-06-30T23:00:00+08:00"),
            [new SourceId("gov-hk-gazette")], [DateClaim()]);

    public static PolicyEvent Event() =>
        new(new EventId("fb-hk-2020-07-06"), new CompanyId("facebook"), new JurisdictionCode("HK"), Policy(),
            PartialDate.Parse("2020-07-06"), PartialDate.Parse("2020-07-06"), Recorded,
            [new StatementId("fb-hk-2020-07-06")], [new SourceId("reuters-2020-07-06"), new SourceId("wsj-2020-07-06")],
            new TriggerId("hk-nsl"), supersedes: null, note: "Applies to Facebook and WhatsApp.");
}
