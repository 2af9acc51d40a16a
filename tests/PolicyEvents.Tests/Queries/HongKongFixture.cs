using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// A small Hong Kong 2020-like history built in code, until the real dataset lands.
/// Provenance: the shape (who paused, on which Hong Kong day it was announced, the law's entry into force at
/// 2020-06-30 23:00 HKT) follows the product brief; the statement texts are placeholders written for these tests,
/// marked "(fixture)", and are not quotations.
/// </summary>
internal static class HongKongFixture
{
    public static readonly JurisdictionCode HK = new("HK");
    public static readonly DateTimeZone Zone = JurisdictionRegistry.Default.Get("HK").TimeZone;
    public static readonly TriggerId Nsl = new("hk-nsl-2020");
    public static readonly CompanyId Google = new("google");
    public static readonly CompanyId Facebook = new("facebook");
    public static readonly CompanyId WhatsApp = new("whatsapp");
    public static readonly CompanyId Twitter = new("twitter");
    public static readonly CompanyId MicrosoftCorp = new("microsoft");
    public static readonly CompanyId Zoom = new("zoom");
    public static readonly Instant Release1 = Instant.FromUtc(2020, 7, 10, 0, 0);

    /// <summary>A local date-time in Hong Kong as an instant.</summary>
    public static Instant Hkt(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    public static PartialDate Date(string text) => PartialDate.Parse(text);

    public static Company[] Companies() =>
    [
        new(Google, "Google"),
        new(Facebook, "Facebook"),
        new(WhatsApp, "WhatsApp", parent: Facebook),
        new(Twitter, "Twitter"),
        new(MicrosoftCorp, "Microsoft"),
        new(Zoom, "Zoom"),
    ];

    public static Source[] Sources() =>
    [
        new(new SourceId("fixture-news-2020-07-06"), "Fixture News", "Tech companies pause Hong Kong data requests (fixture)", published: Date("2020-07-06")),
        new(new SourceId("fixture-news-2020-07-07"), "Fixture News", "Microsoft and Zoom join pause (fixture)", published: Date("2020-07-07")),
        new(new SourceId("fixture-gazette"), "Fixture Gazette", "National security law in force (fixture)"),
    ];

    public static Statement[] Statements() =>
    [
        Said("google-2020-07-06", Google, "2020-07-06", "When the law took effect, we paused production on new data requests (fixture).", "fixture-news-2020-07-06"),
        Said("facebook-2020-07-06", Facebook, "2020-07-06", "We are pausing the review of government requests for user data from Hong Kong (fixture).", "fixture-news-2020-07-06"),
        Said("whatsapp-2020-07-06", WhatsApp, "2020-07-06", "We are Pausing the review of such requests pending further assessment (fixture).", "fixture-news-2020-07-06"),
        Said("twitter-2020-07-06", Twitter, "2020-07-06", "We have stopped handling those requests for now (fixture).", "fixture-news-2020-07-06"),
        Said("microsoft-2020-07-07", MicrosoftCorp, "2020-07-07", "We are not responding to requests while we review the law (fixture).", "fixture-news-2020-07-07"),
        Said("zoom-2020-07-07", Zoom, "2020-07-07", "We have PAUSED processing data requests from Hong Kong (fixture).", "fixture-news-2020-07-07"),
    ];

    public static Trigger[] Triggers() =>
    [
        new(Nsl, HK, "National security law", Date("2020-06-30T23:00:00+08:00"), [new SourceId("fixture-gazette")]),
    ];

    public static PolicyEvent[] Events() =>
    [
        Event("google-hk-2019", Google, PolicyStance.RespondingAsUsual, effective: "2019", announced: null),
        Event("google-hk-2020-07-pause", Google, PolicyStance.Paused, effective: "2020-06-30T23:00:00+08:00", announced: "2020-07-06",
            statement: "google-2020-07-06", source: "fixture-news-2020-07-06"),
        Event("facebook-hk-2020-07-pause", Facebook, PolicyStance.Paused, null, "2020-07-06", "facebook-2020-07-06", "fixture-news-2020-07-06"),
        Event("whatsapp-hk-2020-07-pause", WhatsApp, PolicyStance.Paused, null, "2020-07-06", "whatsapp-2020-07-06", "fixture-news-2020-07-06"),
        Event("twitter-hk-2020-07-pause", Twitter, PolicyStance.Paused, null, "2020-07-06", "twitter-2020-07-06", "fixture-news-2020-07-06"),
        Event("microsoft-hk-2020-07-pause", MicrosoftCorp, PolicyStance.Paused, null, "2020-07-07", "microsoft-2020-07-07", "fixture-news-2020-07-07"),
        Event("zoom-hk-2020-07-pause", Zoom, PolicyStance.Paused, null, "2020-07-07", "zoom-2020-07-07", "fixture-news-2020-07-07"),
    ];

    public static PolicyHistory History(IEnumerable<PolicyEvent>? events = null) =>
        PolicyHistory.Create(events ?? Events(), Companies(), Statements(), Sources(), Triggers());

    public static PolicyEvent Event(string id, CompanyId company, PolicyStance stance, string? effective, string? announced,
        string? statement = null, string? source = null, Instant? recorded = null, string? supersedes = null) =>
        new(new EventId(id), company, HK, new RequestPolicy(stance),
            effective is null ? null : Date(effective), announced is null ? null : Date(announced), recorded ?? Release1,
            statement is null ? null : [new StatementId(statement)], source is null ? null : [new SourceId(source)],
            stance == PolicyStance.Paused ? Nsl : null, supersedes is null ? null : new EventId(supersedes));

    private static Statement Said(string id, CompanyId company, string date, string text, string source) =>
        new(new StatementId(id), text, new Speaker(company, role: "spokesperson"), Date(date), LanguageTag.English, [new SourceId(source)]);

    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
