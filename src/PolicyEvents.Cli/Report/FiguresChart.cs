using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PolicyEvents.Cli.Charts;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// Lays out a company's published figures for one jurisdiction as a <see cref="ChartScene"/> (the shapes the tool's SVG
/// writer draws): the number of requests of each reporting period as bars, one per category, over the policy periods in
/// force, shaded in their stance's colour (as in the timeline chart) behind them. A published range (<c>0-499</c>) is drawn
/// solid to its minimum and light to its maximum; a number not published draws no bar (the table says so).
/// </summary>
internal static class FiguresChart
{
    private const int Width = 960;
    private const double Left = 90;
    private const double Right = 30;
    private const double Top = 64;
    private const double PlotHeight = 220;
    private const double AxisHeight = 36;
    private const double LegendRow = 22;
    private const string Ink = "#222222";
    private const string Grid = "#cccccc";

    /// <summary>The colours of the categories' bars: dark, so that they stand out from the light stance shading.</summary>
    private static readonly string[] CategoryColors = ["#1f3a5f", "#5a3d7a", "#7a3b00", "#2d5d2d", "#4d4d4d"];

    /// <summary>Lays out the chart.</summary>
    /// <param name="title">The title.</param>
    /// <param name="rows">The reporting periods, in order (at least one).</param>
    /// <param name="timeline">The company's policy periods toward the jurisdiction.</param>
    /// <returns>The scene.</returns>
    public static ChartScene Layout(string title, IReadOnlyList<FiguresBesidePolicy> rows, IReadOnlyList<PolicyPeriod> timeline)
    {
        var first = rows.Min(r => r.Interval.Start);
        var last = rows.Max(r => r.Interval.End);
        var pad = (last - first) / 40;
        var (from, to) = (first - pad, last + pad);
        var plotWidth = Width - Left - Right;
        double X(Instant t) => Left + plotWidth * ((t - from).TotalSeconds / (to - from).TotalSeconds);
        var bottom = Top + PlotHeight;
        var categories = rows.SelectMany(r => r.Figures).Select(f => f.Category.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stances = timeline.Where(p => p.Start < to && (p.End ?? Instant.MaxValue) > from).Select(p => p.Policy.Stance).Distinct().Order().ToList();
        var legendItems = stances.Count + categories.Count;
        var height = (int)Math.Ceiling(bottom + AxisHeight + 12 + LegendRow * Math.Ceiling(legendItems / 3.0));

        var groups = ImmutableArray.CreateBuilder<ChartGroup>();
        groups.Add(new ChartGroup("background", null, [new ChartRect(0, 0, Width, height, "#ffffff")]));
        groups.Add(new ChartGroup("title", null, [new ChartText(Left, 32, title, 18, Ink, Bold: true)]));

        var shading = ImmutableArray.CreateBuilder<ChartShape>();
        foreach (var period in timeline)
        {
            var start = period.Start < from ? from : period.Start;
            var end = period.End is { } e && e < to ? e : to;
            if (start >= end)
            {
                continue;
            }
            shading.Add(new ChartRect(X(start), Top, X(end) - X(start), PlotHeight, Tint(ChartLayout.ColorOf(period.Policy.Stance)),
                $"{ReportText.Of(period.Policy.Stance)} ({period.Event.Id})"));
        }
        groups.Add(new ChartGroup("policy", null, shading.ToImmutable()));

        var maximum = rows.SelectMany(r => r.Figures).Select(f => f.Figures.Requests.Maximum ?? 0).DefaultIfEmpty(0).Max();
        var step = NiceStep(Math.Max(1, maximum) / 4.0);
        var top = Math.Max(step, Math.Ceiling(Math.Max(1, maximum) / step) * step);
        double Y(double value) => bottom - PlotHeight * (value / top);
        var axis = ImmutableArray.CreateBuilder<ChartShape>();
        for (var value = 0.0; value <= top + step / 2; value += step)
        {
            axis.Add(new ChartLine(Left, Y(value), Width - Right, Y(value), Grid, 1));
            axis.Add(new ChartText(Left - 8, Y(value) + 4, ReportText.Count((long)value), 11, Ink, ChartAnchor.End));
        }
        axis.Add(new ChartText(12, Top - 12, "Requests", 12, Ink));
        var lastLabel = double.NegativeInfinity;
        foreach (var row in rows)
        {
            var center = (X(row.Interval.Start) + X(row.Interval.End)) / 2;
            if (center - lastLabel >= 90)
            {
                axis.Add(new ChartText(center, bottom + 18, Label(row), 11, Ink, ChartAnchor.Middle));
                lastLabel = center;
            }
        }
        axis.Add(new ChartLine(Left, bottom, Width - Right, bottom, Ink, 1));
        groups.Add(new ChartGroup("axis", null, axis.ToImmutable()));

        var bars = ImmutableArray.CreateBuilder<ChartShape>();
        foreach (var row in rows)
        {
            var x1 = X(row.Interval.Start);
            var groupWidth = (X(row.Interval.End) - x1) * 0.6;
            var barWidth = groupWidth / categories.Count;
            var left = x1 + (X(row.Interval.End) - x1 - groupWidth) / 2;
            foreach (var figures in row.Figures)
            {
                var index = categories.IndexOf(figures.Category.Label);
                var color = CategoryColors[index % CategoryColors.Length];
                var requests = figures.Figures.Requests;
                var x = left + index * barWidth;
                var label = $"{figures.Category.Label}, {ReportText.Of(row.Period)}: {(requests.IsUnknown ? "not published" : requests.Text)}";
                if (requests is { Minimum: { } min, Maximum: { } max })
                {
                    if (max > min)
                    {
                        bars.Add(new ChartRect(x, Y(max), barWidth, Y(min) - Y(max), Tint(color), label));
                    }
                    bars.Add(new ChartRect(x, Y(min), barWidth, Math.Max(1, bottom - Y(min)), color, label));
                    bars.Add(new ChartText(x + barWidth / 2, Y(max) - 4, requests.Text, 11, Ink, ChartAnchor.Middle));
                }
            }
        }
        groups.Add(new ChartGroup("figures", null, bars.ToImmutable()));

        var legend = ImmutableArray.CreateBuilder<ChartShape>();
        var items = stances.Select(s => (Color: Tint(ChartLayout.ColorOf(s)), Text: "policy: " + ReportText.Of(s)))
            .Concat(categories.Select((c, i) => (Color: CategoryColors[i % CategoryColors.Length], Text: c))).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var x = Left + (i % 3) * (plotWidth / 3);
            var y = bottom + AxisHeight + 8 + (i / 3) * LegendRow;
            legend.Add(new ChartRect(x, y, 14, 14, items[i].Color));
            legend.Add(new ChartText(x + 20, y + 12, items[i].Text, 12, Ink));
        }
        groups.Add(new ChartGroup("legend", null, legend.ToImmutable()));
        return new ChartScene(Width, height, title, groups.ToImmutable());
    }

    /// <summary>A light tint of a colour (35 % of it over white), for shading behind the bars.</summary>
    /// <param name="color">The colour, <c>#rrggbb</c>.</param>
    /// <returns>The tint.</returns>
    public static string Tint(string color)
    {
        var value = int.Parse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int Mix(int channel) => (int)Math.Round(channel * 0.35 + 255 * 0.65);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(value >> 16 & 0xff):x2}{Mix(value >> 8 & 0xff):x2}{Mix(value & 0xff):x2}");
    }

    private static string Label(FiguresBesidePolicy row) =>
        row.Period.Start.Year == row.Period.End.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{row.Period.Start.Year} {row.Period.Start.Month:00}–{row.Period.End.Month:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{row.Period.Start.Year}-{row.Period.Start.Month:00} – {row.Period.End.Year}-{row.Period.End.Month:00}");

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.Max(1, nice * magnitude);
    }
}
