using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Storage;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>
    /// The timeline of one request: how a company handled it over time, as periods of the events that covered it (the answers
    /// of <see cref="PolicyFor(CompanyId, GovernmentRequest, Instant, DateReading)"/> over time). Each covering event that takes
    /// effect gives its own period, ending when the next covering event takes effect; of covering events that take effect
    /// together, the tie rules pick one. With <see cref="CompanyScope.IncludingSubsidiaries"/>, the periods of every family
    /// member, ordered by start, then company id.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="request">The request.</param>
    /// <param name="scope">Whether to include subsidiaries; <see cref="CompanyScope.CompanyOnly"/> by default.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods; empty when no event covers the request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> Timeline(CompanyId company, GovernmentRequest request,
        CompanyScope scope = CompanyScope.CompanyOnly, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        ArgumentNullException.ThrowIfNull(request);
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        var index = IndexFor(reading);
        var periods = new List<PolicyPeriod>();
        foreach (var member in Members(company, scope))
        {
            if (_companyOrdinal.TryGetValue(member.Value, out var ordinal))
            {
                var cells = new[] { new Cell(request.Jurisdiction, request.Kind, request.Requester, request.Subject, request.Product) };
                AddScopedPeriods(index, Toward(index, ordinal, request.Jurisdiction), cells, long.MinValue, long.MaxValue, reading, periods);
            }
        }
        return scope == CompanyScope.CompanyOnly ? [.. periods] : [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company)];
    }

    /// <summary>
    /// The timeline of a company's policy map toward a jurisdiction (<see cref="PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/>
    /// over time): one period per scope piece. An event's period starts when it takes effect and ends when later events
    /// have taken over every request from the jurisdiction's authorities that its scope covers (null while it still decides
    /// some); coexisting scopes give overlapping periods. The events are the company's events toward the jurisdiction and
    /// its events whose scope admits requests from any jurisdiction (whose <see cref="PolicyPeriod.Jurisdiction"/> is their
    /// own). An event that decides no request when it takes effect (it loses every tie) gives no period. Ordered by start
    /// (then company id for a family), events that start together by the tie rules. On events without scopes this is
    /// <see cref="Timeline(CompanyId, JurisdictionCode, CompanyScope, DateReading)"/>.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The requesting jurisdiction.</param>
    /// <param name="scope">Whether to include subsidiaries; <see cref="CompanyScope.CompanyOnly"/> by default.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods; empty when nothing is recorded.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> ScopedTimeline(CompanyId company, JurisdictionCode jurisdiction,
        CompanyScope scope = CompanyScope.CompanyOnly, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        var index = IndexFor(reading);
        var periods = new List<PolicyPeriod>();
        foreach (var member in Members(company, scope))
        {
            if (_companyOrdinal.TryGetValue(member.Value, out var ordinal))
            {
                var positions = Toward(index, ordinal, jurisdiction);
                AddScopedPeriods(index, positions, CellsOf(index, positions, [jurisdiction]), long.MinValue, long.MaxValue, reading, periods);
            }
        }
        return scope == CompanyScope.CompanyOnly ? [.. periods] : [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company)];
    }

    /// <summary>
    /// The changes across the whole history between two instants, per scope piece: every event, of any company, that takes
    /// effect in <c>[from, to)</c> and then decides some of the requests its scope covers, as a period that ends when later
    /// events of its company have taken over all of them (requests from every jurisdiction, for a scope that admits any),
    /// or null. Ordered by start, then company id, then jurisdiction code, events that start together by the tie rules. On
    /// events without scopes this is <see cref="Changes(Instant, Instant, DateReading)"/>.
    /// </summary>
    /// <param name="from">The first instant (inclusive).</param>
    /// <param name="to">The end (exclusive); not before <paramref name="from"/>.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods that start in the interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> ScopedChanges(Instant from, Instant to, DateReading reading = DateReading.Earliest)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The end must not be before the start ({from}).");
        }
        EventTime.Check(reading, nameof(reading));
        var index = IndexFor(reading);
        var periods = new List<PolicyPeriod>();
        for (var ordinal = 0; ordinal < _companies.Length; ordinal++)
        {
            var keys = _keysOfCompany[ordinal];
            if (index.AnyOrigin[ordinal] is null)
            {
                // Each key's events decide requests from its jurisdiction only.
                foreach (var key in keys)
                {
                    var positions = Range(_keys[key].Start, _keys[key].End);
                    AddScopedPeriods(index, positions, CellsOf(index, positions, [_keys[key].Jurisdiction]),
                        from.ToUnixTimeTicks(), to.ToUnixTimeTicks(), reading, periods);
                }
            }
            else
            {
                // Scopes that admit any jurisdiction compete with the company's events toward each one, and decide alone the
                // requests from jurisdictions the company has no event toward.
                var positions = new List<int>();
                var origins = new List<JurisdictionCode?>();
                foreach (var key in keys)
                {
                    positions.AddRange(Range(_keys[key].Start, _keys[key].End));
                    origins.Add(_keys[key].Jurisdiction);
                }
                origins.Add(null);
                positions.Sort((p, q) => Compare(index, p, q));
                AddScopedPeriods(index, positions, CellsOf(index, positions, origins), from.ToUnixTimeTicks(), to.ToUnixTimeTicks(), reading, periods);
            }
        }
        return [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company).ThenBy(p => p.Jurisdiction)];
    }

    /// <summary>
    /// Latency after a trigger, per scope piece: for each company with events toward the trigger's jurisdiction (or events
    /// whose scope admits any jurisdiction), the events that first changed how it handled some request from that
    /// jurisdiction's authorities at or after the trigger took effect: for every request, the first event covering it that
    /// takes effect then or later; one response per such event, its <see cref="TriggerResponse.Change"/> the event's period
    /// in <see cref="ScopedTimeline"/>. Ordered by the change's start, then company id. On events without scopes this is
    /// <see cref="ResponsesTo(TriggerId, DateReading)"/>.
    /// </summary>
    /// <param name="trigger">The trigger's id.</param>
    /// <param name="reading">How imprecise dates (the trigger's, the events' and the announcements') are read.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="ArgumentException">The trigger id is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The history has no such trigger.</exception>
    public IReadOnlyList<TriggerResponse> ScopedResponsesTo(TriggerId trigger, DateReading reading = DateReading.Earliest)
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
        var jurisdiction = found.Jurisdiction;
        var triggerAt = EventTime.Read(found.Effective.ToInterval(_catalog.Registry.Get(jurisdiction).TimeZone), reading);
        var triggerTicks = triggerAt.ToUnixTimeTicks();
        var index = IndexFor(reading);
        var responses = new List<TriggerResponse>();
        foreach (var ordinal in _companiesInOrder)
        {
            var key = _pairs.Find(PairTable.Pack(ordinal, jurisdiction.Value));
            if (key < 0 && index.AnyOrigin[ordinal] is null)
            {
                continue;
            }
            var positions = Toward(index, ordinal, jurisdiction);
            var cells = CellsOf(index, positions, [jurisdiction]);
            var periods = new List<PolicyPeriod>();
            var periodPositions = new List<int>();
            AddScopedPeriods(index, positions, cells, triggerTicks, long.MaxValue, reading, periods, periodPositions);
            // For each request, the first covering event at or after the trigger: the last of the first group that covers it.
            var first = new bool[positions.Count];
            var decided = new bool[cells.Length];
            var start = FirstAtOrAfter(index, positions, triggerTicks);
            for (var g = start; g < positions.Count;)
            {
                var h = GroupEnd(index, positions, g);
                for (var c = 0; c < cells.Length; c++)
                {
                    if (decided[c])
                    {
                        continue;
                    }
                    for (var p = h - 1; p >= g; p--)
                    {
                        if (cells[c].IsCoveredBy(_events, index.Events[positions[p]]))
                        {
                            first[p] = decided[c] = true;
                            break;
                        }
                    }
                }
                g = h;
            }
            for (var i = 0; i < periods.Count; i++)
            {
                var (period, p) = (periods[i], periodPositions[i]);
                if (first[p])
                {
                    var @event = index.Events[positions[p]];
                    var window = period.Event.Announced?.ToInterval(_keyZone[_eventKey[@event]]);
                    Instant? announcedAt = window is { } w ? EventTime.Read(w, reading) : null;
                    responses.Add(new TriggerResponse(found, triggerAt, period, announcedAt, window));
                }
            }
        }
        return [.. responses.OrderBy(r => r.Change.Start).ThenBy(r => r.Company)];
    }

    /// <summary>One request of the request space, each dimension a single value; a null origin stands for every jurisdiction the
    /// company has no event toward.</summary>
    private readonly record struct Cell(JurisdictionCode? Origin, RequestKinds Kind, Requesters Requester, JurisdictionCode? Subject, string? Product)
    {
        public bool IsCoveredBy(EventStore events, int e)
        {
            var scope = events.PolicyOf(e).Scope;
            return (scope.Origin == RequestOrigin.AnyJurisdiction || (Origin is { } o && o == events.JurisdictionOf(e)))
                && scope.CoversRequest(Kind, Requester, Subject, Product);
        }
    }

    /// <summary>Index positions from <paramref name="lo"/> to <paramref name="hi"/> (exclusive).</summary>
    private static List<int> Range(int lo, int hi)
    {
        var result = new List<int>(hi - lo);
        for (var p = lo; p < hi; p++)
        {
            result.Add(p);
        }
        return result;
    }

    /// <summary>The index positions, in index order, of a company's events that decide requests from a jurisdiction: those
    /// toward it and those whose scope admits any jurisdiction, each once.</summary>
    private List<int> Toward(TickIndex index, int ordinal, JurisdictionCode jurisdiction)
    {
        var key = _pairs.Find(PairTable.Pack(ordinal, jurisdiction.Value));
        var own = key >= 0 ? Range(_keys[key].Start, _keys[key].End) : [];
        if (index.AnyOrigin[ordinal] is not { } anyOrigin)
        {
            return own;
        }
        var result = new List<int>(own.Count + anyOrigin.Length);
        int i = 0, j = 0;
        while (i < own.Count || j < anyOrigin.Length)
        {
            if (j == anyOrigin.Length || (i < own.Count && Compare(index, own[i], anyOrigin[j]) <= 0))
            {
                if (j < anyOrigin.Length && anyOrigin[j] == own[i])
                {
                    j++; // an event toward this jurisdiction that admits any: listed once
                }
                result.Add(own[i++]);
            }
            else
            {
                result.Add(anyOrigin[j++]);
            }
        }
        return result;
    }

    /// <summary>The cells of the request space the events' scopes divide: each origin, kind and requester, each subject and
    /// product the scopes name and "any other"; a single cell when every scope is open but for its origin and only one origin
    /// is asked about.</summary>
    private Cell[] CellsOf(TickIndex index, List<int> positions, List<JurisdictionCode?> origins)
    {
        var subjects = new List<JurisdictionCode?> { null };
        var products = new List<string?> { null };
        var open = true;
        foreach (var p in positions)
        {
            var scope = _events.PolicyOf(index.Events[p]).Scope;
            open &= scope.IsOpen;
            foreach (var subject in scope.SubjectJurisdictions)
            {
                if (!subjects.Contains(subject))
                {
                    subjects.Add(subject);
                }
            }
            foreach (var product in scope.Products)
            {
                if (!products.Contains(product))
                {
                    products.Add(product);
                }
            }
        }
        if (open && origins.Count == 1)
        {
            return [new Cell(origins[0], RequestKinds.UserData, Requesters.Government, null, null)];
        }
        var cells = new List<Cell>();
        foreach (var origin in origins)
        {
            foreach (var kind in CellKinds)
            {
                foreach (var requester in CellRequesters)
                {
                    foreach (var subject in subjects)
                    {
                        foreach (var product in products)
                        {
                            cells.Add(new Cell(origin, kind, requester, subject, product));
                        }
                    }
                }
            }
        }
        return [.. cells];
    }

    /// <summary>The end (exclusive) of the group of positions with the ticks of <paramref name="g"/>.</summary>
    private static int GroupEnd(TickIndex index, List<int> positions, int g)
    {
        var h = g + 1;
        while (h < positions.Count && index.Ticks.Same(positions[h], positions[g]))
        {
            h++;
        }
        return h;
    }

    /// <summary>
    /// Adds the period of each event (given as index positions, in index order) that decides some cell after its group of
    /// equal ticks has taken effect, and whose ticks lie in [fromTicks, toTicks): from its instant to the instant of the group
    /// in which later events took its last cell (the instant of that group's last event, as in a plain timeline), or open.
    /// An event's period depends only on the events at or after it, so earlier groups are skipped. The position in
    /// <paramref name="positions"/> of each period's event goes to <paramref name="periodPositions"/> when given.
    /// </summary>
    private void AddScopedPeriods(TickIndex index, List<int> positions, Cell[] cells, long fromTicks, long toTicks, DateReading reading,
        List<PolicyPeriod> periods, List<int>? periodPositions = null)
    {
        var start = FirstAtOrAfter(index, positions, fromTicks);
        if (start == positions.Count || index.Ticks[positions[start]] >= toTicks)
        {
            return;
        }
        var count = positions.Count - start;
        var owner = new int[cells.Length];
        Array.Fill(owner, -1);
        var live = new int[count];
        var endGroup = new int[count]; // the last position of the group that took the last cell; -1 while some remain
        var startGroup = new int[count];
        Array.Fill(endGroup, -1);
        for (var g = start; g < positions.Count;)
        {
            var h = GroupEnd(index, positions, g);
            for (var i = g; i < h; i++)
            {
                startGroup[i - start] = g;
                var e = index.Events[positions[i]];
                for (var c = 0; c < cells.Length; c++)
                {
                    if (!cells[c].IsCoveredBy(_events, e))
                    {
                        continue;
                    }
                    if (owner[c] >= 0 && --live[owner[c]] == 0)
                    {
                        endGroup[owner[c]] = h - 1;
                    }
                    owner[c] = i - start;
                    live[i - start]++;
                }
            }
            g = h;
        }
        for (var i = 0; i < count; i++)
        {
            var position = positions[start + i];
            if (index.Ticks[position] >= toTicks)
            {
                break;
            }
            var ended = endGroup[i];
            var lostAtStart = ended >= 0 && ended < GroupEnd(index, positions, startGroup[i]);
            var decidedNothing = ended < 0 && live[i] == 0;
            if (lostAtStart || decidedNothing)
            {
                continue;
            }
            Instant? end = ended >= 0 ? InstantOf(index, positions[ended]) : null;
            periods.Add(new PolicyPeriod(this, index.Events[position], InstantOf(index, position), end, reading));
            periodPositions?.Add(start + i);
        }
    }

    /// <summary>The first of <paramref name="positions"/> (index positions in index order) with ticks at or after
    /// <paramref name="ticks"/>, or their count.</summary>
    private static int FirstAtOrAfter(TickIndex index, List<int> positions, long ticks)
    {
        int lo = 0, hi = positions.Count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (index.Ticks[positions[mid]] < ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
