using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Datasets;

/// <summary>What a dataset is: its id, title, version, licence, description, creators, when it was created, and the
/// sources it is built from as a whole.</summary>
/// <remarks>
/// <para><see cref="License"/> is an SPDX licence identifier or expression (<c>CC-BY-4.0</c>, <c>CC0-1.0</c>,
/// <c>MIT OR Apache-2.0</c>); only its form is checked. <see cref="Version"/> is the dataset's own release version
/// (semantic versioning is recommended), not the format's version.</para>
/// <para>Equality compares every property, collections in order. Instances are immutable and thread-safe; use the
/// <c>With…</c> methods, which validate again, to derive changed copies.</para>
/// </remarks>
public sealed class DatasetMetadata : IEquatable<DatasetMetadata>
{
    /// <summary>Creates metadata.</summary>
    /// <param name="id">The dataset's stable id.</param>
    /// <param name="title">The title, trimmed and non-empty.</param>
    /// <param name="version">The dataset's release version (e.g. <c>1.0.0</c>), trimmed and non-empty.</param>
    /// <param name="created">When this release was created.</param>
    /// <param name="license">The SPDX licence identifier or expression, or null.</param>
    /// <param name="description">A description, or null.</param>
    /// <param name="creators">The creators, each trimmed and non-empty, or null for none.</param>
    /// <param name="sources">Sources for the dataset as a whole, without repeats, or null for none.</param>
    /// <exception cref="ArgumentException">An argument is empty, default, repeated or malformed.</exception>
    public DatasetMetadata(DatasetId id, string title, string version, Instant created, string? license = null,
        string? description = null, IEnumerable<string>? creators = null, IEnumerable<SourceId>? sources = null)
    {
        Id = Guard.NotDefault(id, nameof(id));
        Title = Guard.Trimmed(title, nameof(title));
        Version = Guard.Trimmed(version, nameof(version));
        Created = created;
        License = Guard.OptionalTrimmed(license, nameof(license));
        if (License is not null && !IsSpdxExpression(License))
        {
            throw new ArgumentException($"'{License}' is not an SPDX licence identifier or expression (e.g. 'CC-BY-4.0').", nameof(license));
        }
        Description = Guard.OptionalTrimmed(description, nameof(description));
        Creators = Guard.Texts(creators, nameof(creators));
        Sources = Guard.DistinctIds(sources, nameof(sources));
    }

    /// <summary>The dataset's stable id.</summary>
    public DatasetId Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The dataset's release version.</summary>
    public string Version { get; }

    /// <summary>When this release was created.</summary>
    public Instant Created { get; }

    /// <summary>The SPDX licence identifier or expression, or null.</summary>
    public string? License { get; }

    /// <summary>A description, or null.</summary>
    public string? Description { get; }

    /// <summary>The creators.</summary>
    public ImmutableArray<string> Creators { get; }

    /// <summary>Sources for the dataset as a whole.</summary>
    public ImmutableArray<SourceId> Sources { get; }

    /// <summary>Returns a copy with another version and creation instant (a new release).</summary>
    /// <param name="version">The new version.</param>
    /// <param name="created">The new creation instant.</param>
    /// <returns>The copy.</returns>
    public DatasetMetadata WithVersion(string version, Instant created) =>
        new(Id, Title, version, created, License, Description, Creators, Sources);

    /// <summary>Returns a copy with other sources.</summary>
    /// <param name="sources">The new sources.</param>
    /// <returns>The copy.</returns>
    public DatasetMetadata WithSources(IEnumerable<SourceId> sources) =>
        new(Id, Title, Version, Created, License, Description, Creators, sources ?? throw new ArgumentNullException(nameof(sources)));

    /// <summary>Checks the form of an SPDX licence expression: identifiers of letters, digits, '.', '-', '+' and ':'
    /// joined by AND, OR and WITH, with parentheses.</summary>
    internal static bool IsSpdxExpression(string text)
    {
        var depth = 0;
        var expectOperand = true;
        foreach (var token in text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
                     .Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "(" when expectOperand:
                    depth++;
                    break;
                case ")" when !expectOperand && depth > 0:
                    depth--;
                    break;
                case "AND" or "OR" or "WITH" when !expectOperand:
                    expectOperand = true;
                    break;
                default:
                    // A parenthesis out of place is not an identifier character either.
                    if (!expectOperand || token is "AND" or "OR" or "WITH" || token.AsSpan().ContainsAnyExcept(SpdxIdCharacters))
                    {
                        return false;
                    }
                    expectOperand = false;
                    break;
            }
        }
        return depth == 0 && !expectOperand;
    }

    private static readonly System.Buffers.SearchValues<char> SpdxIdCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-+:");

    /// <inheritdoc />
    public bool Equals(DatasetMetadata? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Id == other.Id && Title == other.Title && Version == other.Version && Created == other.Created && License == other.License
                && Description == other.Description && Equality.Sequence(Creators, other.Creators) && Equality.Sequence(Sources, other.Sources)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DatasetMetadata);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Version);
        hash.Add(Created);
        hash.Add(License);
        hash.Add(Description);
        Equality.AddSequence(ref hash, Creators);
        Equality.AddSequence(ref hash, Sources);
        return hash.ToHashCode();
    }

    /// <summary>Returns e.g. <c>hong-kong-2020 1.0.0 "Hong Kong 2020"</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() => $"{Id} {Version} \"{Title}\"";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal (or both null).</returns>
    public static bool operator ==(DatasetMetadata? left, DatasetMetadata? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DatasetMetadata? left, DatasetMetadata? right) => !Equals(left, right);
}
