using System.Collections.Immutable;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Queries;

/// <summary>A statement found by <see cref="PolicyHistory.SearchStatements"/>, with its sources and the events that cite it.</summary>
/// <remarks>Equality compares the statement, the sources and the events, in order. Instances are immutable and thread-safe.</remarks>
public sealed class StatementMatch : IEquatable<StatementMatch>
{
    internal StatementMatch(Statement statement, ImmutableArray<Source> sources, ImmutableArray<PolicyEvent> events)
    {
        Statement = statement;
        Sources = sources;
        Events = events;
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; }

    /// <summary>The company the statement comes from (its speaker's).</summary>
    public CompanyId Company => Statement.Speaker.Company;

    /// <summary>The sources that report the statement.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The events of the history's view that cite the statement, in the view's order.</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <inheritdoc />
    public bool Equals(StatementMatch? other) =>
        other is not null && Statement.Equals(other.Statement) && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(Events, other.Events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatementMatch);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Statement, Sources.Length, Events.Length);

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
