using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>A statement as some sources report it differently from the dataset's reading: in other words (a variant
/// wording), attributed to another speaker (a variant attribution), or both, with the sources that print it that way.</summary>
/// <remarks>
/// <para>Twitter's Hong Kong statement of July 2020 is printed "vague without clear definition" by Fox Business and
/// "vague and without clear definition" by others; AFP gives to Facebook words that other outlets give to WhatsApp. The
/// statement's own <see cref="Statement.Text"/> and <see cref="Statement.Speaker"/> stay the dataset's reading; each
/// variant records one other way the sources print it.</para>
/// <para>A null <see cref="Text"/> means the reading's words, a null <see cref="Speaker"/> the reading's speaker; at least
/// one is given. Whether a variant differs from its statement's reading, and whether two variants repeat each other, is
/// checked by <see cref="Statement"/>; whether the sources and the speaker's company exist, when a dataset is validated.
/// <see cref="IsParaphrase"/> marks a reporter's words rather than the company's. Equality compares every property,
/// sources in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class StatementVariant : IEquatable<StatementVariant>
{
    /// <summary>Creates a variant.</summary>
    /// <param name="text">The words as these sources print them, verbatim; null when they print the reading's words.</param>
    /// <param name="speaker">Whom these sources attribute the words to; null when they attribute them to the reading's speaker.</param>
    /// <param name="sources">The sources that print the statement this way (at least one, without repeats).</param>
    /// <param name="isParaphrase">True when <paramref name="text"/> is a reporter's paraphrase, not the speaker's words.</param>
    /// <exception cref="ArgumentException">Neither a text nor a speaker is given, the text is empty, or no source is
    /// given, or a source is default or repeated.</exception>
    public StatementVariant(string? text, Speaker? speaker, IEnumerable<SourceId> sources, bool isParaphrase = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (text is null && speaker is null)
        {
            throw new ArgumentException("A statement variant needs a text, a speaker or both: otherwise it is the reading itself.", nameof(text));
        }
        Text = text is null ? null : Guard.Verbatim(text, nameof(text));
        Speaker = speaker;
        Sources = Guard.DistinctIds(sources, nameof(sources));
        if (Sources.IsEmpty)
        {
            throw new ArgumentException("A statement variant needs at least one source that prints it.", nameof(sources));
        }
        IsParaphrase = isParaphrase;
    }

    /// <summary>The words as these sources print them, or null when they print the reading's words.</summary>
    public string? Text { get; }

    /// <summary>Whom these sources attribute the words to, or null when they attribute them to the reading's speaker.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The sources that print the statement this way; never empty.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>True when <see cref="Text"/> (or, without one, the reading's words as these sources give them) is a
    /// reporter's paraphrase rather than the speaker's own words.</summary>
    public bool IsParaphrase { get; }

    /// <summary>Returns a copy with other sources.</summary>
    /// <param name="sources">The new sources (at least one, without repeats).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">No source is given, or a source is default or repeated.</exception>
    public StatementVariant WithSources(IEnumerable<SourceId> sources) => new(Text, Speaker, sources, IsParaphrase);

    /// <inheritdoc />
    public bool Equals(StatementVariant? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Text == other.Text && Equals(Speaker, other.Speaker) && IsParaphrase == other.IsParaphrase && Equality.Sequence(Sources, other.Sources)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatementVariant);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Text);
        hash.Add(Speaker);
        hash.Add(IsParaphrase);
        Equality.AddSequence(ref hash, Sources);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>whatsapp: "formal human rights due diligence…" (independent-2020-07-06)</c>; the reading's
    /// speaker or words are shown as <c>(reading)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{(Speaker?.ToString() ?? "(reading)")}: {(Text is null ? "(reading)" : $"\"{(Text.Length > 60 ? Text[..60] + "…" : Text)}\"")}"
        + $"{(IsParaphrase ? " (paraphrase)" : "")} ({string.Join(", ", Sources)})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(StatementVariant? left, StatementVariant? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatementVariant? left, StatementVariant? right) => !Equals(left, right);
}
