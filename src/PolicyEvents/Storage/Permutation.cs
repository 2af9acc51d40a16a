namespace PolicyEvents.Storage;

/// <summary>Orders of the rows of a column store: <c>order[i]</c> is the position, in the order read, of the i-th row in
/// the store's order.</summary>
internal static class Permutation
{
    /// <summary>The order of <paramref name="count"/> rows by <paramref name="compare"/> (no sort when they were read in
    /// order); false when two rows compare equal, as two records with one id.</summary>
    internal static bool TryOrder(int count, Comparison<int> compare, out int[] order)
    {
        order = new int[count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var sorted = true;
        for (var i = 1; i < order.Length && sorted; i++)
        {
            sorted = compare(i - 1, i) < 0;
        }
        if (!sorted)
        {
            Array.Sort(order, compare);
            for (var i = 1; i < order.Length; i++)
            {
                if (compare(order[i - 1], order[i]) == 0)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>True when the order keeps every row where it was read.</summary>
    internal static bool IsIdentity(int[] order)
    {
        for (var i = 0; i < order.Length; i++)
        {
            if (order[i] != i)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The values of a column in the order <paramref name="order"/> gives (the column itself when that keeps
    /// every row where it was read).</summary>
    internal static T[] Apply<T>(T[] read, int[] order, bool identity)
    {
        if (identity)
        {
            return read;
        }
        var ordered = new T[order.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = read[order[i]];
        }
        return ordered;
    }

    /// <summary>Runs of values, one a row (row i's run ends at <c>ends[i]</c>), in the order <paramref name="order"/>
    /// gives: the values and the ends of their runs (the columns themselves when that keeps every row where it was
    /// read).</summary>
    internal static (T[] Values, int[] Ends) ApplyRuns<T>(T[] values, int[] ends, int[] order, bool identity)
    {
        if (identity)
        {
            return (values, ends);
        }
        var ordered = new T[values.Length];
        var orderedEnds = new int[order.Length];
        var at = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var read = order[i];
            var start = read == 0 ? 0 : ends[read - 1];
            var run = values.AsSpan(start, ends[read] - start);
            run.CopyTo(ordered.AsSpan(at));
            at += run.Length;
            orderedEnds[i] = at;
        }
        return (ordered, orderedEnds);
    }

    /// <summary>Rows kept aside by their position read, by their position in the order <paramref name="order"/> gives;
    /// null when there are none.</summary>
    internal static Dictionary<int, T>? Aside<T>(Dictionary<int, T> read, int[] order, bool identity)
    {
        if (read.Count == 0)
        {
            return null;
        }
        if (identity)
        {
            return read;
        }
        var position = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }
        return read.ToDictionary(p => position[p.Key], p => p.Value);
    }
}
