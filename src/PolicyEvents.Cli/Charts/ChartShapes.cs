using System.Collections.Immutable;

namespace PolicyEvents.Cli.Charts;

/// <summary>A shape of a laid-out chart, in pixels from the top left.</summary>
internal abstract record ChartShape;

/// <summary>A filled rectangle.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Fill">Colour, <c>#rrggbb</c>.</param>
/// <param name="Title">A tooltip, or null.</param>
internal sealed record ChartRect(double X, double Y, double Width, double Height, string Fill, string? Title = null) : ChartShape;

/// <summary>A straight line.</summary>
/// <param name="X1">Start x.</param>
/// <param name="Y1">Start y.</param>
/// <param name="X2">End x.</param>
/// <param name="Y2">End y.</param>
/// <param name="Stroke">Colour, <c>#rrggbb</c>.</param>
/// <param name="Width">Stroke width.</param>
/// <param name="Dashed">True for a dashed line.</param>
internal sealed record ChartLine(double X1, double Y1, double X2, double Y2, string Stroke, double Width, bool Dashed = false) : ChartShape;

/// <summary>A filled polygon (the arrowhead that ends a period still running).</summary>
/// <param name="Points">The corners, in order, as x and y pairs.</param>
/// <param name="Fill">Colour, <c>#rrggbb</c>.</param>
internal sealed record ChartPolygon(ImmutableArray<(double X, double Y)> Points, string Fill) : ChartShape;

/// <summary>Where a text sits relative to its point.</summary>
internal enum ChartAnchor
{
    /// <summary>The point is at the text's left.</summary>
    Start,

    /// <summary>The point is at the text's middle.</summary>
    Middle,

    /// <summary>The point is at the text's right.</summary>
    End,
}

/// <summary>A line of text, its baseline at <see cref="Y"/>.</summary>
/// <param name="X">Anchor x.</param>
/// <param name="Y">Baseline y.</param>
/// <param name="Text">The text.</param>
/// <param name="Size">Font size in pixels.</param>
/// <param name="Fill">Colour, <c>#rrggbb</c>.</param>
/// <param name="Anchor">Horizontal anchoring.</param>
/// <param name="Bold">True for bold.</param>
internal sealed record ChartText(double X, double Y, string Text, double Size, string Fill, ChartAnchor Anchor = ChartAnchor.Start, bool Bold = false) : ChartShape;

/// <summary>Shapes that belong together (a lane, the axis, the legend), drawn in order.</summary>
/// <param name="Role">What the group is: <c>background</c>, <c>title</c>, <c>axis</c>, <c>lane</c>, <c>trigger</c>, <c>legend</c>.</param>
/// <param name="Key">For a lane, its key; otherwise null.</param>
/// <param name="Shapes">The shapes.</param>
internal sealed record ChartGroup(string Role, string? Key, ImmutableArray<ChartShape> Shapes);

/// <summary>A laid-out chart, rendered alike to SVG and PNG.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Title">The title (SVG <c>title</c>).</param>
/// <param name="Groups">The groups, back to front.</param>
internal sealed record ChartScene(int Width, int Height, string Title, ImmutableArray<ChartGroup> Groups);
