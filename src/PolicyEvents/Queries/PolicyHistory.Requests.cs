using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>The single kinds a request can be of, each one cell of a policy map.</summary>
    private static readonly RequestKinds[] CellKinds =
        [RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.Preservation, RequestKinds.EmergencyDisclosure, RequestKinds.ContentRemoval];

    /// <summary>The single requesters a request can come from, each one cell of a policy map.</summary>
    private static readonly Requesters[] CellRequesters = [Requesters.Government, Requesters.LawEnforcement, Requesters.Courts];

    /// <summary>
    /// How a company handled one request at an instant: the latest event in force (by effective time, then the tie rules) whose
    /// scope covers the request (<see cref="PolicyEvent.Covers"/>). Events toward the request's jurisdiction and the company's
    /// events whose scope admits requests from any jurisdiction compete; a later event replaces an earlier one only for the
    /// requests it covers. O(log n) plus the events skipped because they do not cover the request; allocates nothing.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="request">The request.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; <see cref="PolicyStatus.NoRecordedPolicy"/> when no event in force covers the request (never null).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public RequestAnswer PolicyFor(CompanyId company, GovernmentRequest request, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        ArgumentNullException.ThrowIfNull(request);
        EventTime.Check(reading, nameof(reading));
        if (!_companyOrdinal.TryGetValue(company.Value, out var ordinal))
        {
            return new RequestAnswer(this, company, request, at, reading, -1);
        }
        var index = IndexFor(reading);
        var ticks = at.ToUnixTimeTicks();
        var events = index.Events;
        var cover = index.Cover;
        var bits = request.CoverBits;
        var best = -1;
        var key = _pairs.Find(PairTable.Pack(ordinal, request.Jurisdiction.Value));
        if (key >= 0)
        {
            // Every event of the key is toward the request's jurisdiction: the origin admits the request.
            var lo = _keys[key].Start;
            for (var p = index.LastAtOrBefore(lo, _keys[key].End, ticks); p >= lo; p--)
            {
                if (Covers(cover[p], bits, events[p], request))
                {
                    best = p;
                    break;
                }
            }
        }
        if (index.AnyOrigin[ordinal] is { } anyOrigin)
        {
            for (var i = LastAtOrBefore(index, anyOrigin, ticks); i >= 0; i--)
            {
                var p = anyOrigin[i];
                if (best >= 0 && Compare(index, p, best) <= 0)
                {
                    break;
                }
                if (Covers(cover[p], bits, events[p], request))
                {
                    best = p;
                    break;
                }
            }
        }
        return new RequestAnswer(this, company, request, at, reading, best >= 0 ? events[best] : -1);
    }

    /// <summary>Whether an entry whose origin admits the request covers it: its packed kinds and requesters first, its event's
    /// subjects and products only when they restrict it.</summary>
    private bool Covers(int mask, int bits, int @event, GovernmentRequest request) =>
        (mask & bits) == bits
        && ((mask & RequestScope.NeedsDetail) == 0
            || _events.PolicyOf(@event).Scope.CoversRequest(request.Kind, request.Requester, request.Subject, request.Product));

    /// <summary>How a company handled one request at the start of a local date in the requesting jurisdiction's time zone; see
    /// <see cref="PolicyFor(CompanyId, GovernmentRequest, Instant, DateReading)"/>.</summary>
    /// <param name="company">The company.</param>
    /// <param name="request">The request; its jurisdiction's zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answer; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the request's jurisdiction.</exception>
    public RequestAnswer PolicyFor(CompanyId company, GovernmentRequest request, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PolicyFor(company, request, StartOf(request.Jurisdiction, date), reading);
    }

    /// <summary>
    /// A company's policy map toward a jurisdiction at an instant: every event in force that still decides some request from
    /// that jurisdiction's authorities (its own events toward the jurisdiction, and its events from any jurisdiction), one
    /// entry per scope piece, oldest first, each with the later events that took over part of its scope. Empty when no event
    /// is in force. O(m · c) for the m events back to the last one that covers everything, over c cells (each kind, requester,
    /// named subject and named product, and "any other").
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The requesting jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<ScopedPolicy> PolicyMap(CompanyId company, JurisdictionCode jurisdiction, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(reading, nameof(reading));
        if (!_companyOrdinal.TryGetValue(company.Value, out var ordinal))
        {
            return [];
        }
        var index = IndexFor(reading);
        var ticks = at.ToUnixTimeTicks();
        var key = _pairs.Find(PairTable.Pack(ordinal, jurisdiction.Value));
        var (lo, keyLast) = key >= 0 ? (_keys[key].Start, index.LastAtOrBefore(_keys[key].Start, _keys[key].End, ticks)) : (0, -1);
        var anyOrigin = index.AnyOrigin[ordinal] ?? [];
        var candidates = Candidates(index, lo, keyLast, anyOrigin, LastAtOrBefore(index, anyOrigin, ticks));
        var subjects = new List<JurisdictionCode?> { null };
        foreach (var named in Named(candidates))
        {
            subjects.Add(named);
        }
        return Pieces(candidates, subjects, reading);
    }

    /// <summary>A company's policy map toward a jurisdiction at the start of a local date in its zone; see
    /// <see cref="PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/>.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The requesting jurisdiction, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public IReadOnlyList<ScopedPolicy> PolicyMap(CompanyId company, JurisdictionCode jurisdiction, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        return PolicyMap(company, jurisdiction, StartOf(jurisdiction, date), reading);
    }

    /// <summary>
    /// By whose data: the policies in force at an instant that cover requests about a jurisdiction's users from any
    /// jurisdiction's authorities (scopes with <see cref="RequestOrigin.AnyJurisdiction"/> whose subjects include the
    /// jurisdiction or are open), one entry per scope piece, ordered by company id, then oldest first. A company's policy toward
    /// the requests of one jurisdiction only (Hong Kong's police) is not listed: see <see cref="PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/>.
    /// </summary>
    /// <param name="subject">The jurisdiction of the users whose data the requests are about.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<ScopedPolicy> PoliciesAbout(JurisdictionCode subject, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(subject, nameof(subject));
        EventTime.Check(reading, nameof(reading));
        var index = IndexFor(reading);
        var ticks = at.ToUnixTimeTicks();
        var result = ImmutableArray.CreateBuilder<ScopedPolicy>();
        foreach (var ordinal in _companiesInOrder)
        {
            if (index.AnyOrigin[ordinal] is { } anyOrigin)
            {
                var candidates = Candidates(index, 0, -1, anyOrigin, LastAtOrBefore(index, anyOrigin, ticks));
                result.AddRange(Pieces(candidates, [subject], reading));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>By whose data, at the start of a local date in the subject jurisdiction's zone; see
    /// <see cref="PoliciesAbout(JurisdictionCode, Instant, DateReading)"/>.</summary>
    /// <param name="subject">The jurisdiction of the users, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The pieces.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public IReadOnlyList<ScopedPolicy> PoliciesAbout(JurisdictionCode subject, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(subject, nameof(subject));
        return PoliciesAbout(subject, StartOf(subject, date), reading);
    }

    /// <summary>The events in force (positions in the view's event array), newest first in index order, merged across the
    /// key's range and the any-origin list, back to and including the first whose scope is open: nothing older decides any
    /// request.</summary>
    private List<int> Candidates(TickIndex index, int lo, int keyLast, int[] anyOrigin, int anyLast)
    {
        var result = new List<int>();
        int p = keyLast, i = anyLast;
        while (p >= lo || i >= 0)
        {
            int next;
            if (i < 0 || (p >= lo && Compare(index, p, anyOrigin[i]) >= 0))
            {
                next = p--;
                if (i >= 0 && anyOrigin[i] == next)
                {
                    i--; // an any-origin event toward this very jurisdiction: listed once
                }
            }
            else
            {
                next = anyOrigin[i--];
            }
            var @event = index.Events[next];
            result.Add(@event);
            if (_events.PolicyOf(@event).Scope.IsOpen)
            {
                break;
            }
        }
        return result;
    }

    /// <summary>The subject jurisdictions the candidates' scopes name, in order of appearance.</summary>
    private List<JurisdictionCode> Named(List<int> candidates)
    {
        var result = new List<JurisdictionCode>();
        foreach (var e in candidates)
        {
            foreach (var value in _events.PolicyOf(e).Scope.SubjectJurisdictions)
            {
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The pieces: every cell of the request space (each kind, each requester, each of <paramref name="subjects"/>, each product
    /// the candidates name and "any other product") goes to the newest candidate that covers it; each candidate that wins a
    /// cell is a piece, overridden by the newer candidates that won cells its scope covers. Oldest first.
    /// </summary>
    private ImmutableArray<ScopedPolicy> Pieces(List<int> candidates, List<JurisdictionCode?> subjects, DateReading reading)
    {
        if (candidates.Count == 0)
        {
            return [];
        }
        var products = new List<string?> { null };
        foreach (var e in candidates)
        {
            foreach (var product in _events.PolicyOf(e).Scope.Products)
            {
                if (!products.Contains(product))
                {
                    products.Add(product);
                }
            }
        }
        var wins = new bool[candidates.Count];
        var overriddenBy = new List<int>?[candidates.Count];
        foreach (var kind in CellKinds)
        {
            foreach (var requester in CellRequesters)
            {
                foreach (var subject in subjects)
                {
                    foreach (var product in products)
                    {
                        var winner = -1;
                        for (var c = 0; c < candidates.Count; c++)
                        {
                            if (!_events.PolicyOf(candidates[c]).Scope.CoversRequest(kind, requester, subject, product))
                            {
                                continue;
                            }
                            if (winner < 0)
                            {
                                winner = c;
                                wins[c] = true;
                            }
                            else if (!(overriddenBy[c] ??= []).Contains(winner))
                            {
                                overriddenBy[c]!.Add(winner);
                            }
                        }
                    }
                }
            }
        }
        var result = ImmutableArray.CreateBuilder<ScopedPolicy>();
        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            if (wins[c])
            {
                var later = overriddenBy[c] is { } list
                    ? list.OrderByDescending(w => w).Select(w => _events[candidates[w]]).ToImmutableArray()
                    : [];
                result.Add(new ScopedPolicy(this, candidates[c], reading, later));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The position in <paramref name="positions"/> (index positions in index order) of the last one with ticks at or
    /// before <paramref name="ticks"/>, or -1.</summary>
    private static int LastAtOrBefore(TickIndex index, int[] positions, long ticks)
    {
        var all = index.Ticks;
        int lo = 0, hi = positions.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (all[positions[mid]] <= ticks)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /// <summary>Orders two index positions of one company by the index's rule: ticks, then recorded instant, then event id.</summary>
    private int Compare(TickIndex index, int p, int q)
    {
        if (p == q)
        {
            return 0;
        }
        var byTicks = index.Ticks[p].CompareTo(index.Ticks[q]);
        if (byTicks != 0)
        {
            return byTicks;
        }
        int a = index.Events[p], b = index.Events[q];
        var byRecorded = _events.RecordedOf(a).CompareTo(_events.RecordedOf(b));
        return byRecorded != 0 ? byRecorded : _events.CompareIds(a, b);
    }
}
