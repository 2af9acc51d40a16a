using System.Collections.Immutable;
using NodaTime;
using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Output;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Cli.Queries;

/// <summary>
/// The tool's queries over the library's <see cref="PolicyHistory"/> (docs/queries.md): superseded events left out,
/// dates read in each jurisdiction's zone at the start of their span, ties settled by the library.
/// </summary>
internal sealed class PolicyTimelines
{
    private readonly PolicyDataset _dataset;
    private readonly PolicyHistory _history;
    private readonly ImmutableArray<(CompanyId Company, JurisdictionCode Jurisdiction)> _keys;

    /// <summary>Builds the history of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    public PolicyTimelines(PolicyDataset dataset)
    {
        _dataset = dataset;
        _history = PolicyHistory.From(dataset);
        _keys = [.. _history.Events.Select(e => (e.Company, e.Jurisdiction)).Distinct().OrderBy(k => k.Company.Value, NaturalOrder.Instance).ThenBy(k => k.Jurisdiction)];
    }

    /// <summary>The instant at which an event took effect: the start of its effective date (or announcement date) in the jurisdiction's
    /// zone; the beginning of time for an interval whose start is open or unknown (as the library's earliest reading).</summary>
    /// <param name="dataset">The dataset (for the zone).</param>
    /// <param name="policyEvent">The event.</param>
    /// <returns>The instant.</returns>
    public static Instant StartOf(PolicyDataset dataset, PolicyEvent policyEvent)
    {
        var date = policyEvent.Effective ?? policyEvent.Announced!.Value;
        return date.ToInterval(dataset.ZoneOf(policyEvent.Jurisdiction)) is { HasStart: true } span ? span.Start : Instant.MinValue;
    }

    /// <summary>The periods selected, by company, then jurisdiction, then start.</summary>
    /// <param name="selection">The filters.</param>
    /// <returns>The periods.</returns>
    public IEnumerable<PolicySpan> Timeline(Selection selection) =>
        Selected(selection).SelectMany(k => _history.Timeline(k.Company, k.Jurisdiction))
            .Select(p => new PolicySpan(p.Event, p.Start, p.End));

    /// <summary>
    /// The chart's lanes for the selected pairs, by company (natural order) then jurisdiction. A pair whose events have
    /// different scopes gets one lane per scope when policies of two scopes are in force side by side (Apple's content and
    /// non-content requests; Zoom's requests from Hong Kong and requests about Hong Kong users from anywhere); otherwise its
    /// single timeline. In a lane, an event's period ends when a later event of the pair takes over the lane's whole scope
    /// (the library's covering rule: a later event replaces an earlier one only for the requests it covers; ties as the
    /// library settles them); an event that takes over only part of it leaves the period running, in its own lane.
    /// </summary>
    /// <param name="selection">The filters.</param>
    /// <returns>The lanes; within a pair, by the start of their first period.</returns>
    public IEnumerable<ScopeLane> Lanes(Selection selection)
    {
        var byPair = _history.Events.ToLookup(e => (e.Company, e.Jurisdiction));
        foreach (var (company, jurisdiction) in Selected(selection))
        {
            var single = new ScopeLane(company, jurisdiction, null,
                [.. _history.Timeline(company, jurisdiction).Select(p => new PolicySpan(p.Event, p.Start, p.End))]);
            // The pair's events in the library's order: by the instant they take effect, then recorded, then id.
            var events = byPair[(company, jurisdiction)]
                .Select(e => (Event: e, Start: StartOf(_dataset, e)))
                .OrderBy(x => x.Start).ThenBy(x => x.Event.Recorded).ThenBy(x => x.Event.Id.Value, StringComparer.Ordinal).ToList();
            var scopes = events.Select(x => x.Event.Policy.Scope).Distinct().ToList();
            if (scopes.Count < 2)
            {
                yield return single;
                continue;
            }
            var spans = new List<(RequestScope Scope, PolicySpan Span)>();
            for (var i = 0; i < events.Count; i++)
            {
                var (e, start) = events[i];
                var next = events.Skip(i + 1).FirstOrDefault(x => Covers(x.Event.Policy.Scope, e.Policy.Scope));
                Instant? endAt = next.Event is null ? null : next.Start;
                if (endAt != start)
                {
                    spans.Add((e.Policy.Scope, new PolicySpan(e, start, endAt, next.Event)));
                }
            }
            var coexist = spans.Any(a => spans.Any(b => !ReferenceEquals(a.Scope, b.Scope) && !a.Scope.Equals(b.Scope) && Overlap(a.Span, b.Span)));
            if (!coexist)
            {
                yield return single;
                continue;
            }
            foreach (var lane in spans.GroupBy(x => x.Scope).OrderBy(g => g.Min(x => x.Span.Start)))
            {
                yield return new ScopeLane(company, jurisdiction, lane.Key, [.. lane.Select(x => x.Span)]);
            }
        }
    }

