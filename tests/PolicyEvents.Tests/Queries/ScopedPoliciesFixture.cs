using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// Scoped policies that coexist, in the shapes of four real July 2020 statements about Hong Kong: Zoom paused requests
/// from, and related to, Hong Kong (two scopes); Telegram would not process requests related to its Hong Kong users, from
/// anyone; Apple required a US MLAT for content and still answered non-content requests; Google paused user-data requests,
/// still reviewed content removal, and in August 2020 answered user-data requests only through the US Department of Justice
/// under the MLAT. Ids, sources and dates are synthetic (to the day or month of the real statements), with no quotations.
/// </summary>
internal static class ScopedPoliciesFixture
{
    public static readonly JurisdictionCode HK = new("HK");
    public static readonly JurisdictionCode US = new("US");
    public static readonly CompanyId Apple = new("apple");
    public static readonly CompanyId Google = new("google");
    public static readonly CompanyId Telegram = new("telegram");
    public static readonly CompanyId Zoom = new("zoom");
    public static readonly Instant Recorded = Instant.FromUtc(2020, 12, 1, 0, 0);
    public static readonly Instant CorrectionRecorded = Instant.FromUtc(2021, 3, 1, 0, 0);

    public static readonly FormalChannel UsMlat = new(FormalChannelKind.Mlat, "United States Department of Justice", US);

    private static readonly RequestScope AboutHongKongUsers =
        RequestScope.Unspecified.WithSubjectJurisdictions([HK]).WithOrigin(RequestOrigin.AnyJurisdiction);

    private static PolicyEvent Event(string id, CompanyId company, PolicyStance stance, RequestScope? scope, string? effective, string? announced,
        FormalChannel? channel = null, Instant? recorded = null, string? supersedes = null) =>
        new(new EventId(id), company, HK, new RequestPolicy(stance, scope, channel: channel),
            effective is null ? null : PartialDate.Parse(effective), announced is null ? null : PartialDate.Parse(announced),
            recorded ?? Recorded, sources: [new SourceId($"{company}-source")], supersedes: supersedes is null ? null : new EventId(supersedes));

    public static PolicyEvent[] Events() =>
    [
        Event("zoom-hk-from", Zoom, PolicyStance.Paused, null, null, "2020-07-07"),
        Event("zoom-hk-about", Zoom, PolicyStance.Paused, AboutHongKongUsers, null, "2020-07-07"),
        Event("telegram-hk-about", Telegram, PolicyStance.Refusing, AboutHongKongUsers, null, "2020-07-06"),
        Event("apple-hk-before", Apple, PolicyStance.RespondingAsUsual, null, "2020-01-01", null),
        Event("apple-hk-content", Apple, PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.Content, Requesters.None), null, "2020-07-08", UsMlat),
        Event("apple-hk-non-content", Apple, PolicyStance.RespondingAsUsual, new RequestScope(RequestKinds.NonContent, Requesters.None), null, "2020-07-08"),
        Event("google-hk-user-data", Google, PolicyStance.Paused, new RequestScope(RequestKinds.UserData, Requesters.None), "2020-07-01", null),
        Event("google-hk-removal", Google, PolicyStance.RespondingAsUsual, new RequestScope(RequestKinds.ContentRemoval, Requesters.None), "2020-07-01", null),
        Event("google-hk-mlat", Google, PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.UserData, Requesters.None), null, "2020-08", UsMlat),
        // Recorded later: Google's MLAT answer dated to the day, correcting the month-precision event.
        Event("google-hk-mlat-dated", Google, PolicyStance.FormalChannelOnly, new RequestScope(RequestKinds.UserData, Requesters.None), null, "2020-08-20", UsMlat,
            recorded: CorrectionRecorded, supersedes: "google-hk-mlat"),
    ];

    public static PolicyDataset Dataset() => new(
        new DatasetMetadata(new DatasetId("scoped-policies"), "Scoped policies (synthetic)", "1.0.0", Recorded),
        [new Company(Apple, "Apple"), new Company(Google, "Google"), new Company(Telegram, "Telegram"), new Company(Zoom, "Zoom")],
        sources: [.. new[] { Apple, Google, Telegram, Zoom }.Select(c => new Source(new SourceId($"{c}-source"), "Synthetic", $"{c} statement (synthetic)"))],
        events: Events());
}
