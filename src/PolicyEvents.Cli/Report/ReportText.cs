using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Cli.Output;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Cli.Report;

/// <summary>How the report words the data's values for readers: stances, scopes, channels, dates and their precision, speakers.</summary>
internal static class ReportText
{
    /// <summary>A stance in words, e.g. "Formal channel only".</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The words.</returns>
    public static string Of(PolicyStance stance) => stance switch
    {
        PolicyStance.RespondingAsUsual => "Responding as usual",
        PolicyStance.Reviewing => "Reviewing",
        PolicyStance.Paused => "Paused",
        PolicyStance.Refusing => "Refusing",
        PolicyStance.FormalChannelOnly => "Formal channel only",
        PolicyStance.WithdrawnFromMarket => "Withdrawn from market",
        _ => "Unknown",
    };

    /// <summary>The CSS class of a stance, e.g. <c>stance-paused</c> (the format's name, lowercased).</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The class.</returns>
    public static string ClassOf(PolicyStance stance) => "stance-" + Names.Of(stance).ToLowerInvariant();

    /// <summary>The request kinds a scope names, in words ("any kind" when none).</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The words.</returns>
    public static string Of(RequestKinds kinds) => kinds == RequestKinds.None
        ? "any kind (not specified)"
        : string.Join(", ", Flags(kinds, [
            (RequestKinds.UserData, "user data"), (RequestKinds.Content, "content"), (RequestKinds.NonContent, "non-content data"),
            (RequestKinds.Preservation, "preservation"), (RequestKinds.EmergencyDisclosure, "emergency disclosure"),
            (RequestKinds.ContentRemoval, "content removal")]));

    /// <summary>The requesters a scope names, in words ("any requester" when none).</summary>
    /// <param name="requesters">The requesters.</param>
    /// <returns>The words.</returns>
    public static string Of(Requesters requesters) => requesters == Requesters.None
        ? "any requester (not specified)"
        : string.Join(", ", Flags(requesters, [(Requesters.Government, "government"), (Requesters.LawEnforcement, "law enforcement"), (Requesters.Courts, "courts")]));

    /// <summary>A formal channel in words, e.g. "Mutual legal assistance treaty, through United States Department of Justice (US)".</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The words.</returns>
    public static string Of(FormalChannel channel)
    {
        var kind = channel.Kind switch
        {
            FormalChannelKind.Mlat => "Mutual legal assistance treaty",
            FormalChannelKind.LettersRogatory => "Letters rogatory",
            FormalChannelKind.Diplomatic => "Diplomatic channels",
            _ => "Another formal channel",
        };
        return kind + (channel.Intermediary is { } i ? ", through " + i : string.Empty)
            + (channel.IntermediaryJurisdiction is { } j ? $" ({j})" : string.Empty);
    }

    /// <summary>Where the requests a scope covers come from.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="jurisdiction">The event's jurisdiction, named.</param>
    /// <returns>The words.</returns>
    public static string Origin(RequestScope scope, string jurisdiction) => scope.Origin == RequestOrigin.AnyJurisdiction
        ? "authorities of any jurisdiction"
        : "authorities of " + jurisdiction;

    /// <summary>The dataset's name for a jurisdiction, with its code.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="code">The code.</param>
    /// <returns>e.g. "Hong Kong (HK)".</returns>
    public static string Jurisdiction(PolicyDataset dataset, JurisdictionCode code) =>
        dataset.TryGetJurisdiction(code, out var jurisdiction) ? $"{jurisdiction.Name} ({code})" : code.Value;

    /// <summary>The dataset's name for a jurisdiction alone, or its code.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="code">The code.</param>
    /// <returns>e.g. "Hong Kong".</returns>
    public static string JurisdictionName(PolicyDataset dataset, JurisdictionCode code) =>
        dataset.TryGetJurisdiction(code, out var jurisdiction) ? jurisdiction.Name : code.Value;

    /// <summary>A speaker in words: the person and role, then the company's name.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="speaker">The speaker.</param>
    /// <returns>e.g. "Andy Stone, policy communications director, Facebook".</returns>
    public static string Of(PolicyDataset dataset, Speaker speaker)
    {
        var company = dataset.TryGetCompany(speaker.Company, out var found) ? found.Name : speaker.Company.Value;
        return string.Join(", ", new[] { speaker.Person, speaker.Role, company }.Where(s => s is not null));
    }

    /// <summary>How precise a date is, in words: "to the day", "to the month, approximate", "some time in an interval"...</summary>
    /// <param name="date">The date.</param>
    /// <returns>The words.</returns>
    public static string Precision(PartialDate date)
    {
        var words = new List<string>();
        if (date.IsInterval)
        {
            words.Add(date.FromKind switch
            {
                IntervalEnd.Open => "an interval open at its start",
                IntervalEnd.Unknown => "an interval whose start is unknown",
                _ => "some time in this interval",
            });
            if (date.ToKind != IntervalEnd.Known)
            {
                words.Add(date.ToKind == IntervalEnd.Open ? "open at its end" : "its end unknown");
            }
        }
        else
        {
            words.Add(date.Precision switch
            {
                DatePrecision.Year => "to the year",
                DatePrecision.Month => "to the month",
                DatePrecision.Day => "to the day",
                _ => "to the minute, with its UTC offset",
            });
            if (date.UnspecifiedDigits > 0)
            {
                words.Add(date.UnspecifiedDigits == 1 ? "its last digit unspecified" : $"its last {date.UnspecifiedDigits} digits unspecified");
            }
        }
        if (date.IsApproximate)
        {
            words.Add("approximate");
        }
        if (date.IsUncertain)
        {
            words.Add("uncertain");
        }
        return string.Join(", ", words);
    }

    /// <summary>The machine-readable form of a date for a <c>time</c> element, or null when HTML has none (intervals,
    /// unspecified digits).</summary>
    /// <param name="date">The date.</param>
    /// <returns>e.g. <c>2020-07</c>, <c>2020-07-06</c>, <c>2020-06-30T23:00:00+08:00</c>.</returns>
    public static string? Machine(PartialDate date)
    {
        if (date.IsInterval || date.UnspecifiedDigits > 0)
        {
            return null;
        }
        return date.Precision switch
        {
            DatePrecision.Year => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            DatePrecision.Month => date.StartDate.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            DatePrecision.Day => LocalDatePattern.Iso.Format(date.StartDate),
            _ => date.OffsetDateTime is { } odt ? OffsetDateTimePattern.GeneralIso.Format(odt) : null,
        };
    }

    /// <summary>A reporting period, e.g. "2020-01-01 to 2020-06-30".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The words.</returns>
    public static string Of(ReportingPeriod period) =>
        $"{LocalDatePattern.Iso.Format(period.Start)} to {LocalDatePattern.Iso.Format(period.End)}";

    /// <summary>A duration in whole days, or hours or minutes when shorter than a day, e.g. "43 days", "1 hour".</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The words.</returns>
    public static string Of(Duration duration)
    {
        var (count, unit) = duration >= Duration.FromDays(1) ? ((long)duration.TotalDays, "day")
            : duration >= Duration.FromHours(1) ? ((long)duration.TotalHours, "hour")
            : ((long)Math.Ceiling(duration.TotalMinutes), "minute");
        return $"{Count(count)} {unit}{(count == 1 ? string.Empty : "s")}";
    }

    /// <summary>A count in invariant culture with thousands separators, e.g. "1,234".</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Flags<T>(T value, (T Flag, string Word)[] words) where T : struct, Enum =>
        words.Where(w => value.HasFlag(w.Flag)).Select(w => w.Word);
}
