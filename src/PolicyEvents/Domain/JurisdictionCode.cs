using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>
/// A jurisdiction's code: an ISO 3166-1 alpha-2 code (<c>HK</c>, <c>US</c>) or an ISO 3166-2 subdivision
/// code (<c>US-CA</c>: a country code, a hyphen, and one to three uppercase letters or digits).
/// </summary>
/// <remarks>
/// <para>The code is checked for form only; whether a code is assigned is the business of a
/// <see cref="JurisdictionRegistry"/>. Codes are case-sensitive and uppercase: <c>hk</c> is rejected.</para>
/// <para>Equality and ordering are ordinal. The default value is not a valid code: its <see cref="Value"/> is
/// empty and every constructor in the library rejects it. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct JurisdictionCode : IEquatable<JurisdictionCode>, IComparable<JurisdictionCode>, IComparable, ITextIdentifier<JurisdictionCode>
{
    private readonly string? _value;

    /// <summary>Converts text to a <see cref="JurisdictionCode"/>, validating it exactly as the constructor does, so that a string
    /// such as <c>HK</c> can be written wherever a <see cref="JurisdictionCode"/> is expected.</summary>
    /// <remarks>The conversion is from <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>, to which a string converts, so that
    /// the <c>null</c> literal does not convert: <c>flag ? null : id</c> stays a nullable value. A null string reads as
    /// empty text, which is refused.</remarks>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid; use <c>TryParse</c> for text that may not be.</exception>
    public static implicit operator JurisdictionCode(ReadOnlySpan<char> value) => new(value.ToString());

    /// <summary>Creates a code from its text.</summary>
    /// <param name="value">An uppercase ISO 3166-1 alpha-2 or ISO 3166-2 code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not in the form of such a code.</exception>
    public JurisdictionCode(string value) => _value = TextIdentifier<JurisdictionCode>.Validate(value, nameof(value));

    /// <summary>The code's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (uninitialized) value, which is not a valid code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>True for an ISO 3166-2 subdivision code such as <c>US-CA</c>.</summary>
    public bool IsSubdivision => _value is { Length: > 2 };

    /// <summary>The country part of the code: the code itself for an alpha-2 code, <c>US</c> for <c>US-CA</c>.</summary>
    public JurisdictionCode Country => IsSubdivision ? new JurisdictionCode(_value![..2]) : this;

    /// <summary>Tries to create a code from text.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="result">The code, or the default value on failure.</param>
    /// <returns>True when <paramref name="text"/> has the form of a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JurisdictionCode result) => TextIdentifier<JurisdictionCode>.TryParse(text, out result);

    /// <summary>Explains why the text is not a code, or returns null when it is one.</summary>
    internal static string? Problem(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1]))
        {
            return "expected two uppercase letters (ISO 3166-1 alpha-2), optionally followed by '-' and a subdivision";
        }
        if (text.Length == 2)
        {
            return null;
        }
        if (text[2] != '-' || text.Length is < 4 or > 6)
        {
            return "a subdivision code is the country code, '-', and one to three uppercase letters or digits (ISO 3166-2)";
        }
        foreach (var c in text[3..])
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return "a subdivision code is the country code, '-', and one to three uppercase letters or digits (ISO 3166-2)";
            }
        }
        return null;
    }

    /// <inheritdoc />
    public bool Equals(JurisdictionCode other) => TextIdentifier<JurisdictionCode>.Equals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => TextIdentifier<JurisdictionCode>.Equals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier<JurisdictionCode>.GetHashCode(this);

    /// <summary>Compares ordinally by text; the default value sorts first.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(JurisdictionCode other) => TextIdentifier<JurisdictionCode>.Compare(this, other);

    int IComparable.CompareTo(object? obj) => TextIdentifier<JurisdictionCode>.CompareTo(this, obj);

    static string ITextIdentifier<JurisdictionCode>.Kind => "jurisdiction code";

    static string? ITextIdentifier<JurisdictionCode>.Problem(ReadOnlySpan<char> text) => Problem(text);

    static JurisdictionCode ITextIdentifier<JurisdictionCode>.Create(string value) => new(value);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The code; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when both have the same text.</returns>
    public static bool operator ==(JurisdictionCode left, JurisdictionCode right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when the texts differ.</returns>
    public static bool operator !=(JurisdictionCode left, JurisdictionCode right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(JurisdictionCode left, JurisdictionCode right) => left.CompareTo(right) >= 0;
}
