using CsCheck;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// Timelines, changes and latency per scope piece against a brute-force oracle: at every instant an event takes effect,
/// which events decide some request (the covering rule, scanned over every request of a grid), and from that each event's
/// period: from its effective instant, if it decides a request then, to the first later instant at which it decides none.
/// </summary>
public partial class PolicyHistoryOracleTests
{
    private static readonly JurisdictionCode Elsewhere = new("ZZ");

    private static readonly JurisdictionCode?[] Subjects = [null, Jurisdictions[0], Jurisdictions[1], Jurisdictions[2]];

    /// <summary>The events of one company that compete for some requests, in the tie order, with their effective instants.</summary>
    private sealed class Competitors(List<PolicyEvent> events, Dictionary<EventId, Instant> times)
    {
        public List<PolicyEvent> Events { get; } = [.. events.OrderBy(e => times[e.Id]).ThenBy(e => e.Recorded).ThenBy(e => e.Id)];

        public Instant Time(PolicyEvent e) => times[e.Id];

        /// <summary>The latest event in force at <paramref name="at"/> that covers the request, by a backward scan.</summary>
        public PolicyEvent? Winner(Instant at, JurisdictionCode from, RequestKinds kind, Requesters requester, JurisdictionCode? subject, string? product)
        {
            for (var i = Events.Count - 1; i >= 0; i--)
            {
                var e = Events[i];
                if (times[e.Id] <= at && OracleCovers(e, from, kind, requester, subject, product))
                {
                    return e;
                }
            }
            return null;
        }

        /// <summary>Every event that decides at least one request from one of the origins at an instant.</summary>
        public HashSet<EventId> Deciding(Instant at, JurisdictionCode[] origins)
        {
            var result = new HashSet<EventId>();
            foreach (var from in origins)
            {
                foreach (var kind in SingleKinds)
                {
                    foreach (var requester in SingleRequesters)
                    {
                        foreach (var subject in Subjects)
                        {
                            foreach (var product in Products)
                            {
                                if (Winner(at, from, kind, requester, subject, product) is { } winner)
                                {
                                    result.Add(winner.Id);
                                }
                            }
                        }
                    }
                }
            }
            return result;
        }

        /// <summary>Each event's period from the deciding sets at every effective instant.</summary>
        public List<(string Id, Instant Start, Instant? End)> Periods(JurisdictionCode[] origins)
        {
            var instants = Events.Select(Time).Distinct().Order().ToList();
            var deciding = instants.ToDictionary(t => t, t => Deciding(t, origins));
            var result = new List<(string, Instant, Instant?)>();
            foreach (var e in Events)
            {
                var start = Time(e);
                if (!deciding[start].Contains(e.Id))
                {
                    continue;
                }
                Instant? end = instants.Where(t => t > start && !deciding[t].Contains(e.Id)).Select(t => (Instant?)t).FirstOrDefault();
                result.Add((e.Id.Value, start, end));
            }
            return result;
        }
    }

    private static PolicyEvent[] ScopedEvents((Spec Time, ScopeSpec Scope)[] specs)
    {
        var plain = Build([.. specs.Select(s => s.Time)]);
        return [.. plain.Select((e, i) => e.WithPolicy(e.Policy.WithScope(ScopeOf(specs[i].Scope))))];
    }

    private static Competitors Toward(List<PolicyEvent> visible, Dictionary<EventId, Instant> times, CompanyId c, JurisdictionCode j) =>
        new([.. visible.Where(e => e.Company == c && (e.Jurisdiction == j || e.Policy.Scope.Origin == RequestOrigin.AnyJurisdiction))], times);

