using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>
/// A BCP 47 language tag in its well-formed subset used here: a primary language of two or three letters, then
/// subtags of one to eight letters or digits joined by hyphens (<c>en</c>, <c>zh-Hant-HK</c>, <c>yue</c>).
/// </summary>
/// <remarks>Equality is ordinal ignoring ASCII case (BCP 47 tags are case-insensitive); the text keeps the case given.
/// The default value is not valid and every constructor in the library rejects it. Immutable and thread-safe.</remarks>
public readonly struct LanguageTag : IEquatable<LanguageTag>, IIdentifier
{
    private readonly string? _value;

    /// <summary>English (<c>en</c>).</summary>
    public static LanguageTag English { get; } = new("en");

    /// <summary>Converts text to a <see cref="LanguageTag"/>, validating it exactly as the constructor does, so that a string
    /// such as <c>en</c> can be written wherever a <see cref="LanguageTag"/> is expected.</summary>
    /// <remarks>The conversion is from <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>, to which a string converts, so that
    /// the <c>null</c> literal does not convert: <c>flag ? null : id</c> stays a nullable value. A null string reads as
    /// empty text, which is refused.</remarks>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid; use <c>TryParse</c> for text that may not be.</exception>
    public static implicit operator LanguageTag(ReadOnlySpan<char> value) => new(value.ToString());

    /// <summary>Creates a tag from its text.</summary>
    /// <param name="value">The tag, e.g. <c>en</c> or <c>zh-Hant-HK</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed tag.</exception>
    public LanguageTag(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not a well-formed BCP 47 language tag (e.g. 'en', 'zh-Hant-HK').", nameof(value));
        }
        _value = value;
    }

    /// <summary>The tag's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (uninitialized) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Tries to create a tag from text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The tag, or the default value on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageTag result)
    {
        result = text is not null && IsWellFormed(text) ? new LanguageTag(text) : default;
        return !result.IsDefault;
    }

    private static bool IsWellFormed(string text)
    {
        var parts = text.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }
        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <inheritdoc />
    public bool Equals(LanguageTag other) => string.Equals(_value, other._value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LanguageTag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_value);

    /// <summary>Returns the tag's text.</summary>
    /// <returns>The tag; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns>True when equal ignoring case.</returns>
    public static bool operator ==(LanguageTag left, LanguageTag right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first tag.</param>
    /// <param name="right">The second tag.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(LanguageTag left, LanguageTag right) => !left.Equals(right);
}
