using System.Runtime.InteropServices;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>Numbers distinct dates in the order first met, as <see cref="ValueTable{T}"/> does, finding the usual ones
/// (a single date or instant to the second, <see cref="PartialDate.TryPack"/>) by a 64-bit key: a look-up hashes and
/// compares one number, not a date's six fields. Any other date is found by value. Not thread-safe.</summary>
internal sealed class DateTable
{
    private readonly Dictionary<long, int> _packed = [];
    private readonly Dictionary<PartialDate, int> _other = [];
    private readonly List<long> _keys = []; // by number: the date's key, or ~n for the n-th of _others
    private readonly List<PartialDate> _others = [];

    /// <summary>The number of <paramref name="date"/>, given it when first met.</summary>
    internal int NumberOf(PartialDate date)
    {
        var packs = date.TryPack(out var key);
        ref var number = ref packs
            ? ref CollectionsMarshal.GetValueRefOrAddDefault(_packed, key, out var known)
            : ref CollectionsMarshal.GetValueRefOrAddDefault(_other, date, out known);
        if (!known)
        {
            number = _keys.Count;
            if (!packs)
            {
                key = ~(long)_others.Count;
                _others.Add(date);
            }
            _keys.Add(key);
        }
        return number;
    }

    /// <summary>The dates, by number.</summary>
    internal PackedDates ToDates() => new([.. _keys], [.. _others]);
}
