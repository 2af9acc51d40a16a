using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Queries;

[Trait("Category", "Slow")]
public class ConcurrencyTests
{
    private static readonly JurisdictionCode[] Jurisdictions = [new("HK"), new("US"), new("GB"), new("DE")];

    private static (PolicyHistory History, List<(CompanyId C, JurisdictionCode J, Instant At, DateReading R)> Queries) Build()
    {
        var random = new Random(20200630);
        var companies = Enumerable.Range(0, 20).Select(i => new Company(new CompanyId($"company-{i}"), $"Company {i}")).ToArray();
        var start = Instant.FromUtc(2020, 1, 1, 0, 0);
        var events = new List<PolicyEvent>();
        for (var i = 0; i < 5000; i++)
        {
            var day = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 365));
            var date = random.Next(3) switch
            {
                0 => PartialDate.FromYearMonth(day.Year, day.Month),
                1 => PartialDate.FromDate(day),
                _ => PartialDate.FromInstant(start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60))),
            };
            events.Add(new PolicyEvent(new EventId($"event-{i}"), companies[random.Next(companies.Length)].Id,
                Jurisdictions[random.Next(Jurisdictions.Length)], new RequestPolicy((PolicyStance)random.Next(7)),
                date, null, start + Duration.FromDays(random.Next(0, 3)),
                supersedes: i > 10 && random.Next(20) == 0 ? new EventId($"event-{random.Next(i)}") : null));
        }
        var history = PolicyHistory.Create(events, companies, [], [], []);
        var queries = Enumerable.Range(0, 20000).Select(_ => (
            companies[random.Next(companies.Length)].Id,
            Jurisdictions[random.Next(Jurisdictions.Length)],
            start + Duration.FromMinutes(random.Next(0, 400 * 24 * 60)),
            (DateReading)random.Next(2))).ToList();
        return (history, queries);
    }

    [Fact]
    public void Many_threads_querying_one_history_get_the_answers_of_one_thread()
    {
        var (history, queries) = Build();
        var expected = queries.Select(q => history.PolicyAt(q.C, q.J, q.At, q.R)).ToArray();
        var expectedSnapshots = Jurisdictions.Select(j => history.PoliciesToward(j, Instant.FromUtc(2020, 7, 1, 0, 0))).ToArray();
        expected.Count(a => a.HasPolicy).Should().BeGreaterThan(1000, "the fixture should exercise real answers");

        var mismatches = 0;
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            // Each worker walks the queries from a different offset, so threads hit different keys at the same time.
            for (var n = 0; n < queries.Count; n++)
            {
                var i = (n + (worker * 1237)) % queries.Count;
                var q = queries[i];
                if (history.PolicyAt(q.C, q.J, q.At, q.R) != expected[i])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
            for (var j = 0; j < Jurisdictions.Length; j++)
            {
                if (!history.PoliciesToward(Jurisdictions[j], Instant.FromUtc(2020, 7, 1, 0, 0)).SequenceEqual(expectedSnapshots[j]))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
            if (history.SearchStatements().Any())
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        mismatches.Should().Be(0);
    }
}
