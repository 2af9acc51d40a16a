using System.Collections.Immutable;

namespace PolicyEvents.Internal;

/// <summary>Argument checks shared by every constructor, so each rule is written once.</summary>
internal static class Guard
{
    /// <summary>Rejects null, empty and all-white-space text, and text with leading or trailing white space.</summary>
    internal static string Trimmed(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException($"Value must not start or end with white space: '{value}'.", paramName);
        }
        return value;
    }

    /// <summary>Like <see cref="Trimmed"/> but lets null through.</summary>
    internal static string? OptionalTrimmed(string? value, string paramName) =>
        value is null ? null : Trimmed(value, paramName);

    /// <summary>Verbatim text: must hold something other than white space; kept exactly as given.</summary>
    internal static string Verbatim(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        return value;
    }

    /// <summary>Rejects values that are not named members of <typeparamref name="T"/>.</summary>
    internal static T Defined<T>(T value, string paramName) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name} value.");
        }
        return value;
    }

    /// <summary>Rejects a default (uninitialized) identifier.</summary>
    internal static T NotDefault<T>(T value, string paramName) where T : struct, IIdentifier
    {
        if (value.IsDefault)
        {
            throw new ArgumentException($"A default (uninitialized) {typeof(T).Name} is not a valid value.", paramName);
        }
        return value;
    }

    /// <summary>Rejects a default identifier inside a nullable.</summary>
    internal static T? NotDefault<T>(T? value, string paramName) where T : struct, IIdentifier =>
        value is { } v ? NotDefault(v, paramName) : null;

    /// <summary>Copies a sequence into an immutable array: null becomes empty, null items are rejected.</summary>
    internal static ImmutableArray<T> Items<T>(IEnumerable<T>? items, string paramName)
    {
        if (items is null)
        {
            return [];
        }
        var array = items is ImmutableArray<T> already ? (already.IsDefault ? [] : already) : items.ToImmutableArray();
        foreach (var item in array)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null.", paramName);
            }
        }
        return array;
    }

    /// <summary>Copies identifiers into an immutable array, rejecting default and repeated ones.</summary>
    internal static ImmutableArray<T> DistinctIds<T>(IEnumerable<T>? ids, string paramName) where T : struct, IIdentifier, IEquatable<T>
    {
        var array = Items(ids, paramName);
        // Small arrays (the usual case: a few sources per record) are checked without allocating a set.
        HashSet<T>? seen = array.Length > 8 ? new HashSet<T>() : null;
        for (var i = 0; i < array.Length; i++)
        {
            var id = array[i];
            NotDefault(id, paramName);
            var repeated = seen is null ? array.AsSpan(0, i).Contains(id) : !seen.Add(id);
            if (repeated)
            {
                throw new ArgumentException($"The identifier '{id}' appears more than once.", paramName);
            }
        }
        return array;
    }

    /// <summary>Copies texts into an immutable array, each trimmed and non-empty.</summary>
    internal static ImmutableArray<string> Texts(IEnumerable<string>? texts, string paramName)
    {
        var array = Items(texts, paramName);
        foreach (var text in array)
        {
            Trimmed(text, paramName);
        }
        return array;
    }
}
