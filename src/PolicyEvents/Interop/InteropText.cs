using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Interop;

/// <summary>
/// The text forms the interop exports share with the dataset format (docs/format.md): enum values as camelCase
/// strings and instants as ISO 8601 UTC. Written out member by member, so the names are stable whatever a member is
/// called in C#, and no reflection is needed (trimming and NativeAOT safe).
/// </summary>
/// <remarks>This file is compiled into each interop package (it is linked, not shared as public API).</remarks>
internal static class InteropText
{
    /// <summary>Separates the values of a list in a single text cell.</summary>
    internal const char ListSeparator = ';';

    /// <summary>The stance as the dataset format spells it.</summary>
    internal static string Stance(PolicyStance stance) => stance switch
    {
        PolicyStance.Unknown => "unknown",
        PolicyStance.RespondingAsUsual => "respondingAsUsual",
        PolicyStance.Reviewing => "reviewing",
        PolicyStance.Paused => "paused",
        PolicyStance.Refusing => "refusing",
        PolicyStance.FormalChannelOnly => "formalChannelOnly",
        PolicyStance.WithdrawnFromMarket => "withdrawnFromMarket",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "Not a defined PolicyStance value."),
    };

    /// <summary>The origin as the dataset format spells it: <c>eventJurisdiction</c> or <c>anyJurisdiction</c>.</summary>
    internal static string Origin(RequestOrigin origin) => origin switch
    {
        RequestOrigin.EventJurisdiction => "eventJurisdiction",
        RequestOrigin.AnyJurisdiction => "anyJurisdiction",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Not a defined RequestOrigin value."),
    };

    /// <summary>The channel's kind as the dataset format spells it: <c>mlat</c>, <c>lettersRogatory</c>, <c>diplomatic</c>
    /// or <c>other</c>.</summary>
    internal static string ChannelKind(FormalChannelKind kind) => kind switch
    {
        FormalChannelKind.Other => "other",
        FormalChannelKind.Mlat => "mlat",
        FormalChannelKind.LettersRogatory => "lettersRogatory",
        FormalChannelKind.Diplomatic => "diplomatic",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined FormalChannelKind value."),
    };

    /// <summary>The precision as the dataset format would spell it: <c>year</c>, <c>month</c>, <c>day</c> or <c>instant</c>.</summary>
    internal static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        DatePrecision.Instant => "instant",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined DatePrecision value."),
    };

    /// <summary>The kinds set, one camelCase name per flag in declaration order; empty for <see cref="RequestKinds.None"/>.</summary>
    internal static List<string> Kinds(RequestKinds kinds)
    {
        var names = new List<string>(6);
        if (kinds.HasFlag(RequestKinds.UserData))
        {
            names.Add("userData");
        }
        if (kinds.HasFlag(RequestKinds.ContentRemoval))
        {
            names.Add("contentRemoval");
        }
        if (kinds.HasFlag(RequestKinds.Preservation))
        {
            names.Add("preservation");
        }
        if (kinds.HasFlag(RequestKinds.EmergencyDisclosure))
        {
            names.Add("emergencyDisclosure");
        }
        if (kinds.HasFlag(RequestKinds.Content))
        {
            names.Add("content");
        }
        if (kinds.HasFlag(RequestKinds.NonContent))
        {
            names.Add("nonContent");
        }
        return names;
    }

    /// <summary>The requesters set, one camelCase name per flag in declaration order; empty for <see cref="Requesters.None"/>.</summary>
    internal static List<string> RequesterNames(Requesters requesters)
    {
        var names = new List<string>(3);
        if (requesters.HasFlag(Requesters.Government))
        {
            names.Add("government");
        }
        if (requesters.HasFlag(Requesters.LawEnforcement))
        {
            names.Add("lawEnforcement");
        }
        if (requesters.HasFlag(Requesters.Courts))
        {
            names.Add("courts");
        }
        return names;
    }

    /// <summary>The kind of legal process, the member's name in camelCase: <c>unspecified</c>, <c>all</c>, <c>legalProcess</c>...</summary>
    internal static string LegalProcess(LegalProcessKind kind) => kind switch
    {
        LegalProcessKind.Unspecified => "unspecified",
        LegalProcessKind.All => "all",
        LegalProcessKind.LegalProcess => "legalProcess",
        LegalProcessKind.Subpoena => "subpoena",
        LegalProcessKind.CourtOrder => "courtOrder",
        LegalProcessKind.SearchWarrant => "searchWarrant",
        LegalProcessKind.PenRegisterOrder => "penRegisterOrder",
        LegalProcessKind.WiretapOrder => "wiretapOrder",
        LegalProcessKind.MutualLegalAssistance => "mutualLegalAssistance",
        LegalProcessKind.NationalSecurity => "nationalSecurity",
        LegalProcessKind.Emergency => "emergency",
        LegalProcessKind.Preservation => "preservation",
        LegalProcessKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined LegalProcessKind value."),
    };

    /// <summary>An instant as ISO 8601 UTC, with a fraction of a second only when there is one: <c>2020-07-01T00:00:00Z</c>.</summary>
    internal static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>A date as ISO 8601: <c>2020-06-30</c>.</summary>
    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A percentage as an invariant decimal number without a percent sign: <c>24</c>, <c>81.5</c>.</summary>
    internal static string Percent(decimal percent) => percent.ToString(CultureInfo.InvariantCulture);
}
