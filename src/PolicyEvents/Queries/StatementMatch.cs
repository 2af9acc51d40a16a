using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Queries;

/// <summary>A statement found by <see cref="PolicyHistory.SearchStatements"/>, with the wording that matched (the reading or
/// one of its variants), its sources and the events that cite it.</summary>
/// <remarks>Equality compares the statement, the matched variant, the sources and the events, in order. Instances are
/// immutable and thread-safe.</remarks>
public sealed class StatementMatch : IEquatable<StatementMatch>
{
    internal StatementMatch(Statement statement, StatementVariant? variant, ImmutableArray<Source> sources, ImmutableArray<PolicyEvent> events)
    {
        Statement = statement;
        Variant = variant;
        Sources = sources;
        Events = events;
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; }

    /// <summary>The variant of <see cref="Statement"/> that matched the search, or null when the reading (the statement's own
    /// text and speaker) matched.</summary>
    public StatementVariant? Variant { get; }

    /// <summary>The words that matched: the variant's text, or the reading's when the reading matched or the variant gives
    /// no text of its own.</summary>
    public string Text => Variant?.Text ?? Statement.Text;

    /// <summary>Who said the words that matched: the variant's speaker, or the reading's when the reading matched or the
    /// variant gives no speaker of its own.</summary>
    public Speaker Speaker => Variant?.Speaker ?? Statement.Speaker;

    /// <summary>The company the matched words come from (<see cref="Speaker"/>'s).</summary>
    public CompanyId Company => Speaker.Company;

    /// <summary>The sources that report the statement (its reading's sources; a variant names its own).</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The events of the history's view that cite the statement, in the view's order.</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <inheritdoc />
    public bool Equals(StatementMatch? other) =>
        other is not null && Statement.Equals(other.Statement) && Equals(Variant, other.Variant) && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(Events, other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatementMatch);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statement, Variant, Sources.Length, Events.Length);

    /// <summary>Returns the statement's summary.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => Statement.ToString();

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(StatementMatch? left, StatementMatch? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatementMatch? left, StatementMatch? right) => !Equals(left, right);
}
