using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Cli.Output;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Charts;

/// <summary>Lays out a <see cref="ChartModel"/>: one lane per company, bars coloured by stance, date ticks, the trigger as a dashed line, a legend.</summary>
internal static class ChartLayout
{
    private const int Width = 960;
    private const double Left = 170;
    private const double Right = 30;
    private const double Top = 64;
    private const double LaneHeight = 30;
    private const double LaneGap = 10;
    private const double AxisHeight = 34;
    private const double LegendHeight = 40;
    private const string Ink = "#222222";
    private const string Grid = "#dddddd";
    private const string TriggerColor = "#b00020";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>The fill of each stance (colour-blind-friendly Tableau hues).</summary>
    /// <param name="stance">The stance.</param>
    /// <returns>The colour.</returns>
    public static string ColorOf(PolicyStance stance) => stance switch
    {
        PolicyStance.RespondingAsUsual => "#59a14f",
        PolicyStance.Reviewing => "#76b7b2",
        PolicyStance.Paused => "#f28e2b",
        PolicyStance.Refusing => "#e15759",
        PolicyStance.FormalChannelOnly => "#4e79a7",
        PolicyStance.WithdrawnFromMarket => "#b07aa1",
        _ => "#bab0ac",
    };

    /// <summary>Lays out the chart.</summary>
    /// <param name="model">What to show.</param>
    /// <returns>The scene.</returns>
    public static ChartScene Layout(ChartModel model)
    {
        var (from, to) = Range(model);
        var plotWidth = Width - Left - Right;
        var lanesBottom = Top + Math.Max(1, model.Lanes.Length) * (LaneHeight + LaneGap);
        var height = (int)Math.Ceiling(lanesBottom + AxisHeight + LegendHeight);
        double X(Instant t) => Left + plotWidth * ((t - from).TotalSeconds / (to - from).TotalSeconds);

        var groups = ImmutableArray.CreateBuilder<ChartGroup>();
        groups.Add(new ChartGroup("background", null, [new ChartRect(0, 0, Width, height, "#ffffff")]));
        groups.Add(new ChartGroup("title", null, [new ChartText(Left, 32, model.Title, 18, Ink, Bold: true)]));

        var axis = ImmutableArray.CreateBuilder<ChartShape>();
        foreach (var tick in Ticks(from, to, model.Zone))
        {
            var x = X(tick.Instant);
            axis.Add(new ChartLine(x, Top - 6, x, lanesBottom, Grid, 1));
            axis.Add(new ChartText(x, lanesBottom + 18, tick.Label, 11, Ink, ChartAnchor.Middle));
        }
        axis.Add(new ChartLine(Left, lanesBottom, Width - Right, lanesBottom, Ink, 1));
        groups.Add(new ChartGroup("axis", null, axis.ToImmutable()));

        for (var i = 0; i < model.Lanes.Length; i++)
        {
            var lane = model.Lanes[i];
            var y = Top + i * (LaneHeight + LaneGap);
            var shapes = ImmutableArray.CreateBuilder<ChartShape>();
            shapes.Add(new ChartText(Left - 10, y + LaneHeight / 2 + 5, lane.Label, 13, Ink, ChartAnchor.End));
            foreach (var bar in lane.Bars)
            {
                var x1 = Math.Max(Left, X(bar.Start));
                var x2 = Math.Min(Width - Right, X(bar.End ?? to));
                shapes.Add(new ChartRect(x1, y, Math.Max(1, x2 - x1), LaneHeight, ColorOf(bar.Stance), bar.Label));
            }
            groups.Add(new ChartGroup("lane", lane.Key, shapes.ToImmutable()));
        }

        if (model.Trigger is { } trigger)
        {
            var x = X(trigger);
            groups.Add(new ChartGroup("trigger", null,
            [
                new ChartLine(x, Top - 14, x, lanesBottom, TriggerColor, 2, Dashed: true),
                x > Left + plotWidth / 2
                    ? new ChartText(x - 4, Top - 16, model.TriggerLabel ?? "trigger", 11, TriggerColor, ChartAnchor.End)
                    : new ChartText(x + 4, Top - 16, model.TriggerLabel ?? "trigger", 11, TriggerColor),
            ]));
        }

        var legend = ImmutableArray.CreateBuilder<ChartShape>();
        var legendX = Left;
        var legendY = lanesBottom + AxisHeight + 10;
        foreach (var stance in model.Lanes.SelectMany(l => l.Bars).Select(b => b.Stance).Distinct().Order())
        {
            var name = Names.Of(stance);
            legend.Add(new ChartRect(legendX, legendY, 14, 14, ColorOf(stance)));
            legend.Add(new ChartText(legendX + 20, legendY + 12, name, 12, Ink));
            legendX += 34 + name.Length * 7.5;
        }
        groups.Add(new ChartGroup("legend", null, legend.ToImmutable()));
        return new ChartScene(Width, height, model.Title, groups.ToImmutable());
    }

    private static (Instant From, Instant To) Range(ChartModel model)
    {
        // The beginning and end of time (a date whose start is open, read earliest) bound nothing: their bars run off the edge.
        var instants = model.Lanes.SelectMany(l => l.Bars).SelectMany(b => b.End is { } end ? new[] { b.Start, end } : [b.Start])
            .Where(i => i != Instant.MinValue && i != Instant.MaxValue).ToList();
        if (model.Trigger is { } trigger)
        {
            instants.Add(trigger);
        }
        if (instants.Count == 0)
        {
            return (Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2001, 1, 1, 0, 0));
        }
        var min = instants.Min();
        var max = instants.Max();
        var pad = Duration.Max(Duration.FromDays(2), (max - min) / 8);
        return (min - pad, max + pad * 2);
    }

    private static IEnumerable<(Instant Instant, string Label)> Ticks(Instant from, Instant to, DateTimeZone zone)
    {
        var days = (to - from).TotalDays;
        var step = days switch
        {
            <= 16 => Period.FromDays(1),
            <= 120 => Period.FromDays(7),
            <= 400 => Period.FromMonths(1),
            <= 4000 => Period.FromYears(1),
            _ => Period.FromYears(10),
        };
        var date = from.InZone(zone).Date;
        if (step.Months > 0 || step.Years > 0)
        {
            date = new LocalDate(date.Year, step.Years > 0 ? 1 : date.Month, 1);
        }
        for (var guard = 0; guard < 200; guard++, date = date.Plus(step))
        {
            var instant = zone.AtStartOfDay(date).ToInstant();
            if (instant > to)
            {
                yield break;
            }
            if (instant >= from)
            {
                yield return (instant, DatePattern.Format(date));
            }
        }
    }
}
