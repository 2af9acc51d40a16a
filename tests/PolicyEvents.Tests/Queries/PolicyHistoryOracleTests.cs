using CsCheck;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// Property-based tests: random histories (equal timestamps, superseded events, year/month/day/instant precisions,
/// unspecified digits, intervals with known, open and unknown ends,
/// three time zones, several recorded instants) queried through <see cref="PolicyHistory"/> and through a brute-force
/// linear scan written here from the rules in docs/queries.md.
/// </summary>
public partial class PolicyHistoryOracleTests
{
    private static readonly JurisdictionRegistry Registry = JurisdictionRegistry.Default;
    private static readonly CompanyId[] CompanyIds = [new("parent"), new("child"), new("other")];
    private static readonly JurisdictionCode[] Jurisdictions = [new("HK"), new("US"), new("GB")];
    private static readonly Instant FirstRecorded = Instant.FromUtc(2021, 1, 1, 0, 0);
    private static readonly TriggerId TriggerIdValue = new("law");
    private static readonly Trigger Law = new(TriggerIdValue, new JurisdictionCode("HK"), "A law", PartialDate.Parse("2020-02-15T12:00:00+08:00"));
    private static readonly DateReading[] Readings = [DateReading.Earliest, DateReading.Latest];

    private sealed record Spec(int Company, int Jurisdiction, int Precision, int Day, int Hour, int Dates, int Recorded, int Supersede);

