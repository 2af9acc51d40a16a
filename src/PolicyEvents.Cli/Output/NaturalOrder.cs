namespace PolicyEvents.Cli.Output;

/// <summary>
/// Orders text as people read it: runs of digits by their number, the rest by ordinal comparison ignoring case (then
/// ordinal, so that the order is total), so <c>Company 2</c> comes before <c>Company 10</c>.
/// </summary>
internal sealed class NaturalOrder : IComparer<string>
{
    /// <summary>The comparer.</summary>
    public static NaturalOrder Instance { get; } = new();

    private NaturalOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (xStart, yStart) = (i, j);
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }
                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }
                var xDigits = x.AsSpan(xStart, i - xStart).TrimStart('0');
                var yDigits = y.AsSpan(yStart, j - yStart).TrimStart('0');
                var byNumber = xDigits.Length != yDigits.Length ? xDigits.Length.CompareTo(yDigits.Length) : xDigits.SequenceCompareTo(yDigits);
                if (byNumber != 0)
                {
                    return byNumber;
                }
                continue;
            }
            var byChar = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (byChar != 0)
            {
                return byChar;
            }
            i++;
            j++;
        }
        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
