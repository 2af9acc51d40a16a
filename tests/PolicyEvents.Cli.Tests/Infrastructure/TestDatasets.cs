using NodaTime;
using PolicyEvents.Cli.Data;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Tests.Infrastructure;

/// <summary>
/// Small datasets built in code from the domain types (modelled on the Hong Kong 2020 events, with simplified dates),
/// so that the commands can be tested without any file.
/// </summary>
internal static class TestDatasets
{
    public static readonly Instant Recorded = Instant.FromUtc(2026, 11, 28, 12, 0);

    private static readonly JurisdictionCode Hk = new("HK");
    private static readonly SourceId Reuters = new("reuters-2020-07-06");
    private static readonly SourceId Afp = new("afp-2020-07-07");

    public static Company Google { get; } = new(new CompanyId("google"), "Google", [new CompanyName("Alphabet", CompanyNameKind.Alias)]);

    public static Company Facebook { get; } = new(new CompanyId("facebook"), "Facebook");

    public static Company WhatsApp { get; } = new(new CompanyId("whatsapp"), "WhatsApp", parent: new CompanyId("facebook"));

    public static Trigger NationalSecurityLaw { get; } = new(new TriggerId("hk-nsl"), Hk, "Hong Kong national security law",
        PartialDate.Parse("2020-06-30T23:00:00+08:00"), [Reuters]);

    public static Statement GooglePause { get; } = new(new StatementId("google-pause"),
        "When the new law took effect, we paused production on any new data requests from Hong Kong authorities.",
        new Speaker(new CompanyId("google"), role: "spokesperson"), PartialDate.Parse("2020-07-06"), LanguageTag.English, [Reuters]);

    public static Statement WhatsAppPause { get; } = new(new StatementId("whatsapp-pause"),
        "We are pausing the review of government requests for user data from Hong Kong.",
        new Speaker(new CompanyId("whatsapp")), PartialDate.Parse("2020-07-06"), LanguageTag.English, [Afp]);

    public static PolicyEvent GoogleBefore { get; } = Event("google-hk-2019", "google", PolicyStance.RespondingAsUsual, "2019", null);

    public static PolicyEvent GooglePaused { get; } = Event("google-hk-pause", "google", PolicyStance.Paused,
        "2020-06-30T23:00:00+08:00", "2020-07-06", [GooglePause.Id], trigger: true);

    public static PolicyEvent WhatsAppPaused { get; } = Event("whatsapp-hk-pause", "whatsapp", PolicyStance.Paused,
        "2020-07-06", "2020-07-06", [WhatsAppPause.Id], trigger: true);

    public static PolicyEvent WhatsAppWrong { get; } = Event("whatsapp-hk-wrong", "whatsapp", PolicyStance.Refusing, "2020-07-05", null);

    public static PolicyEvent WhatsAppCorrection { get; } = Event("whatsapp-hk-2020-correction", "whatsapp", PolicyStance.Paused,
        "2020-07-06", "2020-07-06", [WhatsAppPause.Id], trigger: true, supersedes: "whatsapp-hk-wrong");

    /// <summary>Google: responding as usual from 2019, paused from the law; WhatsApp paused from 6 July; Facebook has no event.</summary>
    public static CliDataset HongKong(string label = "(test)") => new(label, new DatasetHeader("hong-kong-test", "Hong Kong test", "1.0.0"),
        [Google, Facebook, WhatsApp], [],
        [new Source(Reuters, "Reuters", "Google pauses", published: PartialDate.Parse("2020-07-06")), new Source(Afp, "AFP", "WhatsApp pauses")],
        [GooglePause, WhatsAppPause], [NationalSecurityLaw], [GoogleBefore, GooglePaused, WhatsAppPaused],
        [new FigureRecord("google/HK/2020-H1/requests", "100")]);

    /// <summary>A later release: WhatsApp's event changed to refusing, Google's 2019 event removed, a source added.</summary>
    public static CliDataset HongKongNext(string label = "(next)")
    {
        var first = HongKong(label);
        return new CliDataset(label, first.Header with { Version = "1.1.0" }, first.Companies, first.Jurisdictions,
            [.. first.Sources, new Source(new SourceId("hkfp-2020-07-08"), "Hong Kong Free Press", "Tech firms pause")],
            first.Statements, first.Triggers,
            [GooglePaused, WhatsAppPaused.WithPolicy(new RequestPolicy(PolicyStance.Refusing))],
            [new FigureRecord("google/HK/2020-H1/requests", "120")]);
    }

    private static PolicyEvent Event(string id, string company, PolicyStance stance, string? effective, string? announced,
        StatementId[]? statements = null, bool trigger = false, string? supersedes = null) =>
        new(new EventId(id), new CompanyId(company), Hk,
            new RequestPolicy(stance, new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement)),
            effective is null ? null : PartialDate.Parse(effective), announced is null ? null : PartialDate.Parse(announced), Recorded,
            statements, trigger ? [Reuters] : null, trigger ? NationalSecurityLaw.Id : null,
            supersedes is null ? null : new EventId(supersedes));
}
