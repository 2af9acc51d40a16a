using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>A Wikidata item id: <c>Q</c> followed by a positive number without leading zeros (<c>Q380</c> is Meta Platforms).</summary>
/// <remarks>Equality is ordinal. The default value is not valid (empty <see cref="Value"/>) and every constructor in the
/// library rejects it. This type is immutable and thread-safe.</remarks>
public readonly struct WikidataId : IEquatable<WikidataId>, IIdentifier
{
    private readonly string? _value;

    /// <summary>Converts text to a <see cref="WikidataId"/>, validating it exactly as the constructor does, so that a string
    /// such as <c>Q95</c> can be written wherever a <see cref="WikidataId"/> is expected.</summary>
    /// <remarks>The conversion is from <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>, to which a string converts, so that
    /// the <c>null</c> literal does not convert: <c>flag ? null : id</c> stays a nullable value. A null string reads as
    /// empty text, which is refused.</remarks>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid; use <c>TryParse</c> for text that may not be.</exception>
    public static implicit operator WikidataId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">The id, e.g. <c>Q95</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not <c>Q</c> and digits.</exception>
    public WikidataId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a Wikidata item id: expected 'Q' and a number without leading zeros, e.g. 'Q95'.", nameof(value));
        }
        _value = value;
    }

    /// <summary>The id's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (uninitialized) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The item's address on wikidata.org.</summary>
    public Uri Uri => new($"https://www.wikidata.org/wiki/{Value}");

    /// <summary>Tries to create an id from text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The id, or the default value on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out WikidataId result)
    {
        result = text is not null && IsValid(text) ? new WikidataId(text) : default;
        return !result.IsDefault;
    }

    private static bool IsValid(ReadOnlySpan<char> text) =>
        text.Length is >= 2 and <= 12 && text[0] == 'Q' && text[1] is >= '1' and <= '9' && !text[1..].ContainsAnyExceptInRange('0', '9');

    /// <inheritdoc />
    public bool Equals(WikidataId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WikidataId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Returns the id's text.</summary>
    /// <returns>The id; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(WikidataId left, WikidataId right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(WikidataId left, WikidataId right) => !left.Equals(right);
}
