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

    /// <summary>An instant in ISO 8601 UTC, e.g. <c>2020-06-30T15:00:00Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Of(Instant instant) => InstantPattern.General.Format(instant);

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
