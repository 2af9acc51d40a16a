using SkiaSharp;

namespace PolicyEvents.Cli.Charts;

/// <summary>
/// Draws a <see cref="ChartScene"/> to PNG with SkiaSharp (native assets for Linux without system dependencies), at
/// twice the scene's size for sharp text.
/// </summary>
internal static class PngChartWriter
{
    private const float Scale = 2f;

    /// <summary>Draws the scene.</summary>
    /// <param name="scene">The scene.</param>
    /// <param name="output">Where to write the PNG.</param>
    public static void Write(ChartScene scene, Stream output)
    {
        using var surface = SKSurface.Create(new SKImageInfo((int)(scene.Width * Scale), (int)(scene.Height * Scale)))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Scale(Scale);
        canvas.Clear(SKColors.White);
        using var regular = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
        using var bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? regular;
        foreach (var shape in scene.Groups.SelectMany(g => g.Shapes))
        {
            switch (shape)
            {
                case ChartRect r:
                    using (var paint = new SKPaint { Color = SKColor.Parse(r.Fill), IsAntialias = true })
                    {
                        canvas.DrawRect((float)r.X, (float)r.Y, (float)r.Width, (float)r.Height, paint);
                    }
                    break;
                case ChartLine l:
                    using (var paint = new SKPaint { Color = SKColor.Parse(l.Stroke), StrokeWidth = (float)l.Width, IsAntialias = true, Style = SKPaintStyle.Stroke })
                    using (var dash = l.Dashed ? SKPathEffect.CreateDash([6f, 4f], 0) : null)
                    {
                        paint.PathEffect = dash;
                        canvas.DrawLine((float)l.X1, (float)l.Y1, (float)l.X2, (float)l.Y2, paint);
                    }
                    break;
                case ChartPolygon p:
                    using (var builder = new SKPathBuilder())
                    using (var paint = new SKPaint { Color = SKColor.Parse(p.Fill), IsAntialias = true, Style = SKPaintStyle.Fill })
                    {
                        builder.MoveTo((float)p.Points[0].X, (float)p.Points[0].Y);
                        foreach (var (x, y) in p.Points.Skip(1))
                        {
                            builder.LineTo((float)x, (float)y);
                        }
                        builder.Close();
                        using var path = builder.Detach();
                        canvas.DrawPath(path, paint);
                    }
                    break;
                case ChartText t:
                    using (var font = new SKFont(t.Bold ? bold : regular, (float)t.Size))
                    using (var paint = new SKPaint { Color = SKColor.Parse(t.Fill), IsAntialias = true })
                    {
                        var align = t.Anchor switch
                        {
                            ChartAnchor.Middle => SKTextAlign.Center,
                            ChartAnchor.End => SKTextAlign.Right,
                            _ => SKTextAlign.Left,
                        };
                        canvas.DrawText(t.Text, (float)t.X, (float)t.Y, align, font, paint);
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(scene), shape, "Unknown shape.");
            }
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(output);
    }
}
