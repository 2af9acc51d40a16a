namespace PolicyEvents.Storage;

/// <summary>
/// How a column store's records cite the ids of another kind (events cite statements and sources; statements cite
/// sources): each citation is a code, the position of the cited record in that kind's store when the store holds it, or
/// the bitwise complement of the id's number in the load (<see cref="Serialization.IdTable{T}.TryGetNumber"/>) when it does
/// not. A citation is an <c>int</c> in the columns, not a reference the collector must trace, and a resolved one needs
/// no look-up to check or follow. Immutable.
/// </summary>
/// <typeparam name="TId">The cited kind's id.</typeparam>
internal sealed class CitedIds<TId> where TId : struct
{
    private readonly Func<int, TId> _idAt;
    private readonly Dictionary<int, TId> _unresolved;

    private CitedIds(Func<int, TId> idAt, Dictionary<int, TId> unresolved) => (_idAt, _unresolved) = (idAt, unresolved);

    /// <summary>Resolves every id a load numbered against the store of that kind, for the builders that turn their
    /// numbers into codes (<see cref="Encode"/>): each record of the store gives the number of its own id, so no id is
    /// looked up; the ids of the numbers no record has are read from <paramref name="numbered"/>, only when there are any.</summary>
    /// <param name="count">How many ids the load numbered (0 to <paramref name="count"/> - 1).</param>
    /// <param name="ownNumbers">The number of each record's own id, in the order read.</param>
    /// <param name="order">The store's order: <c>order[p]</c> is the position read of the record at position <c>p</c>.</param>
    /// <param name="idAt">The id at a position of the store.</param>
    /// <param name="numbered">Every id of the kind the load numbered, with its number.</param>
    /// <param name="codes">The code of each number.</param>
    internal static CitedIds<TId> Resolve(int count, ReadOnlySpan<int> ownNumbers, ReadOnlySpan<int> order, Func<int, TId> idAt,
        IEnumerable<(int Number, TId Id)> numbered, out int[] codes)
    {
        const int None = -1; // a position is never negative
        codes = new int[count];
        codes.AsSpan().Fill(None);
        for (var position = 0; position < order.Length; position++)
        {
            codes[ownNumbers[order[position]]] = position;
        }
        var unresolved = new Dictionary<int, TId>();
        if (codes.AsSpan().Contains(None))
        {
            foreach (var (number, id) in numbered)
            {
                if (codes[number] == None)
                {
                    unresolved.Add(number, id);
                }
            }
            foreach (var number in unresolved.Keys)
            {
                codes[number] = ~number;
            }
        }
        return new CitedIds<TId>(idAt, unresolved);
    }

    /// <summary>Replaces each number in <paramref name="values"/> by its code.</summary>
    internal static void Encode(Span<int> values, int[] codes)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = codes[values[i]];
        }
    }

    /// <summary>The id a code cites.</summary>
    internal TId IdOf(int code) => code >= 0 ? _idAt(code) : _unresolved[~code];
}
