using System.Text;
using System.Xml;
using System.Xml.Linq;
using PolicyEvents.Cli.Charts;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// A chart drawn by the tool's <see cref="SvgChartWriter"/> (the same SVG that <c>policyevents chart</c> writes), made
/// ready to sit inside an HTML page: no XML declaration, <c>role="img"</c> named by its title and described by a text
/// alternative, and every <c>id</c> it defines prefixed (with the references to it) so that several charts can share a
/// page. The markup is an XML writer's output, so the data's text in it is escaped.
/// </summary>
internal sealed class InlineSvg
{
    private static readonly XNamespace Svg = SvgChartWriter.Namespace;

    private InlineSvg(string markup) => Markup = markup;

    /// <summary>The SVG element's markup.</summary>
    public string Markup { get; }

    /// <summary>Draws a scene for a page.</summary>
    /// <param name="scene">The laid-out chart.</param>
    /// <param name="idPrefix">A prefix unique on the page (a slug).</param>
    /// <param name="description">The text alternative (what the chart shows, and where the same data is as text).</param>
    /// <returns>The inline SVG.</returns>
    public static InlineSvg From(ChartScene scene, string idPrefix, string description)
    {
        using var buffer = new MemoryStream();
        SvgChartWriter.Write(scene, buffer);
        buffer.Position = 0;
        var root = XDocument.Load(buffer).Root ?? throw new InvalidOperationException("The chart writer wrote no SVG element.");
        PrefixIds(root, idPrefix);
        var titleId = idPrefix + "-title";
        var descriptionId = idPrefix + "-desc";
        var title = root.Element(Svg + "title");
        if (title is null)
        {
            title = new XElement(Svg + "title", scene.Title);
            root.AddFirst(title);
        }
        title.SetAttributeValue("id", titleId);
        title.AddAfterSelf(new XElement(Svg + "desc", new XAttribute("id", descriptionId), description));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", titleId + " " + descriptionId);
        root.SetAttributeValue("class", "chart");

        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            ConformanceLevel = ConformanceLevel.Fragment,
        };
        using (var xml = XmlWriter.Create(text, settings))
        {
            root.WriteTo(xml);
        }
        return new InlineSvg(text.ToString());
    }

    /// <summary>Renames every <c>id</c> to <c>prefix-id</c>, and the <c>url(#id)</c> and <c>#id</c> references to it.</summary>
    private static void PrefixIds(XElement root, string prefix)
    {
        var ids = root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var renamed = ids.Select(a => a.Value).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => prefix + "-" + id, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            id.Value = renamed[id.Value];
        }
        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Where(a => !a.IsNamespaceDeclaration && a.Name != "id"))
        {
            var value = attribute.Value;
            foreach (var (from, to) in renamed)
            {
                value = value.Replace("url(#" + from + ")", "url(#" + to + ")", StringComparison.Ordinal);
                if (value == "#" + from)
                {
                    value = "#" + to;
                }
            }
            attribute.Value = value;
        }
    }
}
