using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>
    /// Latency after a trigger: for each company with events toward the trigger's jurisdiction, its first change that takes
    /// effect at or after the trigger, with the delay by effective time and by announcement date. Companies with no such
    /// change are left out. Ordered by the change's start, then company id.
    /// </summary>
    /// <param name="trigger">The trigger's id.</param>
    /// <param name="reading">How imprecise dates (the trigger's, the events' and the announcements') are read.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="ArgumentException">The trigger id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The history has no such trigger.</exception>
    public IReadOnlyList<TriggerResponse> ResponsesTo(TriggerId trigger, DateReading reading = DateReading.Earliest)
    {
        if (trigger.IsDefault)
        {
            throw new ArgumentException("A default (uninitialized) TriggerId is not a valid value.", nameof(trigger));
        }
        EventTime.Check(reading, nameof(reading));
        if (!_catalog.Triggers.TryGetValue(trigger, out var found))
        {
            throw new KeyNotFoundException($"Unknown trigger '{trigger}'.");
        }
        var zone = _catalog.Registry.Get(found.Jurisdiction).TimeZone;
        var triggerAt = EventTime.Read(found.Effective.ToInterval(zone), reading);
        var responses = new List<TriggerResponse>();
        if (KeysOf(found.Jurisdiction) is { } keys)
        {
            var index = IndexFor(reading);
            foreach (var key in keys)
            {
                int lo = _keys[key].Start, hi = _keys[key].End;
                var position = index.FirstAtOrAfter(lo, hi, triggerAt.ToUnixTimeTicks());
                if (position == hi)
                {
                    continue;
                }
                var winner = index.WinnerOfGroup(position, hi);
                Instant? end = winner + 1 < hi ? InstantOf(index, index.WinnerOfGroup(winner + 1, hi)) : null;
                var change = new PolicyPeriod(this, index.Events[winner], InstantOf(index, winner), end, reading);
                var window = change.Event.Announced?.ToInterval(zone);
                Instant? announcedAt = window is { } w ? EventTime.Read(w, reading) : null;
                responses.Add(new TriggerResponse(found, triggerAt, change, announcedAt, window));
            }
        }
        return [.. responses.OrderBy(r => r.Change.Start).ThenBy(r => r.Company)];
    }

    /// <summary>
    /// What had been announced by an instant: the events of this view whose <see cref="PolicyEvent.Announced"/> date, read
    /// in the jurisdiction's zone, is at or before <paramref name="by"/>. By default (<see cref="DateReading.Latest"/>) an
    /// announcement counts only when its whole span has passed (certainly announced: a day-precision announcement on
    /// 7 July in Hong Kong is not counted by 7 July 00:00 HKT); with <see cref="DateReading.Earliest"/> it counts from the
    /// start of its span (possibly announced). Events without an announcement date never count. Ordered by announcement
    /// instant, then company id, then event id.
    /// </summary>
    /// <param name="by">The instant.</param>
    /// <param name="reading">How imprecise announcement dates are read; <see cref="DateReading.Latest"/> by default.</param>
    /// <returns>The events announced by then.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyEvent> AnnouncedBy(Instant by, DateReading reading = DateReading.Latest)
    {
        EventTime.Check(reading, nameof(reading));
        var announced = new List<(Instant At, PolicyEvent Event)>();
        for (var i = 0; i < _events.Count; i++)
        {
            if (_events.AnnouncedOf(i) is { } date)
            {
                var at = EventTime.Read(date.ToInterval(_keyZone[_eventKey[i]]), reading);
                if (at <= by)
                {
                    announced.Add((at, _events[i]));
                }
            }
        }
        return [.. announced.OrderBy(a => a.At).ThenBy(a => a.Event.Company).ThenBy(a => a.Event.Id).Select(a => a.Event)];
    }
}
