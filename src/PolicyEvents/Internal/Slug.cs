namespace PolicyEvents.Internal;

/// <summary>
/// The rule every identifier in a dataset follows: a lowercase slug of ASCII letters and digits in
/// groups joined by single hyphens, 1 to 128 characters (<c>google</c>, <c>nsl-2020</c>, <c>fb-hk-2020-07-06</c>).
/// </summary>
internal static class Slug
{
    internal const int MaxLength = 128;

    /// <summary>Explains why <paramref name="text"/> is not a slug, or returns null when it is one.</summary>
    internal static string? Problem(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "an identifier must not be empty";
        }
        if (text.Length > MaxLength)
        {
            return $"an identifier must be at most {MaxLength} characters long";
        }
        var previousHyphen = true; // a slug must not start with '-'
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (previousHyphen)
                {
                    return "hyphens must separate groups of letters and digits (no leading, trailing or double hyphen)";
                }
                previousHyphen = true;
            }
            else if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousHyphen = false;
            }
            else
            {
                return $"'{c}' is not allowed: use lowercase ASCII letters, digits and single hyphens";
            }
        }
        return previousHyphen ? "an identifier must not end with a hyphen" : null;
    }

    /// <summary>Returns <paramref name="value"/> when it is a slug; otherwise throws naming the rule it breaks.</summary>
    internal static string Validate(string? value, string paramName, string kind)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var problem = Problem(value);
        if (problem is not null)
        {
            throw new ArgumentException($"'{value}' is not a valid {kind}: {problem}.", paramName);
        }
        return value;
    }
}
