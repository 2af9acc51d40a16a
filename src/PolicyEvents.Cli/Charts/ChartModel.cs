using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Charts;

/// <summary>One bar of a lane: a stance over the half-open span <c>[Start, End)</c>, open-ended when <see cref="End"/> is null.</summary>
/// <param name="Start">When the stance took effect.</param>
/// <param name="End">When the next one did, or null while it still applies (drawn ending in an arrow).</param>
/// <param name="Stance">The stance.</param>
/// <param name="Label">A tooltip (the event id and dates).</param>
/// <param name="Uncertain">When the date the stance took effect is uncertain, approximate or known only to the month or year
/// (or is an interval), the span it may fall in (drawn hatched); null for an exact date.</param>
internal sealed record ChartBar(Instant Start, Instant? End, PolicyStance Stance, string Label, Interval? Uncertain = null);

/// <summary>One lane of the chart: a company (toward one jurisdiction, for one scope when several coexist) and its bars.</summary>
/// <param name="Key">The stable key (company id, or <c>company/JURISDICTION</c>, followed by <c>#scope</c> for a sub-lane).</param>
/// <param name="Label">The label shown at the left.</param>
/// <param name="Bars">The bars, in time order.</param>
internal sealed record ChartLane(string Key, string Label, ImmutableArray<ChartBar> Bars);

/// <summary>What a timeline chart shows: lanes of stances over time, and the trigger marked.</summary>
/// <param name="Title">The title.</param>
/// <param name="Lanes">The lanes, top to bottom.</param>
/// <param name="Zone">The zone in which axis dates are read.</param>
/// <param name="Trigger">When the trigger took effect, if any.</param>
/// <param name="TriggerLabel">The trigger's title, if any.</param>
internal sealed record ChartModel(string Title, ImmutableArray<ChartLane> Lanes, DateTimeZone Zone, Instant? Trigger, string? TriggerLabel);