    /// <summary>True when every request scope <paramref name="inner"/> covers, <paramref name="outer"/> covers too (kinds with
    /// <c>userData</c> standing for all its kinds, requesters, subjects, products and origin; an unspecified dimension is any).</summary>
    private static bool Covers(RequestScope outer, RequestScope inner)
    {
        static RequestKinds Kinds(RequestKinds k) => k == RequestKinds.None ? RequestKinds.All
            : (k & RequestKinds.UserData) != 0 ? k | (RequestKinds.All & ~RequestKinds.ContentRemoval) : k;
        static Requesters Who(Requesters r) => r == Requesters.None ? Requesters.All : r;
        return (Kinds(inner.Kinds) & ~Kinds(outer.Kinds)) == 0
            && (Who(inner.Requesters) & ~Who(outer.Requesters)) == 0
            && (outer.SubjectJurisdictions.IsEmpty || (!inner.SubjectJurisdictions.IsEmpty && inner.SubjectJurisdictions.All(outer.SubjectJurisdictions.Contains)))
            && (outer.Products.IsEmpty || (!inner.Products.IsEmpty && inner.Products.All(outer.Products.Contains)))
            && (outer.Origin == RequestOrigin.AnyJurisdiction || inner.Origin == RequestOrigin.EventJurisdiction);
    }

    private static bool Overlap(PolicySpan a, PolicySpan b) =>
        (b.End is not { } bEnd || a.Start < bEnd) && (a.End is not { } aEnd || b.Start < aEnd);

    /// <summary>
    /// What each selected pair has in force at a date, one row per scope piece (the library's
    /// <see cref="PolicyHistory.PolicyMap(CompanyId, JurisdictionCode, Instant, DateReading)"/>: coexisting scoped policies, such
    /// as content and non-content requests, each get a row), and "no recorded policy" (a null piece) where nothing is in force.
    /// A local date is read in each jurisdiction's own zone and taken at its start; an instant is taken as is. With a
    /// jurisdiction selected, every selected company of the dataset is answered; without, each pair with events.
    /// </summary>
    /// <param name="time">The date or instant.</param>
    /// <param name="selection">The filters.</param>
    /// <returns>The rows, by company (natural order) then jurisdiction.</returns>
    public IEnumerable<PolicyInForce> At(QueryTime time, Selection selection)
    {
        var pairs = selection.Jurisdiction is { } j
            ? _dataset.Companies.Select(c => c.Id).Where(c => selection.Companies is null || selection.Companies.Contains(c))
                .OrderBy(c => c.Value, NaturalOrder.Instance).Select(c => (Company: c, Jurisdiction: j))
            : Selected(selection);
        foreach (var (company, jurisdiction) in pairs)
        {
            var pieces = _history.PolicyMap(company, jurisdiction, time.In(_dataset.ZoneOf(jurisdiction)));
            if (pieces.Count == 0)
            {
                yield return new PolicyInForce(company, jurisdiction, null);
            }
            foreach (var piece in pieces)
            {
                yield return new PolicyInForce(company, jurisdiction, piece);
            }
        }
    }

    /// <summary>
    /// How each selected company (every company of the dataset without <c>--company</c>) handled one request at a date, read
    /// in the requesting jurisdiction's zone: one answer per company, by id, those with no recorded policy included.
    /// </summary>
    /// <param name="time">The date or instant.</param>
    /// <param name="request">The request.</param>
    /// <param name="selection">The filters (its companies).</param>
    /// <returns>The answers.</returns>
    public IEnumerable<RequestAnswer> For(QueryTime time, GovernmentRequest request, Selection selection)
    {
        var at = time.In(_dataset.ZoneOf(request.Jurisdiction));
        return _dataset.Companies.Select(c => c.Id).Where(c => selection.Companies is null || selection.Companies.Contains(c))
            .OrderBy(c => c.Value, NaturalOrder.Instance).Select(c => _history.PolicyFor(c, request, at));
    }

    /// <summary>
    /// The policies in force at a date, read in the subject jurisdiction's zone, that cover requests about its users from any
    /// jurisdiction's authorities: one per company and event, by company id.
    /// </summary>
    /// <param name="time">The date or instant.</param>
    /// <param name="subject">The data subjects' jurisdiction.</param>
    /// <param name="selection">The filters (its companies).</param>
    /// <returns>The scoped policies.</returns>
    public IEnumerable<ScopedPolicy> About(QueryTime time, JurisdictionCode subject, Selection selection) =>
        _history.PoliciesAbout(subject, time.In(_dataset.ZoneOf(subject)))
            .Where(p => selection.Companies is null || selection.Companies.Contains(p.Company));

    private IEnumerable<(CompanyId Company, JurisdictionCode Jurisdiction)> Selected(Selection selection) =>
        _keys.Where(k => selection.Includes(k.Company, k.Jurisdiction));
}
