using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Output;

/// <summary>How the tool spells enums, stances and instants: as the dataset format does.</summary>
internal static class Names
{
    /// <summary>The format's camelCase name of a stance, e.g. <c>respondingAsUsual</c>.</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The name.</returns>
    public static string Of(PolicyStance stance) => JsonNamingPolicy.CamelCase.ConvertName(stance.ToString());

    /// <summary>The camelCase name of a policy status, e.g. <c>noRecordedPolicy</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string Of(PolicyEvents.Queries.PolicyStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    /// <summary>
    /// A scope as the tool writes it: the kinds of request (as the format names them, joined by <c>+</c>), then
    /// <c>by</c> the requesters, <c>about</c> the data subjects' jurisdictions, <c>on</c> the products, and <c>from any
    /// jurisdiction</c> when the origin says so, e.g. <c>content by lawEnforcement</c> or <c>userData about HK from any
    /// jurisdiction</c>; <c>any</c> for a scope that says nothing.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The text.</returns>
    public static string Of(RequestScope scope)
    {
        var parts = new List<string>();
        if (scope.Kinds != RequestKinds.None)
        {
            parts.Add(Flags(scope.Kinds));
        }
        if (scope.Requesters != Requesters.None)
        {
            parts.Add("by " + Flags(scope.Requesters));
        }
        if (!scope.SubjectJurisdictions.IsEmpty)
        {
            parts.Add("about " + string.Join('+', scope.SubjectJurisdictions.Select(j => j.Value)));
        }
        if (!scope.Products.IsEmpty)
        {
            parts.Add("on " + string.Join('+', scope.Products));
        }
        if (scope.Origin == RequestOrigin.AnyJurisdiction)
        {
            parts.Add("from any jurisdiction");
        }
        return parts.Count == 0 ? "any" : string.Join(' ', parts);
    }

    /// <summary>A formal channel as the tool writes it, e.g. <c>mlat via United States Department of Justice (US)</c>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The text.</returns>
    public static string Of(FormalChannel channel) =>
        JsonNamingPolicy.CamelCase.ConvertName(channel.Kind.ToString()) + (channel.Intermediary is { } via ? $" via {via}" : "")
        + (channel.IntermediaryJurisdiction is { } j ? $" ({j.Value})" : "");

    private static string Flags<T>(T flags)
        where T : struct, Enum
    {
        var value = Convert.ToInt32(flags, System.Globalization.CultureInfo.InvariantCulture);
        var names = Enum.GetValues<T>().Select(f => (Flag: f, Bits: Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(f => f.Bits != 0 && (f.Bits & (f.Bits - 1)) == 0 && (value & f.Bits) == f.Bits)
            .Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.Flag.ToString()));
        return string.Join('+', names);
    }

    /// <summary>An instant in ISO 8601 UTC, e.g. <c>2020-06-30T15:00:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Of(Instant instant) => InstantPattern.General.Format(instant);

    /// <summary>Where a period starts, in ISO 8601 UTC; null (an empty cell) for a period whose dates give no start, such as
    /// an open start (<c>../2020-06-30</c>), which the queries read as the beginning of time.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The text, or null.</returns>
    public static string? OfStart(Instant start) => start == Instant.MinValue ? null : Of(start);

    /// <summary>The ANSI colour of a stance in tables.</summary>
    /// <param name="cell">A cell holding a stance name.</param>
    /// <returns>The colour, or null.</returns>
    public static string? StanceColor(object? cell) => cell switch
    {
        "respondingAsUsual" => Ansi.Green,
        "reviewing" => Ansi.Cyan,
        "paused" => Ansi.Yellow,
        "refusing" => Ansi.Red,
        "formalChannelOnly" => Ansi.Blue,
        "withdrawnFromMarket" => Ansi.Magenta,
        "unknown" => Ansi.Dim,
        _ => null,
    };
}