    [Fact]
    public void Scoped_timelines_and_request_timelines_agree_with_a_linear_scan()
    {
        ScopedHistoryGen.Sample(specs =>
        {
            var events = ScopedEvents(specs);
            var history = Create(events);
            foreach (var knownAt in Views(events).Take(2))
            {
                var view = knownAt is { } k ? history.AsKnownAt(k) : history;
                var visible = Visible(events, knownAt);
                foreach (var reading in Readings)
                {
                    var times = visible.ToDictionary(e => e.Id, e => Effective(e, reading));
                    foreach (var c in CompanyIds)
                    {
                        foreach (var j in Jurisdictions)
                        {
                            var competitors = Toward(visible, times, c, j);
                            view.ScopedTimeline(c, j, reading: reading).Select(p => (p.Event.Id.Value, p.Start, p.End))
                                .Should().Equal(competitors.Periods([j]), $"{c} toward {j} {reading} known at {knownAt}");

                            foreach (var (kind, requester, subject, product) in new[]
                            {
                                (RequestKinds.Content, Requesters.LawEnforcement, (JurisdictionCode?)Jurisdictions[0], (string?)null),
                                (RequestKinds.ContentRemoval, Requesters.Government, null, "a"),
                                (RequestKinds.NonContent, Requesters.Courts, Jurisdictions[1], "b"),
                            })
                            {
                                var request = new GovernmentRequest(j, kind, requester, subject, product);
                                var covering = competitors.Events.Where(e => OracleCovers(e, j, kind, requester, subject, product))
                                    .GroupBy(competitors.Time).Select(g => g.Last()).ToList();
                                view.Timeline(c, request, reading: reading).Select(p => (p.Event.Id.Value, p.Start, p.End)).Should().Equal(
                                    covering.Select((e, i) => (e.Id.Value, competitors.Time(e), i + 1 < covering.Count ? competitors.Time(covering[i + 1]) : (Instant?)null)),
                                    $"{c} {request} {reading}");
                            }
                        }
                        var family = view.ScopedTimeline(CompanyIds[0], Jurisdictions[0], CompanyScope.IncludingSubsidiaries, reading);
                        family.Should().Equal(view.ScopedTimeline(CompanyIds[0], Jurisdictions[0], reading: reading)
                            .Concat(view.ScopedTimeline(CompanyIds[1], Jurisdictions[0], reading: reading)).OrderBy(p => p.Start).ThenBy(p => p.Company));
                    }
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void Scoped_changes_and_responses_agree_with_a_linear_scan()
    {
        ScopedHistoryGen.Sample(specs =>
        {
            var events = ScopedEvents(specs);
            var history = Create(events);
            var visible = Visible(events, null);
            foreach (var reading in Readings)
            {
                var times = visible.ToDictionary(e => e.Id, e => Effective(e, reading));

                // Changes: each event's whole life, over requests from every jurisdiction (ZZ stands for any other).
                var from = Instant.FromUtc(2020, 2, 1, 0, 0);
                var to = Instant.FromUtc(2020, 3, 15, 0, 0);
                var lives = CompanyIds.SelectMany(c =>
                    new Competitors([.. visible.Where(e => e.Company == c)], times).Periods([.. Jurisdictions, Elsewhere])).ToList();
                var byId = visible.ToDictionary(e => e.Id.Value);
                history.ScopedChanges(from, to, reading).Select(p => (p.Event.Id.Value, p.Start, p.End)).Should().Equal(
                    lives.Where(p => p.Start >= from && p.Start < to)
                        .OrderBy(p => p.Start).ThenBy(p => byId[p.Id].Company).ThenBy(p => byId[p.Id].Jurisdiction)
                        .ThenBy(p => byId[p.Id].Recorded).ThenBy(p => byId[p.Id].Id),
                    $"{reading}");

                // Latency: for every request from the trigger's jurisdiction, the first covering event at or after the trigger.
                var hk = Law.Jurisdiction;
                var triggerAt = ReadDate(Law.Effective, hk, reading);
                var expected = new HashSet<(CompanyId, string, Instant)>();
                foreach (var c in CompanyIds)
                {
                    var competitors = Toward(visible, times, c, hk);
                    var later = competitors.Events.Where(e => competitors.Time(e) >= triggerAt).ToList();
                    foreach (var kind in SingleKinds)
                    {
                        foreach (var requester in SingleRequesters)
                        {
                            foreach (var subject in Subjects)
                            {
                                foreach (var product in Products)
                                {
                                    var covering = later.Where(e => OracleCovers(e, hk, kind, requester, subject, product)).ToList();
                                    if (covering.Count > 0)
                                    {
                                        var first = covering.Last(e => competitors.Time(e) == competitors.Time(covering[0]));
                                        expected.Add((c, first.Id.Value, competitors.Time(first)));
                                    }
                                }
                            }
                        }
                    }
                }
                var responses = history.ScopedResponsesTo(TriggerIdValue, reading);
                responses.Select(r => (r.Company, r.Change.Event.Id.Value, r.Change.Start)).Should().BeEquivalentTo(expected);
                responses.Should().BeInAscendingOrder(r => r.Change.Start);
                foreach (var response in responses)
                {
                    response.EffectiveDelay.Should().Be(response.Change.Start - triggerAt);
                    history.ScopedTimeline(response.Company, hk, reading: reading).Should().Contain(response.Change);
                }
            }
        }, iter: 25);
    }

    [Fact]
    public void Without_scopes_the_scoped_queries_answer_as_the_merged_ones()
    {
        HistoryGen.Sample(specs =>
        {
            var events = Build(specs);
            var history = Create(events);
            foreach (var reading in Readings)
            {
                foreach (var c in CompanyIds)
                {
                    foreach (var j in Jurisdictions)
                    {
                        var merged = history.Timeline(c, j, reading: reading);
                        history.ScopedTimeline(c, j, reading: reading).Should().Equal(merged);
                        history.Timeline(c, new GovernmentRequest(j, RequestKinds.ContentRemoval, Requesters.Courts, j, "a"), reading: reading)
                            .Should().Equal(merged);
                    }
                }
                history.ScopedTimeline(CompanyIds[0], Jurisdictions[0], CompanyScope.IncludingSubsidiaries, reading)
                    .Should().Equal(history.Timeline(CompanyIds[0], Jurisdictions[0], CompanyScope.IncludingSubsidiaries, reading));
                var from = Instant.FromUtc(2020, 2, 1, 0, 0);
                var to = Instant.FromUtc(2020, 3, 15, 0, 0);
                history.ScopedChanges(from, to, reading).Should().Equal(history.Changes(from, to, reading));
                history.ScopedResponsesTo(TriggerIdValue, reading).Should().Equal(history.ResponsesTo(TriggerIdValue, reading));
            }
        }, iter: 60);
    }

    [Fact]
    public void Family_versions_of_request_queries_list_each_member()
    {
        ScopedHistoryGen.Sample(specs =>
        {
            var history = Create(ScopedEvents(specs));
            foreach (var at in Probes(history.Events.ToArray()).Distinct().Take(6))
            {
                var request = new GovernmentRequest(Jurisdictions[0], RequestKinds.Content, Requesters.LawEnforcement, Jurisdictions[0]);
                history.PoliciesFor(CompanyIds[0], request, at, CompanyScope.IncludingSubsidiaries).Should().Equal(
                    history.PolicyFor(CompanyIds[0], request, at), history.PolicyFor(CompanyIds[1], request, at));
                history.PoliciesFor(CompanyIds[2], request, at, CompanyScope.IncludingSubsidiaries).Should().Equal(history.PolicyFor(CompanyIds[2], request, at));
                history.PoliciesFor(CompanyIds[0], request, at, CompanyScope.CompanyOnly).Should().Equal(history.PolicyFor(CompanyIds[0], request, at));
                history.PolicyMap(CompanyIds[0], Jurisdictions[0], at, CompanyScope.IncludingSubsidiaries).Should().Equal(
                    history.PolicyMap(CompanyIds[0], Jurisdictions[0], at).Concat(history.PolicyMap(CompanyIds[1], Jurisdictions[0], at)));
            }
        }, iter: 30);
    }
}
