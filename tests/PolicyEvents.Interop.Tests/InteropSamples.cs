using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

/// <summary>Hand-made events that exercise every column of the exports, including the awkward values.</summary>
internal static class InteropSamples
{
    public static readonly Instant Recorded = Instant.FromUtc(2026, 11, 28, 14, 30, 0);

    /// <summary>Every member set, the scope about the data of HK and MO users from any jurisdiction; texts with commas, quotes, a line break, a semicolon and a backslash.</summary>
    public static PolicyEvent Full { get; } = new(
        new EventId("google-hk-2020-07"),
        new CompanyId("google"),
        new JurisdictionCode("HK"),
        new RequestPolicy(PolicyStance.Paused,
            new RequestScope(RequestKinds.UserData | RequestKinds.EmergencyDisclosure, Requesters.Government | Requesters.LawEnforcement,
                ["Search, Maps", "Drive; Docs", "Back\\slash \"quoted\""])
                .WithSubjectJurisdictions([new JurisdictionCode("HK"), new JurisdictionCode("MO")]).WithOrigin(RequestOrigin.AnyJurisdiction),
            conditions: ["Through the mutual legal assistance treaty; no other channel"],
            exceptions: ["Threat to life", "Child safety"]),
        PartialDate.Parse("2020-06-30T23:00:00+08:00"),
        PartialDate.Parse("2020-07-06?"),
        Recorded,
        statements: [new StatementId("google-2020-07-06"), new StatementId("google-2020-07-06-verge")],
        sources: [new SourceId("afp-2020-07-08"), new SourceId("reuters-2020-07-06")],
        trigger: new TriggerId("hk-nsl-2020"),
        supersedes: new EventId("google-hk-2020-07-draft"),
        note: "Google said \"we paused\", when the law took effect;\nReuters: \"on Monday\".");

    /// <summary>Only what is required: an announcement known to the month, nothing else.</summary>
    public static PolicyEvent Minimal { get; } = new(
        new EventId("apple-hk-2020-07"),
        new CompanyId("apple"),
        new JurisdictionCode("HK"),
        new RequestPolicy(PolicyStance.Reviewing),
        effective: null,
        announced: PartialDate.Parse("2020-07"),
        recorded: Recorded + Duration.FromMilliseconds(250));

    /// <summary>An effective year, approximate and uncertain, in another zone; every kind and requester; a formal channel
    /// whose intermediary's name holds a comma and quotes.</summary>
    public static PolicyEvent YearInTokyo { get; } = new(
        new EventId("line-jp-2021"),
        new CompanyId("line"),
        new JurisdictionCode("JP"),
        new RequestPolicy(PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.UserData | RequestKinds.ContentRemoval | RequestKinds.Preservation | RequestKinds.EmergencyDisclosure, Requesters.All, ["LINE"]),
            channel: new FormalChannel(FormalChannelKind.LettersRogatory, "Ministry of Justice, \"International\" Affairs", new JurisdictionCode("JP"))),
        effective: PartialDate.Parse("2021%"),
        announced: null,
        recorded: Recorded);

    public static IReadOnlyList<PolicyEvent> All { get; } = [Full, Minimal, YearInTokyo];
}
