using CsCheck;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

/// <summary>
/// <see cref="HistoryKey"/>: a pair resolved once answers exactly as the id overloads do (on the Hong Kong 2020 dataset and
/// on random histories), and a key that names no pair or belongs to another history or view is refused.
/// </summary>
public class HistoryKeyTests
{
    private static readonly PolicyHistory HongKong = PolicyHistory.From(PolicyDatasets.HongKong2020);
    private static readonly DateReading[] Readings = [DateReading.Earliest, DateReading.Latest];

    /// <summary>Every instant where an answer can change on the Hong Kong dataset, a tick either side, and two far ones.</summary>
    private static IEnumerable<Instant> Probes(PolicyHistory history)
    {
        foreach (var e in history.AllEvents)
        {
            foreach (var date in new[] { e.Effective, e.Announced })
            {
                if (date is { } d)
                {
                    var window = d.ToInterval(history.Registry.Get(e.Jurisdiction).TimeZone);
                    if (window.HasStart)
                    {
                        yield return window.Start - Duration.FromTicks(1);
                        yield return window.Start;
                    }
                    if (window.HasEnd)
                    {
                        yield return window.End - Duration.FromTicks(1);
                        yield return window.End;
                    }
                }
            }
        }
        yield return Instant.FromUtc(1990, 1, 1, 0, 0);
        yield return Instant.FromUtc(2030, 1, 1, 0, 0);
    }

