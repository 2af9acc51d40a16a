using System.Diagnostics.CodeAnalysis;
using PolicyEvents.Internal;

namespace PolicyEvents.Domain;

/// <summary>
/// The stable identifier of a statement (words a company said): a lowercase slug of ASCII letters and digits in groups joined by
/// single hyphens, at most 128 characters (for example <c>microsoft-2020-07-07</c>). Identifiers never change across
/// releases of a dataset.
/// </summary>
/// <remarks>
/// <para>Equality and ordering are ordinal on the text.</para>
/// <para>The default value is not a valid identifier: its <see cref="Value"/> is empty, <see cref="IsDefault"/> is
/// true, and every constructor in the library rejects it with an <see cref="ArgumentException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct StatementId : IEquatable<StatementId>, IComparable<StatementId>, IComparable, ITextIdentifier<StatementId>
{
    private readonly string? _value;

    /// <summary>Converts text to a <see cref="StatementId"/>, validating it exactly as the constructor does, so that a string
    /// such as <c>google-2020-07-06</c> can be written wherever a <see cref="StatementId"/> is expected.</summary>
    /// <remarks>The conversion is from <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>, to which a string converts, so that
    /// the <c>null</c> literal does not convert: <c>flag ? null : id</c> stays a nullable value. A null string reads as
    /// empty text, which is refused.</remarks>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid; use <c>TryParse</c> for text that may not be.</exception>
    public static implicit operator StatementId(ReadOnlySpan<char> value) => new(value.ToString());

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">A lowercase slug, for example <c>microsoft-2020-07-07</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid slug.</exception>
    public StatementId(string value) => _value = TextIdentifier<StatementId>.Validate(value, nameof(value));

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the default (uninitialized) value, which is not a valid identifier.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Tries to create an identifier from text.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="result">The identifier, or the default value when the text is not a valid slug.</param>
    /// <returns>True when <paramref name="text"/> is a valid slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out StatementId result) => TextIdentifier<StatementId>.TryParse(text, out result);

    /// <inheritdoc />
    public bool Equals(StatementId other) => TextIdentifier<StatementId>.Equals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => TextIdentifier<StatementId>.Equals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => TextIdentifier<StatementId>.GetHashCode(this);

    /// <summary>Compares ordinally by text; the default value sorts first.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>Negative, zero or positive as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(StatementId other) => TextIdentifier<StatementId>.Compare(this, other);

    int IComparable.CompareTo(object? obj) => TextIdentifier<StatementId>.CompareTo(this, obj);

    static string ITextIdentifier<StatementId>.Kind => nameof(StatementId);

    static string? ITextIdentifier<StatementId>.Problem(ReadOnlySpan<char> text) => Slug.Problem(text);

    static StatementId ITextIdentifier<StatementId>.Create(string value) => new(value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The slug; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when both have the same text.</returns>
    public static bool operator ==(StatementId left, StatementId right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when the texts differ.</returns>
    public static bool operator !=(StatementId left, StatementId right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(StatementId left, StatementId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(StatementId left, StatementId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(StatementId left, StatementId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(StatementId left, StatementId right) => left.CompareTo(right) >= 0;
}
