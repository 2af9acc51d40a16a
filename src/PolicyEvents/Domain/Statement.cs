using System.Collections.Immutable;
using PolicyEvents.Internal;
using PolicyEvents.Time;

namespace PolicyEvents.Domain;

/// <summary>What a company or its spokesperson said, verbatim, when, in which language, and the sources that report it.</summary>
/// <remarks>
/// <para><see cref="Text"/> is kept exactly as given (no trimming, no normalization): it is a quote.
/// <see cref="Date"/> is when the words were said, as precisely as the sources allow, or null when they do not say.</para>
/// <para>Whether the sources exist is checked when a dataset is validated. Equality compares every property,
/// sources in order. Instances are immutable and thread-safe.</para>
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
    /// <exception cref="ArgumentException">An argument is empty, default or repeated.</exception>
    public Statement(StatementId id, string text, Speaker speaker, PartialDate? date, LanguageTag language, IEnumerable<SourceId>? sources = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Text = Guard.Verbatim(text, nameof(text));
        ArgumentNullException.ThrowIfNull(speaker);
        Speaker = speaker;
        Date = date;
        Language = Guard.NotDefault(language, nameof(language));
        Sources = Guard.DistinctIds(sources, nameof(sources));
    }

    /// <summary>The stable id.</summary>
    public StatementId Id { get; }

    /// <summary>The verbatim words.</summary>
    public string Text { get; }

    /// <summary>Who said them.</summary>
    public Speaker Speaker { get; }

    /// <summary>When the words were said, or null when the sources do not say.</summary>
    public PartialDate? Date { get; }

    /// <summary>The language of <see cref="Text"/>.</summary>
    public LanguageTag Language { get; }

    /// <summary>The sources that report the statement.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>Returns a copy with other sources.</summary>
    /// <param name="sources">The new sources.</param>
    /// <returns>The copy.</returns>
    public Statement WithSources(IEnumerable<SourceId> sources) => new(Id, Text, Speaker, Date, Language, sources ?? throw new ArgumentNullException(nameof(sources)));

    /// <summary>Returns a copy with another date.</summary>
    /// <param name="date">The new date, or null.</param>
    /// <returns>The copy.</returns>
    public Statement WithDate(PartialDate? date) => new(Id, Text, Speaker, date, Language, Sources);

    /// <inheritdoc />
    public bool Equals(Statement? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Text == other.Text && Speaker.Equals(other.Speaker) && Date == other.Date
                && Language == other.Language && Equality.Sequence(Sources, other.Sources)));

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
