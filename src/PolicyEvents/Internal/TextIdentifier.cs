namespace PolicyEvents.Internal;

/// <summary>
/// The one implementation of what every <see cref="ITextIdentifier{TSelf}"/> does: validation with its message, parsing,
/// ordinal equality, hashing and ordering of the text. The identifier structs forward their public members here, so they
/// differ only in their name, their documentation and their rule.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
internal static class TextIdentifier<T> where T : struct, ITextIdentifier<T>
{
    /// <summary>Returns <paramref name="value"/> when it is valid; otherwise throws naming the rule it breaks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the type's rule.</exception>
    internal static string Validate(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var problem = T.Problem(value);
        if (problem is not null)
        {
            throw new ArgumentException(Invalid(value, problem), paramName);
        }
        return value;
    }

    /// <summary>The message for text that breaks the type's rule: <c>'Acme' is not a valid CompanyId: 'A' is not allowed: ….</c>,
    /// the same from the constructor (which adds the parameter name) and from the JSON converter.</summary>
    internal static string Invalid(string text, string problem) => $"'{text}' is not a valid {T.Kind}: {problem}.";

    /// <summary>The identifier for <paramref name="text"/>, or false and the default value when the text is not valid.</summary>
    internal static bool TryParse(string? text, out T result)
    {
        if (text is not null && T.Problem(text) is null)
        {
            result = T.Create(text);
            return true;
        }
        result = default;
        return false;
    }

    /// <summary>Ordinal equality of the texts (the default value's text is empty, which no valid identifier has).</summary>
    internal static bool Equals(T left, T right) => string.Equals(left.Value, right.Value, StringComparison.Ordinal);

    /// <summary>True when <paramref name="obj"/> is a <typeparamref name="T"/> with the same text.</summary>
    internal static bool Equals(T value, object? obj) => obj is T other && Equals(value, other);

    /// <summary>The ordinal hash of the text; zero for the default value.</summary>
    internal static int GetHashCode(T value) => value.IsDefault ? 0 : StringComparer.Ordinal.GetHashCode(value.Value);

    /// <summary>Ordinal order of the texts; the default value (empty text) sorts first.</summary>
    internal static int Compare(T left, T right) => string.CompareOrdinal(left.Value, right.Value);

    /// <summary><see cref="IComparable.CompareTo"/>: null sorts first, another type is refused.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <typeparamref name="T"/>.</exception>
    internal static int CompareTo(T value, object? obj) => obj switch
    {
        null => 1,
        T other => Compare(value, other),
        _ => throw new ArgumentException($"Object must be of type {typeof(T).Name}.", nameof(obj)),
    };
}
