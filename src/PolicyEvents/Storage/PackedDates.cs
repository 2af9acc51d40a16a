using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Storage;

/// <summary>A column store's distinct dates by number (<see cref="DateTable"/>): the usual ones as their 64-bit keys
/// (<see cref="PartialDate.TryPack"/>), 8 bytes where a <see cref="PartialDate"/> takes 32, made again when read; any other
/// kept whole. Immutable.</summary>
internal sealed class PackedDates
{
    private readonly long[] _keys; // by number: the date's key, or ~n for the n-th of _others
    private readonly PartialDate[] _others;

    internal PackedDates(long[] keys, PartialDate[] others) => (_keys, _others) = (keys, others);

    /// <summary>How many dates there are.</summary>
    internal int Count => _keys.Length;

    /// <summary>The date numbered <paramref name="number"/>.</summary>
    internal PartialDate this[int number] => _keys[number] is var key && key >= 0 ? PartialDate.Unpack(key) : _others[~key];

    /// <summary>The instant date <paramref name="number"/> names when it is a single instant, else null; a packed date
    /// is made again only when it is an instant.</summary>
    internal Instant? InstantOf(int number) =>
        _keys[number] is var key && key < 0 ? _others[~key].Instant
        : (key & 3) == (long)DatePrecision.Instant ? PartialDate.Unpack(key).Instant
        : null;
}
