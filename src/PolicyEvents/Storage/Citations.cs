namespace PolicyEvents.Storage;

/// <summary>
/// The ids one record cites, in order: either the ids themselves (a record object's array) or the codes of a column
/// store (<see cref="CitedIds{TId}"/>), which also say, without a look-up, whether the cited record is in the store.
/// </summary>
/// <typeparam name="TId">The cited kind's id.</typeparam>
internal readonly ref struct Citations<TId> where TId : struct
{
    private readonly ReadOnlySpan<TId> _ids;
    private readonly ReadOnlySpan<int> _codes;
    private readonly CitedIds<TId>? _cited;

    /// <summary>Citations held as ids.</summary>
    internal Citations(ReadOnlySpan<TId> ids) => _ids = ids;

    /// <summary>Citations held as codes of <paramref name="cited"/>.</summary>
    internal Citations(ReadOnlySpan<int> codes, CitedIds<TId> cited)
    {
        _codes = codes;
        _cited = cited;
    }

    /// <summary>How many ids are cited.</summary>
    internal int Length => _cited is null ? _ids.Length : _codes.Length;

    /// <summary>True when no id is cited.</summary>
    internal bool IsEmpty => Length == 0;

    /// <summary>The <paramref name="index"/>-th id cited.</summary>
    internal TId this[int index] => _cited is null ? _ids[index] : _cited.IdOf(_codes[index]);

    /// <summary>True when the citations are codes of a column store, which <see cref="PositionAt"/> reads without a look-up;
    /// false when they are ids, to be looked up.</summary>
    internal bool IsResolved => _cited is not null;

    /// <summary>The position of the <paramref name="index"/>-th cited record in the store the codes were resolved against,
    /// or -1 when that store does not hold it. Only for resolved citations (<see cref="IsResolved"/>).</summary>
    internal int PositionAt(int index) => Math.Max(_codes[index], -1);

    /// <summary>The ids cited, as a new array.</summary>
    internal TId[] ToArray()
    {
        if (_cited is null)
        {
            return _ids.ToArray();
        }
        var ids = new TId[_codes.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _cited.IdOf(_codes[i]);
        }
        return ids;
    }

    /// <summary>Citations held as ids.</summary>
    public static implicit operator Citations<TId>(ReadOnlySpan<TId> ids) => new(ids);
}
