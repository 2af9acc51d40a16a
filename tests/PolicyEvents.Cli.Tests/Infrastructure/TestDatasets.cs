using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Serialization;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Tests.Infrastructure;

/// <summary>
/// Small datasets built in code from the domain types (modelled on the Hong Kong 2020 events, with simplified dates),
/// so that the commands can be tested on the built-in dataset's place, or on files the library writes (<see cref="Save"/>).
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
    public static DatasetMetadata Metadata { get; } = new(new DatasetId("hong-kong-test"), "Hong Kong test", "1.0.0", Recorded);

    public static ReportedFigures GoogleFigures { get; } = new(new CompanyId("google"), Hk, "Hong Kong", ReportingPeriod.HalfYear(2020, 1),
        new RequestCategory("User data requests"), new RequestFigures(PublishedNumber.Exact(100)));

    public static PolicyDataset HongKong() => new(Metadata,
        [Google, Facebook, WhatsApp], [],
        [new Source(Reuters, "Reuters", "Google pauses", published: PartialDate.Parse("2020-07-06")), new Source(Afp, "AFP", "WhatsApp pauses")],
        [GooglePause, WhatsAppPause], [NationalSecurityLaw], [GoogleBefore, GooglePaused, WhatsAppPaused], [GoogleFigures]);

    /// <summary>A later release: version 1.1.0, WhatsApp's event changed to refusing, Google's 2019 event removed, a source
    /// added, Google's figure 100 become 120.</summary>
    public static PolicyDataset HongKongNext()
    {
        var first = HongKong();
        return new PolicyDataset(first.Metadata.WithVersion("1.1.0", Recorded), first.Companies, first.Jurisdictions,
            [.. first.Sources, new Source(new SourceId("hkfp-2020-07-08"), "Hong Kong Free Press", "Tech firms pause")],
            first.Statements, first.Triggers,
            [GooglePaused, WhatsAppPaused.WithPolicy(WhatsAppPaused.Policy.WithStance(PolicyStance.Refusing))],
            [GoogleFigures.WithFigures(new RequestFigures(PublishedNumber.Exact(120)))]);
    }

    /// <summary>
    /// Scoped policies toward Hong Kong (synthetic, in the shapes of July 2020 statements): Zoom paused requests from Hong Kong
    /// (no scope) and requests about Hong Kong users from anywhere (announced 7 July); Telegram refuses requests about Hong
    /// Kong users from anywhere (6 July); Apple answers content requests only through an MLAT (8 July); Facebook has no event.
    /// </summary>
    public static PolicyDataset Scoped()
    {
        var about = RequestScope.Unspecified.WithSubjectJurisdictions([Hk]).WithOrigin(RequestOrigin.AnyJurisdiction);
        var mlat = new FormalChannel(FormalChannelKind.Mlat, "United States Department of Justice", new JurisdictionCode("US"));
        return new PolicyDataset(new DatasetMetadata(new DatasetId("scoped-test"), "Scoped test", "1.0.0", Recorded),
            [new Company(new CompanyId("apple"), "Apple"), Facebook, new Company(new CompanyId("telegram"), "Telegram"), new Company(new CompanyId("zoom"), "Zoom")],
            [], [new Source(Reuters, "Reuters", "Tech firms pause")], [], [],
            [
                Scoped("zoom-hk-from", "zoom", new RequestPolicy(PolicyStance.Paused), "2020-07-07"),
                Scoped("zoom-hk-about", "zoom", new RequestPolicy(PolicyStance.Paused, about), "2020-07-07"),
                Scoped("telegram-hk-about", "telegram", new RequestPolicy(PolicyStance.Refusing, about), "2020-07-06"),
                Scoped("apple-hk-content", "apple",
                    new RequestPolicy(PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.Content, Requesters.None), channel: mlat), "2020-07-08"),
            ],
            []);
    }

    /// <summary>
    /// A malformed file: <see cref="HongKong"/> as a document with Google's pause given the stance <c>sleeping</c>, which
    /// the reader refuses (PE0006).
    /// </summary>
    public static string SaveBroken(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        var text = PolicyDatasetSerializer.ToJson(HongKong());
        var at = text.IndexOf("\"stance\": \"paused\"", StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + "\"stance\": \"sleeping\"" + text[(at + "\"stance\": \"paused\"".Length)..]);
        return path;
    }

    /// <summary>Writes a dataset where a test's command reads it, in the form its extension names (canonical bytes).</summary>
    public static string Save(PolicyDataset dataset, string directory, string name)
    {
        var path = Path.Combine(directory, name);
        PolicyDatasetSerializer.SaveFile(dataset, path);
        return path;
    }

    private static PolicyEvent Scoped(string id, string company, RequestPolicy policy, string announced) =>
        new(new EventId(id), new CompanyId(company), Hk, policy, null, PartialDate.Parse(announced), Recorded, sources: [Reuters]);

    private static PolicyEvent Event(string id, string company, PolicyStance stance, string? effective, string? announced,
        StatementId[]? statements = null, bool trigger = false, string? supersedes = null) =>
        new(new EventId(id), new CompanyId(company), Hk,
            new RequestPolicy(stance, new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement)),
            effective is null ? null : PartialDate.Parse(effective), announced is null ? null : PartialDate.Parse(announced), Recorded,
            statements, trigger ? [Reuters] : null, trigger ? NationalSecurityLaw.Id : null,
            supersedes is null ? null : new EventId(supersedes));
}
