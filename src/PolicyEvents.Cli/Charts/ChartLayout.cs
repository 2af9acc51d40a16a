using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Cli.Output;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Charts;

/// <summary>
/// Lays out a <see cref="ChartModel"/>: one lane per company (per scope where scoped policies coexist; the label column
/// grows with the labels up to 300 pixels), bars coloured by
/// stance, date ticks, the trigger as a dashed line, a legend. A date that is uncertain, approximate or imprecise is drawn
/// hatched over the span it may fall in; a period still running ends in an arrow at the right edge.
/// </summary>
internal static class ChartLayout
{
    private const int Width = 960;
    private const double MinLeft = 170;
    private const double MaxLeft = 300;
    private const double LabelCharWidth = 7.2;
    private const double ArrowLength = 12;
    private const double HatchStep = 6;
    private const double MinHatchWidth = 6;
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
        // The labels' column grows with the longest label (a sub-lane's scope), the plot shrinks to fit.
        var left = Math.Clamp(Math.Ceiling(model.Lanes.Select(l => l.Label.Length).DefaultIfEmpty(0).Max() * LabelCharWidth) + 20, MinLeft, MaxLeft);
        var labelChars = (int)((left - 20) / LabelCharWidth);
        var plotWidth = Width - left - Right;
        var plotRight = Width - Right;
        var lanesBottom = Top + Math.Max(1, model.Lanes.Length) * (LaneHeight + LaneGap);
        var height = (int)Math.Ceiling(lanesBottom + AxisHeight + LegendHeight);
        double X(Instant t) => left + plotWidth * ((t - from).TotalSeconds / (to - from).TotalSeconds);

        var groups = ImmutableArray.CreateBuilder<ChartGroup>();
        groups.Add(new ChartGroup("background", null, [new ChartRect(0, 0, Width, height, "#ffffff")]));
        groups.Add(new ChartGroup("title", null, [new ChartText(left, 32, model.Title, 18, Ink, Bold: true)]));

        var axis = ImmutableArray.CreateBuilder<ChartShape>();
        foreach (var tick in Ticks(from, to, model.Zone))
        {
            var x = X(tick.Instant);
            axis.Add(new ChartLine(x, Top - 6, x, lanesBottom, Grid, 1));
            axis.Add(new ChartText(x, lanesBottom + 18, tick.Label, 11, Ink, ChartAnchor.Middle));
        }
        axis.Add(new ChartLine(left, lanesBottom, Width - Right, lanesBottom, Ink, 1));
        groups.Add(new ChartGroup("axis", null, axis.ToImmutable()));

        for (var i = 0; i < model.Lanes.Length; i++)
        {
            var lane = model.Lanes[i];
            var y = Top + i * (LaneHeight + LaneGap);
            var shapes = ImmutableArray.CreateBuilder<ChartShape>();
            // A label too long for the column (a sub-lane's scope) is cut with an ellipsis; its bars' tooltips give the scope in full.
            var label = lane.Label.Length <= labelChars ? lane.Label : lane.Label[..(labelChars - 1)].TrimEnd() + "…";
            shapes.Add(new ChartText(left - 10, y + LaneHeight / 2 + 5, label, 13, Ink, ChartAnchor.End));
            foreach (var bar in lane.Bars)
            {
                var x1 = Math.Max(left, X(bar.Start));
                var x2 = bar.End is { } end ? Math.Min(plotRight, X(end)) : plotRight - ArrowLength;
                var color = ColorOf(bar.Stance);
                shapes.Add(new ChartRect(x1, y, Math.Max(1, x2 - x1), LaneHeight, color, bar.Label));
                if (bar.Uncertain is { } window)
                {
                    var h1 = window.HasStart ? Math.Max(x1, X(window.Start)) : x1;
                    var h2 = Math.Min(x2, Math.Max(window.HasEnd ? X(window.End) : x2, h1 + MinHatchWidth));
                    Hatch(shapes, h1, h2, y, color);
                }
                if (bar.End is null)
                {
                    shapes.Add(new ChartPolygon([(x2, y), (x2 + ArrowLength, y + LaneHeight / 2), (x2, y + LaneHeight)], color));
                }
            }
            groups.Add(new ChartGroup("lane", lane.Key, shapes.ToImmutable()));
        }

