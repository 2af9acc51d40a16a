using System.Collections.Immutable;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>What a company or its spokesperson said, verbatim, when, in which language, and the sources that report it.</summary>
/// <remarks>
/// <para><see cref="Text"/> is kept exactly as given (no trimming, no normalization): it is a quote, or, when
/// <see cref="IsParaphrase"/> is true, a reporter's paraphrase. <see cref="Date"/> is when the words were said, as precisely
/// as the sources allow, or null when they do not say.</para>
/// <para>Where sources word or attribute the statement differently, <see cref="Text"/> and <see cref="Speaker"/> are the
/// dataset's reading, and each other way the sources print it is a <see cref="StatementVariant"/> in
/// <see cref="Variants"/>. A variant must differ from the reading: its text, when given, is not the reading's text, and its
/// speaker, when given, is not the reading's speaker; no two variants have the same text and speaker.</para>
/// <para>Whether the sources exist is checked when a dataset is validated. Equality compares every property,
/// sources and variants in order. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Statement : IEquatable<Statement>
{
    /// <summary>Creates a statement.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="text">The verbatim words.</param>
    /// <param name="speaker">Who said them.</param>
    /// <param name="date">When, if the sources say.</param>
    /// <param name="language">The language of <paramref name="text"/>.</param>
    /// <param name="sources">The sources that report the statement, without repeats.</param>
    /// <param name="variants">Other wordings or attributions of the statement, each with the sources that print it.</param>
    /// <param name="isParaphrase">True when <paramref name="text"/> is a reporter's paraphrase, not the speaker's words.</param>
    /// <exception cref="ArgumentException">An argument is empty, default or repeated, or a variant repeats the reading's
    /// text or speaker or another variant.</exception>
    public Statement(StatementId id, string text, Speaker speaker, PartialDate? date, LanguageTag language, IEnumerable<SourceId>? sources = null,
        IEnumerable<StatementVariant>? variants = null, bool isParaphrase = false)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Text = Guard.Verbatim(text, nameof(text));
        ArgumentNullException.ThrowIfNull(speaker);
        Speaker = speaker;
        Date = date;
        Language = Guard.NotDefault(language, nameof(language));
        Sources = Guard.DistinctIds(sources, nameof(sources));
        Variants = CheckVariants(Guard.Items(variants, nameof(variants)), Text, Speaker);
        IsParaphrase = isParaphrase;
    }

    private static ImmutableArray<StatementVariant> CheckVariants(ImmutableArray<StatementVariant> variants, string text, Speaker speaker)
    {
        for (var i = 0; i < variants.Length; i++)
        {
            var variant = variants[i];
            if (variant.Text == text)
            {
                throw new ArgumentException($"Variant {i} repeats the statement's text: give only the speaker it differs in.", nameof(variants));
            }
            if (speaker.Equals(variant.Speaker))
            {
                throw new ArgumentException($"Variant {i} repeats the statement's speaker '{speaker}': give only the text it differs in.", nameof(variants));
            }
            for (var j = 0; j < i; j++)
            {
                if (variants[j].Text == variant.Text && Equals(variants[j].Speaker, variant.Speaker))
                {
                    throw new ArgumentException($"Variants {j} and {i} have the same text and speaker: list their sources in one variant.", nameof(variants));
                }
            }
        }
        return variants;
    }

    /// <summary>The stable id.</summary>
    public StatementId Id { get; }

    /// <summary>The verbatim words (the dataset's reading where sources word them differently).</summary>
    public string Text { get; }

    /// <summary>Who said them (the dataset's reading where sources attribute them differently).</summary>
    public Speaker Speaker { get; }

    /// <summary>When the words were said, or null when the sources do not say.</summary>
    public PartialDate? Date { get; }

    /// <summary>The language of <see cref="Text"/>.</summary>
    public LanguageTag Language { get; }

    /// <summary>The sources that report the statement.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>The other ways sources word or attribute the statement, in the order given; empty when every source
    /// prints the reading.</summary>
    public ImmutableArray<StatementVariant> Variants { get; }

    /// <summary>True when <see cref="Text"/> is a reporter's paraphrase rather than the speaker's own words.</summary>
    public bool IsParaphrase { get; }

    /// <summary>Returns a copy with other sources.</summary>
    /// <param name="sources">The new sources.</param>
    /// <returns>The copy.</returns>
    public Statement WithSources(IEnumerable<SourceId> sources) =>
        new(Id, Text, Speaker, Date, Language, sources ?? throw new ArgumentNullException(nameof(sources)), Variants, IsParaphrase);

    /// <summary>Returns a copy with another date.</summary>
    /// <param name="date">The new date, or null.</param>
    /// <returns>The copy.</returns>
    public Statement WithDate(PartialDate? date) => new(Id, Text, Speaker, date, Language, Sources, Variants, IsParaphrase);

    /// <summary>Returns a copy with other variants.</summary>
    /// <param name="variants">The new variants (empty for none).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A variant is null, repeats the reading's text or speaker, or repeats another variant.</exception>
    public Statement WithVariants(IEnumerable<StatementVariant> variants) =>
        new(Id, Text, Speaker, Date, Language, Sources, variants ?? throw new ArgumentNullException(nameof(variants)), IsParaphrase);

    /// <summary>Returns a copy marked as a paraphrase, or as the speaker's own words.</summary>
    /// <param name="isParaphrase">True when <see cref="Text"/> is a reporter's paraphrase.</param>
    /// <returns>The copy.</returns>
    public Statement WithParaphrase(bool isParaphrase) => new(Id, Text, Speaker, Date, Language, Sources, Variants, isParaphrase);

    /// <inheritdoc />
    public bool Equals(Statement? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Text == other.Text && Speaker.Equals(other.Speaker) && Date == other.Date
                && Language == other.Language && Equality.Sequence(Sources, other.Sources)
                && IsParaphrase == other.IsParaphrase && Equality.Sequence(Variants, other.Variants)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Statement);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Text);
        hash.Add(Speaker);
        hash.Add(Date);
        hash.Add(Language);
        Equality.AddSequence(ref hash, Sources);
        hash.Add(IsParaphrase);
        Equality.AddSequence(ref hash, Variants);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>zoom-2020-07-07 zoom 2020-07-07?: "We have paused processing…"</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        $"{Id} {Speaker} {(Date?.ToString() ?? "(undated)")}: \"{(Text.Length > 60 ? Text[..60] + "…" : Text)}\"";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Statement? left, Statement? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Statement? left, Statement? right) => !Equals(left, right);
}
