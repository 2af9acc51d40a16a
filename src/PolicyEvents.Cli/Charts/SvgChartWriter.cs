using System.Globalization;
using System.Text;
using System.Xml;

namespace PolicyEvents.Cli.Charts;

/// <summary>
/// Writes a <see cref="ChartScene"/> as SVG with <see cref="XmlWriter"/>: one <c>&lt;g class="lane"&gt;</c> per lane
/// (with <c>data-key</c>), a <c>&lt;title&gt;</c> tooltip per bar, numbers in invariant culture; the same scene always
/// gives the same bytes, and no font or native library is needed.
/// </summary>
internal static class SvgChartWriter
{
    /// <summary>The SVG namespace.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>Writes the scene.</summary>
    /// <param name="scene">The scene.</param>
    /// <param name="output">Where to write (UTF-8, no byte order mark).</param>
    public static void Write(ChartScene scene, Stream output)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("svg", Namespace);
        xml.WriteAttributeString("width", N(scene.Width));
        xml.WriteAttributeString("height", N(scene.Height));
        xml.WriteAttributeString("viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}");
        xml.WriteAttributeString("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif");
        xml.WriteElementString("title", Namespace, scene.Title);
        foreach (var group in scene.Groups)
        {
            xml.WriteStartElement("g", Namespace);
            xml.WriteAttributeString("class", group.Role);
            if (group.Key is not null)
            {
                xml.WriteAttributeString("data-key", group.Key);
            }
            foreach (var shape in group.Shapes)
            {
                WriteShape(xml, shape);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteShape(XmlWriter xml, ChartShape shape)
    {
        switch (shape)
        {
            case ChartRect r:
                xml.WriteStartElement("rect", Namespace);
                xml.WriteAttributeString("x", N(r.X));
                xml.WriteAttributeString("y", N(r.Y));
                xml.WriteAttributeString("width", N(r.Width));
                xml.WriteAttributeString("height", N(r.Height));
                xml.WriteAttributeString("fill", r.Fill);
                if (r.Title is not null)
                {
                    xml.WriteElementString("title", Namespace, r.Title);
                }
                xml.WriteEndElement();
                break;
            case ChartLine l:
                xml.WriteStartElement("line", Namespace);
                xml.WriteAttributeString("x1", N(l.X1));
                xml.WriteAttributeString("y1", N(l.Y1));
                xml.WriteAttributeString("x2", N(l.X2));
                xml.WriteAttributeString("y2", N(l.Y2));
                xml.WriteAttributeString("stroke", l.Stroke);
                xml.WriteAttributeString("stroke-width", N(l.Width));
                if (l.Dashed)
                {
                    xml.WriteAttributeString("stroke-dasharray", "6 4");
                }
                xml.WriteEndElement();
                break;
            case ChartPolygon p:
                xml.WriteStartElement("polygon", Namespace);
                xml.WriteAttributeString("points", string.Join(' ', p.Points.Select(pt => $"{N(pt.X)},{N(pt.Y)}")));
                xml.WriteAttributeString("fill", p.Fill);
                xml.WriteEndElement();
                break;
            case ChartText t:
                xml.WriteStartElement("text", Namespace);
                xml.WriteAttributeString("x", N(t.X));
                xml.WriteAttributeString("y", N(t.Y));
                xml.WriteAttributeString("font-size", N(t.Size));
                xml.WriteAttributeString("fill", t.Fill);
                if (t.Anchor != ChartAnchor.Start)
                {
                    xml.WriteAttributeString("text-anchor", t.Anchor == ChartAnchor.Middle ? "middle" : "end");
                }
                if (t.Bold)
                {
                    xml.WriteAttributeString("font-weight", "bold");
                }
                xml.WriteString(t.Text);
                xml.WriteEndElement();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape.");
        }
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