        if (model.Trigger is { } trigger)
        {
            var x = X(trigger);
            groups.Add(new ChartGroup("trigger", null,
            [
                new ChartLine(x, Top - 14, x, lanesBottom, TriggerColor, 2, Dashed: true),
                x > left + plotWidth / 2
                    ? new ChartText(x - 4, Top - 16, model.TriggerLabel ?? "trigger", 11, TriggerColor, ChartAnchor.End)
                    : new ChartText(x + 4, Top - 16, model.TriggerLabel ?? "trigger", 11, TriggerColor),
            ]));
        }

        var legend = ImmutableArray.CreateBuilder<ChartShape>();
        var legendX = left;
        var legendY = lanesBottom + AxisHeight + 10;
        foreach (var stance in model.Lanes.SelectMany(l => l.Bars).Select(b => b.Stance).Distinct().Order())
        {
            var name = Names.Of(stance);
            legend.Add(new ChartRect(legendX, legendY, 14, 14, ColorOf(stance)));
            legend.Add(new ChartText(legendX + 20, legendY + 12, name, 12, Ink));
            legendX += 34 + name.Length * 7.5;
        }
        var bars = model.Lanes.SelectMany(l => l.Bars).ToList();
        if (bars.Exists(b => b.Uncertain is not null))
        {
            var swatch = new List<ChartShape> { new ChartRect(legendX, legendY, 14, 14, "#888888") };
            Hatch(swatch, legendX, legendX + 14, legendY, "#888888", 14);
            legend.AddRange(swatch);
            legend.Add(new ChartText(legendX + 20, legendY + 12, "date uncertain", 12, Ink));
            legendX += 34 + "date uncertain".Length * 7.5;
        }
        if (bars.Exists(b => b.End is null))
        {
            legend.Add(new ChartPolygon([(legendX, legendY), (legendX + 14, legendY + 7), (legendX, legendY + 14)], "#888888"));
            legend.Add(new ChartText(legendX + 20, legendY + 12, "still in force", 12, Ink));
        }
        groups.Add(new ChartGroup("legend", null, legend.ToImmutable()));
        return new ChartScene(Width, height, model.Title, groups.ToImmutable());
    }

    /// <summary>Hatches <c>[x1, x2]</c> of a bar: a paler fill crossed by diagonal lines in the stance's colour, so that the
    /// span in which an imprecise date may fall reads as "somewhere here" in SVG and PNG alike.</summary>
    private static void Hatch(ICollection<ChartShape> shapes, double x1, double x2, double y, string color, double height = LaneHeight)
    {
        if (x2 <= x1)
        {
            return;
        }
        shapes.Add(new ChartRect(x1, y, x2 - x1, height, Pale(color)));
        // Lines rising at 45 degrees, x = k + t * height, clipped to [x1, x2].
        for (var k = x1 - height; k < x2; k += HatchStep)
        {
            var t1 = Math.Max(0, (x1 - k) / height);
            var t2 = Math.Min(1, (x2 - k) / height);
            if (t2 > t1)
            {
                shapes.Add(new ChartLine(k + t1 * height, y + height - t1 * height, k + t2 * height, y + height - t2 * height, color, 1.5));
            }
        }
    }

    /// <summary>A colour mixed half with white.</summary>
    private static string Pale(string color)
    {
        var rgb = Convert.ToInt32(color[1..], 16);
        int Mix(int shift) => (((rgb >> shift) & 0xff) + 255) / 2;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{Mix(16):x2}{Mix(8):x2}{Mix(0):x2}");
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
