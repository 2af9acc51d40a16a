using System.Collections.Immutable;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>A company whose handling of government requests is tracked.</summary>
/// <remarks>
/// <para>A company may have a parent (WhatsApp's is Facebook), aliases and former names, and a Wikidata id.
/// Whether the parent exists, and that parents form no cycle, is checked when a dataset is validated.</para>
/// <para>Equality compares every property, names in order. Instances are immutable and thread-safe; use the
/// <c>With…</c> methods, which validate again, to derive changed copies.</para>
/// </remarks>
public sealed class Company : IEquatable<Company>
{
    /// <summary>Creates a company.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The display name, trimmed and non-empty.</param>
    /// <param name="names">Aliases and former names, if any.</param>
    /// <param name="parent">The parent company's id, if any; never the company itself.</param>
    /// <param name="wikidata">The Wikidata item id, if known.</param>
    /// <exception cref="ArgumentException">An argument is empty, default or inconsistent.</exception>
    public Company(CompanyId id, string name, IEnumerable<CompanyName>? names = null, CompanyId? parent = null, WikidataId? wikidata = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Name = Guard.Trimmed(name, nameof(name));
        Names = Guard.Items(names, nameof(names));
        Parent = Guard.NotDefault(parent, nameof(parent));
        if (Parent == Id)
        {
            throw new ArgumentException($"Company '{id}' cannot be its own parent.", nameof(parent));
        }
        Wikidata = Guard.NotDefault(wikidata, nameof(wikidata));
    }

    /// <summary>The stable id.</summary>
    public CompanyId Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>Aliases and former names.</summary>
    public ImmutableArray<CompanyName> Names { get; }

    /// <summary>The parent company's id, or null.</summary>
    public CompanyId? Parent { get; }

    /// <summary>The Wikidata item id, or null.</summary>
    public WikidataId? Wikidata { get; }

    /// <summary>True when <paramref name="name"/> is the display name or one of <see cref="Names"/> (ordinal, ignoring case).</summary>
    /// <param name="name">The name to look for.</param>
    /// <returns>True when the company is known by that name.</returns>
    public bool IsKnownAs(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
            || Names.Any(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Returns a copy with another display name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>The copy.</returns>
    public Company WithName(string name) => new(Id, name, Names, Parent, Wikidata);

    /// <summary>Returns a copy with other aliases and former names.</summary>
    /// <param name="names">The new names.</param>
    /// <returns>The copy.</returns>
    public Company WithNames(IEnumerable<CompanyName> names) => new(Id, Name, names ?? throw new ArgumentNullException(nameof(names)), Parent, Wikidata);

    /// <summary>Returns a copy with another parent.</summary>
    /// <param name="parent">The new parent, or null.</param>
    /// <returns>The copy.</returns>
    public Company WithParent(CompanyId? parent) => new(Id, Name, Names, parent, Wikidata);

    /// <summary>Returns a copy with another Wikidata id.</summary>
    /// <param name="wikidata">The new id, or null.</param>
    /// <returns>The copy.</returns>
    public Company WithWikidata(WikidataId? wikidata) => new(Id, Name, Names, Parent, wikidata);

    /// <inheritdoc />
    public bool Equals(Company? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Name == other.Name && Parent == other.Parent && Wikidata == other.Wikidata && Equality.Sequence(Names, other.Names)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Company);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Parent);
        hash.Add(Wikidata);
        Equality.AddSequence(ref hash, Names);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>whatsapp (WhatsApp, parent facebook)</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Id} ({Name}{(Parent is { } p ? $", parent {p}" : "")})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(Company? left, Company? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Company? left, Company? right) => !Equals(left, right);
}
