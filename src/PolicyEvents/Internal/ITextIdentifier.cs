namespace PolicyEvents.Internal;

/// <summary>
/// An identifier that is its text, checked by a rule: the six slug identifiers (<c>CompanyId</c>, <c>SourceId</c>, ...) and
/// <c>JurisdictionCode</c>. Each type supplies its rule and its constructor; <see cref="TextIdentifier{T}"/> holds the rest
/// (validation and its message, parsing, ordinal equality, hashing and ordering) once, and the JSON converter of every
/// such type is one generic class over this interface.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
internal interface ITextIdentifier<TSelf> : IIdentifier, IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ITextIdentifier<TSelf>
{
    /// <summary>What messages call a value of this type: <c>CompanyId</c>, <c>jurisdiction code</c>.</summary>
    static abstract string Kind { get; }

    /// <summary>The identifier's text; empty for the default value.</summary>
    string Value { get; }

    /// <summary>Explains why <paramref name="text"/> is not a valid identifier of this type, or returns null when it is one.</summary>
    static abstract string? Problem(ReadOnlySpan<char> text);

    /// <summary>Creates an identifier with the type's public constructor (which validates the text).</summary>
    static abstract TSelf Create(string value);
}