    private static readonly Gen<Spec> SpecGen = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 6], Gen.Int[0, 100], Gen.Int[0, 23],
        Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 6], (c, j, p, d, h, dates, r, s) => new Spec(c, j, p, d, h, dates, r, s));

    private static readonly Gen<Spec[]> HistoryGen = SpecGen.Array[0, 30];

    private static PolicyEvent[] Build(Spec[] specs)
    {
        var events = new PolicyEvent[specs.Length];
        for (var i = 0; i < specs.Length; i++)
        {
            var s = specs[i];
            var day = new LocalDate(2020, 1, 1).PlusDays(s.Day);
            var instant = PartialDate.FromOffsetDateTime(day.At(new LocalTime(s.Hour, 0)).WithOffset(Offset.FromHours(s.Hour % 3 == 0 ? 8 : 0)));
            var date = s.Precision switch
            {
                0 => PartialDate.FromYear(day.Year, DateQualifier.Approximate),
                1 => PartialDate.FromYearMonth(day.Year, day.Month),
                2 => PartialDate.FromDate(day, s.Hour % 2 == 0 ? DateQualifier.None : DateQualifier.Uncertain),
                3 => instant,
                4 => PartialDate.Interval(PartialDate.FromDate(day), PartialDate.FromDate(day.PlusDays(s.Hour % 10))),
                5 => PartialDate.FromDate(day).WithUnspecifiedDigits(1),
                _ => (s.Hour % 4) switch
                {
                    0 => PartialDate.Interval(PartialDate.FromDate(day), IntervalEnd.Open),
                    1 => PartialDate.Interval(IntervalEnd.Unknown, PartialDate.FromDate(day)),
                    2 => PartialDate.Interval(instant, PartialDate.FromDate(day.PlusDays(3))),
                    _ => PartialDate.Interval(PartialDate.FromDate(day.PlusDays(-1)), instant),
                },
            };
            PartialDate? effective = s.Dates is 0 or 2 ? date : null;
            PartialDate? announced = s.Dates == 1 ? date : s.Dates == 2 ? PartialDate.FromDate(day.PlusDays(s.Hour % 4)) : null;
            EventId? supersedes = i > 0 && s.Supersede < 2 ? new EventId($"e{(i * 7 + s.Supersede) % i:D3}") : null;
            var stance = (PolicyStance)(s.Hour % 7);
            events[i] = new PolicyEvent(new EventId($"e{i:D3}"), CompanyIds[s.Company], Jurisdictions[s.Jurisdiction], new RequestPolicy(stance),
                effective, announced, FirstRecorded + Duration.FromDays(s.Recorded), trigger: s.Hour % 5 == 0 ? TriggerIdValue : null, supersedes: supersedes);
        }
        return events;
    }

    private static PolicyHistory Create(PolicyEvent[] events) => PolicyHistory.Create(events,
        [new Company(CompanyIds[0], "Parent"), new Company(CompanyIds[1], "Child", parent: CompanyIds[0]), new Company(CompanyIds[2], "Other")],
        [], [], [Law]);

    // ----- The oracle: linear scans straight from the rules -----

    private static Interval Window(PartialDate date, JurisdictionCode jurisdiction) => date.ToInterval(Registry.Get(jurisdiction).TimeZone);

    private static Instant ReadDate(PartialDate date, JurisdictionCode jurisdiction, DateReading reading)
    {
        var window = Window(date, jurisdiction);
        // Earliest: the start, the beginning of time without one. Latest: the last whole tick before the end (the instant
        // itself for an instant-precision date, or one that ends an interval), never before the start; the end of time
        // without an end.
        if (reading == DateReading.Earliest)
        {
            return window.HasStart ? window.Start : Instant.MinValue;
        }
        if (!window.HasEnd)
        {
            return Instant.MaxValue;
        }
        var lastTick = Instant.FromUnixTimeTicks((window.End - Duration.Epsilon).ToUnixTimeTicks());
        return window.HasStart ? Instant.Max(window.Start, lastTick) : lastTick;
    }

    private static Instant Effective(PolicyEvent e, DateReading reading) => ReadDate(e.Effective ?? e.Announced!.Value, e.Jurisdiction, reading);

    private static List<PolicyEvent> Visible(PolicyEvent[] all, Instant? knownAt)
    {
        var recorded = all.Where(e => knownAt is null || e.Recorded <= knownAt).ToList();
        var superseded = recorded.Where(e => e.Supersedes is not null).Select(e => e.Supersedes!.Value).ToHashSet();
        return recorded.Where(e => !superseded.Contains(e.Id)).ToList();
    }

    private static IOrderedEnumerable<PolicyEvent> InOrder(IEnumerable<PolicyEvent> events, DateReading reading) =>
        events.OrderBy(e => Effective(e, reading)).ThenBy(e => e.Recorded).ThenBy(e => e.Id);

    private static List<(string Id, Instant Start, Instant? End)> OracleTimeline(List<PolicyEvent> visible, CompanyId c, JurisdictionCode j, DateReading reading)
    {
        var groups = InOrder(visible.Where(e => e.Company == c && e.Jurisdiction == j), reading)
            .GroupBy(e => Effective(e, reading)).Select(g => g.Last()).ToList();
        return [.. groups.Select((e, i) => (e.Id.Value, Effective(e, reading), i + 1 < groups.Count ? Effective(groups[i + 1], reading) : (Instant?)null))];
    }

    private static IEnumerable<Instant> Probes(PolicyEvent[] events)
    {
        foreach (var e in events)
        {
            foreach (var date in new[] { e.Effective, e.Announced })
            {
                if (date is { } d)
                {
                    var window = Window(d, e.Jurisdiction);
                    if (window.HasStart)
                    {
                        yield return window.Start;
                        yield return window.Start - Duration.FromTicks(1);
                    }
                    if (window.HasEnd)
                    {
                        yield return window.End - Duration.FromTicks(1);
                        yield return window.End - Duration.Epsilon;
                        yield return window.End;
                    }
                }
            }
        }
        yield return Instant.FromUtc(2019, 6, 1, 0, 0);
        yield return Instant.FromUtc(2021, 6, 1, 0, 0);
    }

    private static IEnumerable<Instant?> Views(PolicyEvent[] events) =>
        events.Select(e => (Instant?)e.Recorded).Append(FirstRecorded - Duration.FromDays(1)).Append(null).Distinct();

    [Fact]
    public void Point_queries_and_snapshots_agree_with_a_linear_scan()
    {
        HistoryGen.Sample(specs =>
        {
            var events = Build(specs);
            var history = Create(events);
            foreach (var knownAt in Views(events))
            {
                var view = knownAt is { } k ? history.AsKnownAt(k) : history;
                var visible = Visible(events, knownAt);
                view.Events.Select(e => e.Id).Should().BeEquivalentTo(visible.Select(e => e.Id));
                // Effective instants computed once per view, so the linear scan stays cheap.
                var effective = Readings.ToDictionary(r => r, r => visible.ToDictionary(e => e.Id, e => Effective(e, r)));
                foreach (var at in Probes(events).Distinct())
                {
                    foreach (var reading in Readings)
                    {
                        var times = effective[reading];
                        foreach (var j in Jurisdictions)
                        {
                            foreach (var c in CompanyIds)
                            {
                                var expected = visible
                                    .Where(e => e.Company == c && e.Jurisdiction == j && times[e.Id] <= at)
                                    .OrderBy(e => times[e.Id]).ThenBy(e => e.Recorded).ThenBy(e => e.Id)
                                    .LastOrDefault()?.Id.Value;
                                var answer = view.PolicyAt(c, j, at, reading);
                                if (answer.EventOrNull?.Id.Value != expected || answer.HasPolicy != (expected is not null))
                                {
                                    answer.EventOrNull?.Id.Value.Should().Be(expected, $"{c} {j} at {at} {reading} known at {knownAt}");
                                }
                            }
                            var snapshot = view.PoliciesToward(j, at, reading);
                            var companies = visible.Where(e => e.Jurisdiction == j).Select(e => e.Company).Distinct().Order().ToList();
                            if (!snapshot.Select(a => a.Company).SequenceEqual(companies)
                                || !snapshot.All(a => a == view.PolicyAt(a.Company, j, at, reading)))
                            {
                                snapshot.Select(a => a.Company).Should().Equal(companies);
                                snapshot.Should().Equal(snapshot.Select(a => view.PolicyAt(a.Company, j, at, reading)));
                            }
                        }
                    }
                }
            }
        }, iter: 60);
    }

    [Fact]
    public void Timelines_changes_and_family_timelines_agree_with_a_linear_scan()
    {
        HistoryGen.Sample(specs =>
        {
            var events = Build(specs);
            var history = Create(events);
            foreach (var knownAt in Views(events))
            {
                var view = knownAt is { } k ? history.AsKnownAt(k) : history;
                var visible = Visible(events, knownAt);
                foreach (var reading in Readings)
                {
                    var all = new List<(string Id, Instant Start, Instant? End, CompanyId C, JurisdictionCode J)>();
                    foreach (var j in Jurisdictions)
                    {
                        foreach (var c in CompanyIds)
                        {
                            var expected = OracleTimeline(visible, c, j, reading);
                            view.Timeline(c, j, reading: reading).Select(p => (p.Event.Id.Value, p.Start, p.End)).Should().Equal(expected);
                            all.AddRange(expected.Select(p => (p.Id, p.Start, p.End, c, j)));
                        }
                        var family = view.Timeline(CompanyIds[0], j, CompanyScope.IncludingSubsidiaries, reading);
                        family.Select(p => (p.Event.Id.Value, p.Company)).Should().Equal(
                            OracleTimeline(visible, CompanyIds[0], j, reading).Select(p => (p.Id, p.Start, C: CompanyIds[0]))
                                .Concat(OracleTimeline(visible, CompanyIds[1], j, reading).Select(p => (p.Id, p.Start, C: CompanyIds[1])))
                                .OrderBy(p => p.Start).ThenBy(p => p.C).Select(p => (p.Id, p.C)));
                    }
                    var from = Instant.FromUtc(2020, 2, 1, 0, 0);
                    var to = Instant.FromUtc(2020, 3, 15, 0, 0);
                    view.Changes(from, to, reading).Select(p => p.Event.Id.Value).Should().Equal(
                        all.Where(p => p.Start >= from && p.Start < to).OrderBy(p => p.Start).ThenBy(p => p.C).ThenBy(p => p.J).Select(p => p.Id));
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void Announcements_and_trigger_responses_agree_with_a_linear_scan()
    {
        HistoryGen.Sample(specs =>
        {
            var events = Build(specs);
            var history = Create(events);
            var visible = Visible(events, null);
            foreach (var reading in Readings)
            {
                foreach (var by in Probes(events).Take(20))
                {
                    history.AnnouncedBy(by, reading).Select(e => e.Id.Value).Should().Equal(visible
                        .Where(e => e.Announced is { } a && ReadDate(a, e.Jurisdiction, reading) <= by)
                        .OrderBy(e => ReadDate(e.Announced!.Value, e.Jurisdiction, reading)).ThenBy(e => e.Company).ThenBy(e => e.Id)
                        .Select(e => e.Id.Value));
                }

                var hk = Law.Jurisdiction;
                var triggerAt = ReadDate(Law.Effective, hk, reading);
                var expected = CompanyIds
                    .Select(c => OracleTimeline(visible, c, hk, reading).FirstOrDefault(p => p.Start >= triggerAt))
                    .Where(p => p.Id is not null)
                    .OrderBy(p => p.Start).ThenBy(p => events.Single(e => e.Id.Value == p.Id).Company)
                    .ToList();
                var responses = history.ResponsesTo(TriggerIdValue, reading);
                responses.Select(r => r.Change.Event.Id.Value).Should().Equal(expected.Select(p => p.Id));
                responses.Select(r => r.EffectiveDelay).Should().Equal(expected.Select(p => p.Start - triggerAt));
                responses.Select(r => r.AnnouncedAt).Should().Equal(responses.Select(r => r.Change.Event.Announced is { } a ? ReadDate(a, hk, reading) : (Instant?)null));
            }
        }, iter: 100);
    }

    // ----- Scoped policies: the covering rule against a brute-force scan -----

    private static readonly RequestKinds[] ScopeKinds =
        [RequestKinds.None, RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.ContentRemoval, RequestKinds.Content | RequestKinds.ContentRemoval];

    private static readonly RequestKinds[] SingleKinds =
        [RequestKinds.UserData, RequestKinds.Content, RequestKinds.NonContent, RequestKinds.Preservation, RequestKinds.EmergencyDisclosure, RequestKinds.ContentRemoval];

    private static readonly Requesters[] SingleRequesters = [Requesters.Government, Requesters.LawEnforcement, Requesters.Courts];

    private static readonly string?[] Products = [null, "a", "b"];

    private sealed record ScopeSpec(int Kinds, int Requesters, int Subjects, int Origin, int Products);

    private static readonly Gen<ScopeSpec> ScopeSpecGen = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 7], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 3],
        (k, r, s, o, p) => new ScopeSpec(k, r, s, o, p));

    private static readonly Gen<(Spec Time, ScopeSpec Scope)[]> ScopedHistoryGen = Gen.Select(SpecGen, ScopeSpecGen).Array[0, 24];

    private static RequestScope ScopeOf(ScopeSpec s)
    {
        var scope = new RequestScope(ScopeKinds[s.Kinds], (Requesters)s.Requesters, s.Products switch { 1 => ["a"], 2 => ["a", "b"], _ => null });
        scope = scope.WithSubjectJurisdictions(s.Subjects switch { 1 => [Jurisdictions[0]], 2 => [Jurisdictions[0], Jurisdictions[1]], _ => null });
        return scope.WithOrigin(s.Origin == 3 ? RequestOrigin.AnyJurisdiction : RequestOrigin.EventJurisdiction);
    }

    /// <summary>The covering rule, written again from docs/queries.md.</summary>
    private static bool OracleCovers(PolicyEvent e, JurisdictionCode from, RequestKinds kind, Requesters requester, JurisdictionCode? subject, string? product)
    {
        var scope = e.Policy.Scope;
        var kinds = scope.Kinds;
        var userDataFamily = kind is RequestKinds.UserData or RequestKinds.Content or RequestKinds.NonContent or RequestKinds.Preservation or RequestKinds.EmergencyDisclosure;
        return (scope.Origin == RequestOrigin.AnyJurisdiction || e.Jurisdiction == from)
            && (kinds == RequestKinds.None || kinds.HasFlag(kind) || (userDataFamily && kinds.HasFlag(RequestKinds.UserData)))
            && (scope.Requesters == Requesters.None || scope.Requesters.HasFlag(requester))
            && (scope.SubjectJurisdictions.IsEmpty || (subject is { } s && scope.SubjectJurisdictions.Contains(s)))
            && (scope.Products.IsEmpty || (product is not null && scope.Products.Contains(product)));
    }

    [Fact]
    public void Requests_and_policy_maps_agree_with_a_linear_scan_of_the_covering_rule()
    {
        ScopedHistoryGen.Sample(specs =>
        {
            var plain = Build([.. specs.Select(s => s.Time)]);
            var events = plain.Select((e, i) => e.WithPolicy(e.Policy.WithScope(ScopeOf(specs[i].Scope)))).ToArray();
            var history = Create(events);
            foreach (var knownAt in Views(events).Take(3))
            {
                var view = knownAt is { } k ? history.AsKnownAt(k) : history;
                var visible = Visible(events, knownAt);
                foreach (var reading in Readings)
                {
                    var times = visible.ToDictionary(e => e.Id, e => Effective(e, reading));
                    foreach (var at in Probes(events).Distinct().Take(6))
                    {
                        string? Oracle(CompanyId c, JurisdictionCode from, RequestKinds kind, Requesters requester, JurisdictionCode? subject, string? product) =>
                            visible.Where(e => e.Company == c && times[e.Id] <= at && OracleCovers(e, from, kind, requester, subject, product))
                                .OrderBy(e => times[e.Id]).ThenBy(e => e.Recorded).ThenBy(e => e.Id).LastOrDefault()?.Id.Value;

                        foreach (var c in CompanyIds)
                        {
                            foreach (var from in Jurisdictions)
                            {
                                var winners = new HashSet<string>();
                                foreach (var kind in SingleKinds)
                                {
                                    foreach (var requester in SingleRequesters)
                                    {
                                        foreach (var subject in new JurisdictionCode?[] { null, Jurisdictions[0], Jurisdictions[1], Jurisdictions[2] })
                                        {
                                            foreach (var product in Products)
                                            {
                                                var expected = Oracle(c, from, kind, requester, subject, product);
                                                if (expected is not null)
                                                {
                                                    winners.Add(expected);
                                                }
                                                var request = new GovernmentRequest(from, kind, requester, subject, product);
                                                var answer = view.PolicyFor(c, request, at, reading);
                                                if (answer.EventOrNull?.Id.Value != expected)
                                                {
                                                    answer.EventOrNull?.Id.Value.Should().Be(expected, $"{c} {request} at {at} {reading} known at {knownAt}");
                                                }
                                            }
                                        }
                                    }
                                }
                                view.PolicyMap(c, from, at, reading).Select(p => p.Event.Id.Value).Should().BeEquivalentTo(winners, $"{c} toward {from} at {at}");
                            }
                        }
                        foreach (var subject in Jurisdictions)
                        {
                            var expected = new HashSet<(CompanyId, string)>();
                            foreach (var c in CompanyIds)
                            {
                                foreach (var kind in SingleKinds)
                                {
                                    foreach (var requester in SingleRequesters)
                                    {
                                        foreach (var product in Products)
                                        {
                                            // From any jurisdiction: only scopes of any origin decide; a jurisdiction no event names stands for "any other".
                                            var winner = visible.Where(e => e.Company == c && times[e.Id] <= at && e.Policy.Scope.Origin == RequestOrigin.AnyJurisdiction
                                                    && OracleCovers(e, new JurisdictionCode("ZZ"), kind, requester, subject, product))
                                                .OrderBy(e => times[e.Id]).ThenBy(e => e.Recorded).ThenBy(e => e.Id).LastOrDefault();
                                            if (winner is not null)
                                            {
                                                expected.Add((c, winner.Id.Value));
                                            }
                                        }
                                    }
                                }
                            }
                            view.PoliciesAbout(subject, at, reading).Select(p => (p.Company, p.Event.Id.Value)).Should().BeEquivalentTo(expected);
                        }
                    }
                }
            }
        }, iter: 20);
    }
}
