using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>Who made a statement: a company, and where the sources name them, a person and their role.</summary>
/// <remarks>Equality compares every property. Instances are immutable and thread-safe.</remarks>
public sealed class Speaker : IEquatable<Speaker>
{
    /// <summary>Creates a speaker.</summary>
    /// <param name="company">The company that spoke (or on whose behalf a person spoke).</param>
    /// <param name="person">The person's name, if the sources give it.</param>
    /// <param name="role">The person's role ("spokesperson"), if the sources give it.</param>
    /// <exception cref="ArgumentException">The company is default or a text is empty.</exception>
    public Speaker(CompanyId company, string? person = null, string? role = null)
    {
        Company = Guard.NotDefault(company, nameof(company));
        Person = Guard.OptionalTrimmed(person, nameof(person));
        Role = Guard.OptionalTrimmed(role, nameof(role));
    }

    /// <summary>The company.</summary>
    public CompanyId Company { get; }

    /// <summary>The person's name, or null.</summary>
    public string? Person { get; }

    /// <summary>The person's role, or null.</summary>
    public string? Role { get; }

    /// <inheritdoc />
    public bool Equals(Speaker? other) =>
        other is not null && Company == other.Company && Person == other.Person && Role == other.Role;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Speaker);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Company, Person, Role);

    /// <summary>Returns e.g. <c>microsoft</c> or <c>facebook (Jane Doe, spokesperson)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        Person is null && Role is null ? Company.ToString() : $"{Company} ({string.Join(", ", new[] { Person, Role }.Where(s => s is not null))})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Speaker? left, Speaker? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Speaker? left, Speaker? right) => !Equals(left, right);
}
