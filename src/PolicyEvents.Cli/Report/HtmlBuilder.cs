using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PolicyEvents.Cli.Report;

/// <summary>
/// Writes an HTML document element by element. Every text and attribute value goes through
/// <see cref="HtmlEncoder"/> (so <c>&lt;script&gt;</c> in a statement stays text); tag and attribute names are the code's own
/// constants and are checked; the only markup taken as is is an inline SVG that <see cref="InlineSvg"/> serialized with an
/// XML writer. Elements must be closed in order; <see cref="ToString"/> refuses an unclosed document.
/// </summary>
internal sealed class HtmlBuilder
{
    /// <summary>Every Unicode range passes as is (readable source); markup characters, quotes and controls are encoded.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Elements after whose tags a line break keeps the source readable.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "header", "main", "footer", "nav", "section", "article", "ul", "ol", "li", "table", "thead",
        "tbody", "tr", "dl", "dd", "dt", "figure", "figcaption", "div", "p", "h1", "h2", "h3", "h4", "blockquote", "details",
        "summary", "form", "title", "meta", "link", "script", "caption",
    };

    /// <summary>Elements after whose start tag a line break keeps the source readable (they hold other elements).</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "header", "main", "footer", "nav", "section", "article", "ul", "ol", "table", "thead", "tbody",
        "tr", "dl", "figure", "form", "details", "meta", "link",
    };

    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();

    /// <summary>Writes the doctype.</summary>
    /// <returns>This builder.</returns>
    public HtmlBuilder Doctype()
    {
        _text.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>Opens an element.</summary>
    /// <param name="tag">The tag name (lowercase ASCII).</param>
    /// <param name="attributes">Attributes: a null value is left out, an empty one written as a bare name.</param>
    /// <returns>This builder.</returns>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    /// <param name="tag">The tag name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Another element is open.</exception>
    public HtmlBuilder Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
        {
            throw new InvalidOperationException($"Cannot close <{tag}>: the open element is <{(_open.Count == 0 ? "none" : _open.Peek())}>.");
        }
        _open.Pop();
        _text.Append("</").Append(tag).Append('>');
        if (Blocks.Contains(tag))
        {
            _text.Append('\n');
        }
        return this;
    }

    /// <summary>Writes an element holding text.</summary>
    /// <param name="tag">The tag name.</param>
    /// <param name="text">The text (encoded).</param>
    /// <param name="attributes">The attributes.</param>
    /// <returns>This builder.</returns>
    public HtmlBuilder Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes, lineBreak: false);
        _open.Push(tag);
        Text(text);
        return Close(tag);
    }

    /// <summary>Writes a void element (<c>meta</c>, <c>link</c>, <c>input</c>, <c>br</c>).</summary>
    /// <param name="tag">The tag name.</param>
    /// <param name="attributes">The attributes.</param>
    /// <returns>This builder.</returns>
    public HtmlBuilder Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    /// <summary>Writes text, encoded.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    public HtmlBuilder Text(string text)
    {
        _text.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>Writes an SVG element serialized by <see cref="InlineSvg"/> (an XML writer's escaped output).</summary>
    /// <param name="svg">The markup.</param>
    /// <returns>This builder.</returns>
    public HtmlBuilder Svg(InlineSvg svg)
    {
        _text.Append(svg.Markup).Append('\n');
        return this;
    }

    /// <summary>The document.</summary>
    /// <returns>The HTML text.</returns>
    /// <exception cref="InvalidOperationException">An element is still open.</exception>
    public override string ToString() => _open.Count == 0
        ? _text.ToString()
        : throw new InvalidOperationException($"<{_open.Peek()}> is still open.");

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes, bool lineBreak = true)
    {
        CheckName(tag);
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            CheckName(name);
            _text.Append(' ').Append(name);
            if (value.Length > 0)
            {
                _text.Append("=\"");
                _text.Append(Encoder.Encode(value));
                _text.Append('"');
            }
        }
        _text.Append('>');
        if (lineBreak && Containers.Contains(tag))
        {
            _text.Append('\n');
        }
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"'{name}' is not a tag or attribute name the report writes.", nameof(name));
        }
    }
}