    private static void KeyOverloadsAgree(PolicyHistory history, IEnumerable<CompanyId> companies, IEnumerable<JurisdictionCode> jurisdictions)
    {
        var probes = Probes(history).Distinct().ToList();
        foreach (var company in companies)
        {
            foreach (var jurisdiction in jurisdictions)
            {
                var found = history.TryGetKey(company, jurisdiction, out var key);
                var hasEvents = history.Events.Any(e => e.Company == company && e.Jurisdiction == jurisdiction);
                found.Should().Be(hasEvents, $"{company} {jurisdiction}");
                if (!found)
                {
                    key.IsDefault.Should().BeTrue();
                    history.Timeline(company, jurisdiction).Should().BeEmpty();
                    continue;
                }
                key.Company.Should().Be(company);
                key.Jurisdiction.Should().Be(jurisdiction);
                foreach (var reading in Readings)
                {
                    var timeline = history.Timeline(key, reading);
                    timeline.Should().Equal(history.Timeline(company, jurisdiction, reading: reading));
                    for (var i = 0; i < timeline.Count; i++)
                    {
                        // Start and End to the nanosecond, straight from the rules (the index itself keeps ticks).
                        var period = timeline[i];
                        var date = period.Event.Effective ?? period.Event.Announced!.Value;
                        var window = date.ToInterval(history.Registry.Get(jurisdiction).TimeZone);
                        period.Window.Should().Be(window);
                        if (window.HasStart)
                        {
                            period.Start.Should().Be(reading == DateReading.Earliest ? window.Start
                                : window.HasEnd ? Instant.Max(window.Start, window.End - Duration.FromTicks(1)) : Instant.MaxValue);
                        }
                        else
                        {
                            // An interval open at its start (Apple's non-content answers, "../2020-06-30"): read at its start, it has none.
                            period.Start.Should().Be(reading == DateReading.Earliest ? Instant.MinValue : window.End - Duration.FromTicks(1));
                        }
                        period.End.Should().Be(i + 1 < timeline.Count ? timeline[i + 1].Start : null);
                        period.Statements.Should().Equal(period.Event.Statements.Select(id => history.Statements[id]));
                        period.Sources.Select(s => s.Id).Should().StartWith(period.Event.Sources);
                    }
                    foreach (var at in probes)
                    {
                        var expected = history.PolicyAt(company, jurisdiction, at, reading);
                        var actual = history.PolicyAt(key, at, reading);
                        if (actual != expected || actual.Until != expected.Until)
                        {
                            actual.Should().Be(expected, $"{company} {jurisdiction} at {at} {reading}");
                            actual.Until.Should().Be(expected.Until);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void On_the_Hong_Kong_dataset_the_key_overloads_answer_as_the_id_overloads()
    {
        var jurisdictions = HongKong.Events.Select(e => e.Jurisdiction).Append(new JurisdictionCode("FR")).Distinct().ToList();
        KeyOverloadsAgree(HongKong, HongKong.Companies.Keys, jurisdictions);

        HongKong.TryGetKey(new CompanyId("google"), new JurisdictionCode("HK"), out var google).Should().BeTrue();
        var date = new LocalDate(2020, 7, 9);
        var answer = HongKong.PolicyAt(google, date);
        answer.Should().Be(HongKong.PolicyAt(new CompanyId("google"), new JurisdictionCode("HK"), date));
        answer.Policy.Stance.Should().Be(PolicyStance.Paused);
        HongKong.PolicyAt(google, date, DateReading.Latest).Should().Be(
            HongKong.PolicyAt(new CompanyId("google"), new JurisdictionCode("HK"), date, DateReading.Latest));
    }

    [Fact]
    public void On_random_histories_and_every_view_the_key_overloads_answer_as_the_id_overloads()
    {
        CompanyId[] companies = [new("parent"), new("child"), new("other")];
        JurisdictionCode[] jurisdictions = [new("HK"), new("US"), new("US-CA"), new("GB-ENG")];
        // Subdivisions of several lengths, so codes that share a prefix must still give distinct keys.
        var registry = JurisdictionRegistry.Default.With([
            new Jurisdiction(jurisdictions[2], "California", JurisdictionKind.Subdivision, "America/Los_Angeles", jurisdictions[1]),
            new Jurisdiction(jurisdictions[3], "England", JurisdictionKind.Subdivision, "Europe/London", new JurisdictionCode("GB"))]);
        var first = Instant.FromUtc(2021, 1, 1, 0, 0);
        var gen = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[0, 60], Gen.Int[0, 23], Gen.Int[0, 3], Gen.Int[0, 5])
            .Array[0, 25];
        gen.Sample(specs =>
        {
            var events = specs.Select((s, i) =>
            {
                var (c, j, precision, dayOffset, hour, recorded, supersede) = s;
                var day = new LocalDate(2020, 1, 1).PlusDays(dayOffset);
                var date = precision switch
                {
                    0 => PartialDate.FromYear(day.Year),
                    1 => PartialDate.FromYearMonth(day.Year, day.Month),
                    2 => PartialDate.FromDate(day),
                    _ => PartialDate.FromOffsetDateTime(day.At(LocalTime.FromHourMinuteSecondNanosecond(hour, 0, 0, (hour * 37) + 1)).WithOffset(Offset.FromHours(hour % 3))),
                };
                EventId? supersedes = i > 0 && supersede == 0 ? new EventId($"e{i / 2:D2}") : null;
                return new PolicyEvent(new EventId($"e{i:D2}"), companies[c], jurisdictions[j], new RequestPolicy((PolicyStance)(hour % 7)),
                    hour % 2 == 0 ? date : null, hour % 2 == 0 ? null : date, first + Duration.FromDays(recorded), supersedes: supersedes);
            }).ToArray();
            var history = PolicyHistory.Create(events,
                [new Company(companies[0], "Parent"), new Company(companies[1], "Child", parent: companies[0]), new Company(companies[2], "Other")],
                [], [], [], registry);
            foreach (var view in events.Select(e => e.Recorded).Distinct().Select(history.AsKnownAt).Prepend(history))
            {
                KeyOverloadsAgree(view, companies, jurisdictions);
            }
        }, iter: 40);
    }

    [Fact]
    public void A_period_open_to_the_end_of_the_calendar_starts_at_the_end_of_time_under_the_latest_reading()
    {
        var acme = new CompanyId("acme");
        var hk = new JurisdictionCode("HK");
        var recorded = Instant.FromUtc(2021, 1, 1, 0, 0);
        var history = PolicyHistory.Create(
            [
                new PolicyEvent(new EventId("a"), acme, hk, new RequestPolicy(PolicyStance.Paused), PartialDate.FromYear(2020), null, recorded),
                new PolicyEvent(new EventId("b"), acme, hk, new RequestPolicy(PolicyStance.RespondingAsUsual), PartialDate.FromYear(9999), null, recorded),
            ],
            [new Company(acme, "Acme")], [], [], []);

        history.TryGetKey(acme, hk, out var key).Should().BeTrue();
        var latest = history.Timeline(key, DateReading.Latest);
        latest.Select(p => p.Event.Id.Value).Should().Equal("a", "b");
        latest[1].Start.Should().Be(Instant.MaxValue);
        latest[0].End.Should().Be(Instant.MaxValue);
        latest.Should().Equal(history.Timeline(acme, hk, reading: DateReading.Latest));
        var earliest = history.Timeline(key);
        earliest[1].Start.Should().Be(earliest[1].Window.Start);
        history.PolicyAt(key, Instant.MaxValue, DateReading.Latest).Event.Id.Value.Should().Be("b");
        history.PolicyAt(key, Instant.MaxValue, DateReading.Latest).Since.Should().Be(Instant.MaxValue);
    }

    [Fact]
    public void A_default_key_is_refused_with_an_ArgumentException()
    {
        var key = default(HistoryKey);

        key.IsDefault.Should().BeTrue();
        key.Company.IsDefault.Should().BeTrue();
        key.Jurisdiction.IsDefault.Should().BeTrue();
        key.ToString().Should().Be("(no key)");
        FluentActions.Invoking(() => HongKong.PolicyAt(key, Instant.FromUtc(2020, 7, 9, 0, 0)))
            .Should().Throw<ArgumentException>().WithParameterName("key").WithMessage("A default HistoryKey names no pair*");
        FluentActions.Invoking(() => HongKong.PolicyAt(key, new LocalDate(2020, 7, 9))).Should().Throw<ArgumentException>().WithParameterName("key");
        FluentActions.Invoking(() => HongKong.Timeline(key)).Should().Throw<ArgumentException>().WithParameterName("key");
    }

    [Fact]
    public void A_key_from_another_history_or_view_is_refused_not_misread()
    {
        var google = new CompanyId("google");
        var hk = new JurisdictionCode("HK");
        HongKong.TryGetKey(google, hk, out var key).Should().BeTrue();
        var other = PolicyHistory.From(PolicyDatasets.HongKong2020);
        var view = HongKong.AsKnownAt(Instant.FromUtc(2030, 1, 1, 0, 0));

        foreach (var history in new[] { other, view })
        {
            FluentActions.Invoking(() => history.PolicyAt(key, Instant.FromUtc(2020, 7, 9, 0, 0)))
                .Should().Throw<ArgumentException>().WithParameterName("key").WithMessage("*google HK*another history or view*");
            FluentActions.Invoking(() => history.Timeline(key)).Should().Throw<ArgumentException>();
            history.TryGetKey(google, hk, out var own).Should().BeTrue();
            own.Should().NotBe(key);
            history.PolicyAt(own, Instant.FromUtc(2020, 7, 9, 0, 0)).Should().Be(history.PolicyAt(google, hk, Instant.FromUtc(2020, 7, 9, 0, 0)));
        }
        HongKong.TryGetKey(google, hk, out var again).Should().BeTrue();
        again.Should().Be(key);
        (again == key).Should().BeTrue();
        again.GetHashCode().Should().Be(key.GetHashCode());
        key.ToString().Should().Be("google HK");
    }

    [Fact]
    public void TryGetKey_refuses_default_ids_and_gives_no_key_for_a_pair_without_events()
    {
        FluentActions.Invoking(() => HongKong.TryGetKey(default, new JurisdictionCode("HK"), out _))
            .Should().Throw<ArgumentException>().WithParameterName("company");
        FluentActions.Invoking(() => HongKong.TryGetKey(new CompanyId("google"), default, out _))
            .Should().Throw<ArgumentException>().WithParameterName("jurisdiction");

        HongKong.TryGetKey(new CompanyId("nobody"), new JurisdictionCode("HK"), out var key).Should().BeFalse();
        key.Should().Be(default(HistoryKey));
        HongKong.TryGetKey(new CompanyId("google"), new JurisdictionCode("US-CA"), out key).Should().BeFalse();
        key.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void PoliciesToward_into_a_collection_appends_the_same_answers_in_the_same_order()
    {
        var hk = new JurisdictionCode("HK");
        var results = new List<PolicyAnswer> { default };
        foreach (var at in Probes(HongKong).Distinct())
        {
            foreach (var reading in Readings)
            {
                results.RemoveRange(1, results.Count - 1);
                var expected = HongKong.PoliciesToward(hk, at, reading);
                HongKong.PoliciesToward(hk, at, results, reading).Should().Be(expected.Count);
                results.Skip(1).Should().Equal(expected);
                results[0].Should().Be(default(PolicyAnswer));
            }
        }
        HongKong.PoliciesToward(new JurisdictionCode("FR"), Instant.FromUtc(2020, 7, 9, 0, 0), results).Should().Be(0);
        FluentActions.Invoking(() => HongKong.PoliciesToward(hk, Instant.FromUtc(2020, 7, 9, 0, 0), (ICollection<PolicyAnswer>)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("destination");
        FluentActions.Invoking(() => HongKong.PoliciesToward(default, Instant.FromUtc(2020, 7, 9, 0, 0), results))
            .Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        FluentActions.Invoking(() => HongKong.PoliciesToward(hk, Instant.FromUtc(2020, 7, 9, 0, 0), results, (DateReading)7))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reading");
    }
}
