using System.Runtime.CompilerServices;
using NodaTime;
using PolicyEvents.Time;

namespace PolicyEvents.Queries;

/// <summary>
/// A small direct-mapped cache of "start of this local day in this zone" (Unix ticks), used while a history is built:
/// real datasets repeat few zones and dates, so most look-ups hit; a miss costs one NodaTime computation. Not thread-safe
/// (one per build).
/// </summary>
internal sealed class StartOfDayCache
{
    private const int Size = 4096;
    private readonly DateTimeZone[] _keyZone;
    private readonly int[] _keyZoneId;
    private readonly (int ZoneId, int Day, long Ticks)[] _slots = new (int, int, long)[Size];

    /// <summary>Creates a cache for the zones of a history's keys.</summary>
    internal StartOfDayCache(DateTimeZone[] keyZone)
    {
        _keyZone = keyZone;
        var ids = new Dictionary<DateTimeZone, int>(ReferenceEqualityComparer.Instance);
        _keyZoneId = new int[keyZone.Length];
        for (var k = 0; k < keyZone.Length; k++)
        {
            if (!ids.TryGetValue(keyZone[k], out var id))
            {
                ids[keyZone[k]] = id = ids.Count + 1;
            }
            _keyZoneId[k] = id;
        }
    }

    /// <summary>The zone of key <paramref name="key"/>.</summary>
    internal DateTimeZone Zone(int key) => _keyZone[key];

    /// <summary>The start of <paramref name="date"/> in the zone of key <paramref name="key"/>, in Unix ticks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long Ticks(int key, LocalDate date)
    {
        var zoneId = _keyZoneId[key];
        var day = (date.Year << 9) | (date.Month << 5) | date.Day;
        ref var slot = ref _slots[(int)((uint)((day * 31) ^ (zoneId * -1640531535)) % Size)];
        if (slot.ZoneId == zoneId && slot.Day == day)
        {
            return slot.Ticks;
        }
        var ticks = PartialDate.StartOfDay(_keyZone[key], date).ToUnixTimeTicks();
        slot = (zoneId, day, ticks);
        return ticks;
    }
}
