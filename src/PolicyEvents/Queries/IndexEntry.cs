using System.Runtime.InteropServices;

namespace PolicyEvents.Queries;

/// <summary>One event while a history is built: when it takes effect (Unix ticks) and its position in the view's event array;
/// sorted per key, then split into a <see cref="TickIndex"/>.</summary>
/// <remarks>Packed to 12 bytes.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct IndexEntry(long ticks, int @event)
{
    /// <summary>The effective instant under the index's reading, in ticks since the Unix epoch (floored).</summary>
    public readonly long Ticks = ticks;

    /// <summary>The event's position in the view's event array.</summary>
    public readonly int Event = @event;
}
