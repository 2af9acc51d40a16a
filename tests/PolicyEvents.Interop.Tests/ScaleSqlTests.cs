using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace PolicyEvents.Interop.Tests;

/// <summary>
/// The SQL of docs/scale.md, read from the page itself (copied beside the tests at build), run in DuckDB in process over
/// the Parquet export of a generated history, answers every point-in-time, snapshot and timeline question exactly as
/// <see cref="PolicyHistory"/> does: both readings, the default view and bitemporal views, over data with ties of
/// instants and of recorded instants, superseding events, announced-only events, every precision and far-apart zones.
/// </summary>
public sealed partial class ScaleSqlTests : IDisposable
{
    private static readonly string[] Jurisdictions = ["CK", "NZ", "HK", "IN", "BR", "GB", "US"];
    private static readonly long DefaultView = long.MaxValue;
    private readonly TempFile _file = new("policy-events.parquet");
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");
    private readonly PolicyHistory _history;
    private readonly List<PolicyEvent> _events;
    private readonly Dictionary<string, string> _queries;

    public ScaleSqlTests()
    {
        (_events, var companies) = Generate(new Random(20261206), 1_500);
        _history = PolicyHistory.Create(_events, companies, [], [], [], JurisdictionRegistry.Default);
        using (var stream = File.Create(_file.Path))
        {
            PolicyEventParquet.WriteAsync(_events, stream, JurisdictionRegistry.Default).GetAwaiter().GetResult();
        }
        _queries = Queries(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scale.md")));
        _connection.Open();
        using var setup = _connection.CreateCommand();
        setup.CommandText = _queries["setup"].Replace("'policy-events.parquet'", DuckDb.Literal(_file.Path), StringComparison.Ordinal);
        setup.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _file.Dispose();
    }

    [Fact]
    public void The_page_gives_the_setup_and_the_three_queries()
    {
        _queries.Keys.Should().BeEquivalentTo(["setup", "point-in-time", "snapshot", "timeline"]);
        _queries["setup"].Should().Contain("'policy-events.parquet'");
    }

    [Fact]
    public void The_generated_history_has_what_the_rules_are_about()
    {
        _events.Should().Contain(e => e.Supersedes != null).And.Contain(e => e.Effective == null);
        _events.Select(e => EventTimeOf(e).Precision).Distinct().Should().HaveCount(4);
        _history.Events.Count.Should().BeLessThan(_events.Count, "superseded events are hidden");
        _events.GroupBy(e => (e.Company, e.Jurisdiction, EventTimeOf(e).ToInterval(Zone(e.Jurisdiction)).Start))
            .Should().Contain(g => g.GroupBy(e => e.Recorded).Any(r => r.Count() > 1), "ties of instants and of recorded instants");
    }

    [Fact]
    public void Point_in_time_answers_are_the_historys()
    {
        var random = new Random(1);
        var checkedAnswers = 0;
        foreach (var (view, knownAt) in Views())
        {
            foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
            {
                foreach (var at in Instants(random, 80))
                {
                    var company = new CompanyId("co-" + (char)('a' + random.Next(5)));
                    var jurisdiction = new JurisdictionCode(Jurisdictions[random.Next(Jurisdictions.Length)]);
                    var expected = view.PolicyAt(company, jurisdiction, at, reading).EventOrNull?.Id.Value;

                    var rows = Run("point-in-time", knownAt, reading, company: company.Value, jurisdiction: jurisdiction.Value, at: at);

                    rows.Select(r => (string?)r[0]).SingleOrDefault().Should().Be(expected, "{0} {1} at {2}, {3}, known at {4}", company, jurisdiction, at, reading, knownAt);
                    checkedAnswers += expected is null ? 0 : 1;
                }
            }
        }
        checkedAnswers.Should().BeGreaterThan(150, "most questions find a policy in force");
    }

    [Fact]
    public void Snapshots_are_the_historys()
    {
        var random = new Random(2);
        foreach (var (view, knownAt) in Views())
        {
            foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
            {
                foreach (var at in Instants(random, 4))
                {
                    foreach (var code in Jurisdictions)
                    {
                        var jurisdiction = new JurisdictionCode(code);
                        var expected = view.PoliciesToward(jurisdiction, at, reading)
                            .Select(a => $"{a.Company} {a.EventOrNull?.Id.Value ?? "-"}").ToList();

                        var rows = Run("snapshot", knownAt, reading, jurisdiction: code, at: at);

                        rows.Select(r => $"{r[0]} {r[1] ?? "-"}").Should().Equal(expected, "{0} at {1}, {2}, known at {3}", code, at, reading, knownAt);
                    }
                }
            }
        }
    }

    [Fact]
    public void Timelines_are_the_historys()
    {
        var periods = 0;
        foreach (var (view, knownAt) in Views())
        {
            foreach (var reading in new[] { DateReading.Earliest, DateReading.Latest })
            {
                foreach (var code in Jurisdictions)
                {
                    for (var c = 0; c < 5; c++)
                    {
                        var company = new CompanyId("co-" + (char)('a' + c));
                        var expected = view.Timeline(company, new JurisdictionCode(code), CompanyScope.CompanyOnly, reading)
                            .Select(p => $"{p.Event.Id} {p.Start.ToUnixTimeTicks()} {p.End?.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "open"}")
                            .ToList();

                        var rows = Run("timeline", knownAt, reading, company: company.Value, jurisdiction: code);

                        rows.Select(r => $"{r[0]} {r[2]} {r[3] ?? "open"}").Should().Equal(expected, "{0} {1}, {2}, known at {3}", company, code, reading, knownAt);
                        periods += expected.Count;
                    }
                }
            }
        }
        periods.Should().BeGreaterThan(1_000);
    }

    /// <summary>The default view, and two bitemporal views within the range of recorded instants.</summary>
    private IEnumerable<(PolicyHistory View, long KnownAt)> Views()
    {
        yield return (_history, DefaultView);
        foreach (var day in new[] { 3, 7 })
        {
            var knownAt = Instant.FromUtc(2021, 1, 1, 0, 0).Plus(Duration.FromDays(day));
            yield return (_history.AsKnownAt(knownAt), knownAt.ToUnixTimeTicks());
        }
    }

    /// <summary>Instants to ask about: random whole seconds, and the edges of the events' spans and a microsecond either side.</summary>
    private List<Instant> Instants(Random random, int count)
    {
        var instants = new List<Instant>();
        for (var i = 0; i < count; i++)
        {
            if (random.Next(2) == 0)
            {
                instants.Add(Instant.FromUtc(2018, 6, 1, 0, 0).Plus(Duration.FromSeconds(random.NextInt64(0, 3L * 365 * 86_400))));
                continue;
            }
            var e = _events[random.Next(_events.Count)];
            var span = EventTimeOf(e).ToInterval(Zone(e.Jurisdiction));
            var edge = random.Next(2) == 0 ? span.Start : span.End;
            instants.Add(edge.Plus(Duration.FromTicks(10 * (random.Next(3) - 1))));
        }
        return instants;
    }

    private List<object?[]> Run(string query, long knownAt, DateReading reading, string? company = null, string? jurisdiction = null, Instant? at = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = _queries[query];
        command.Parameters.Add(new DuckDBParameter("q_known_at", knownAt));
        command.Parameters.Add(new DuckDBParameter("q_reading", reading == DateReading.Earliest ? "earliest" : "latest"));
        if (company is not null)
        {
            command.Parameters.Add(new DuckDBParameter("q_company", company));
        }
        if (jurisdiction is not null)
        {
            command.Parameters.Add(new DuckDBParameter("q_jurisdiction", jurisdiction));
        }
        if (at is { } instant)
        {
            command.Parameters.Add(new DuckDBParameter("q_at", instant.ToUnixTimeTicks()));
        }
        return DuckDb.Rows(command);
    }

    /// <summary>The page's SQL blocks, by the name on their first line (<c>-- query: name</c>).</summary>
    private static Dictionary<string, string> Queries(string page) =>
        SqlBlock().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["sql"].Value);

    [GeneratedRegex(@"```sql\n-- query: (?<name>[a-z-]+)\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    private static DateTimeZone Zone(JurisdictionCode code) => JurisdictionRegistry.Default.Get(code).TimeZone;

    private static PartialDate EventTimeOf(PolicyEvent e) => e.Effective ?? e.Announced!.Value;

    /// <summary>Five companies, seven jurisdictions; dates of every precision over two years (so instants tie: a year, its
    /// first month and its first day start together), recorded on one of 10 days (so recorded instants tie too), ids
    /// whose ordinal order is not their numeric order, and one event in twenty superseding an earlier one.</summary>
    private static (List<PolicyEvent> Events, List<Company> Companies) Generate(Random random, int count)
    {
        var companies = Enumerable.Range(0, 5).Select(c => new Company(new CompanyId("co-" + (char)('a' + c)), "Company " + (char)('A' + c))).ToList();
        var stances = Enum.GetValues<PolicyStance>();
        var events = new List<PolicyEvent>(count);
        for (var i = 1; i <= count; i++)
        {
            var jurisdiction = new JurisdictionCode(Jurisdictions[random.Next(Jurisdictions.Length)]);
            var day = new LocalDate(2019, 1, 1).PlusDays(random.Next(730));
            PartialDate date = random.Next(10) switch
            {
                0 => PartialDate.FromYear(day.Year),
                1 or 2 => PartialDate.FromYearMonth(day.Year, day.Month),
                3 or 4 => PartialDate.FromOffsetDateTime(Zone(jurisdiction).AtLeniently(day.At(new LocalTime(random.Next(24), random.Next(4) * 15))).ToOffsetDateTime()),
                _ => PartialDate.FromDate(day, random.Next(8) == 0 ? DateQualifier.Approximate : DateQualifier.None),
            };
            var announcedOnly = random.Next(10) == 0;
            var recorded = Instant.FromUtc(2021, 1, 1, 0, 0).Plus(Duration.FromDays(random.Next(10)));
            EventId? supersedes = i > 10 && random.Next(20) == 0 ? new EventId("e-" + random.Next(1, i)) : null;
            events.Add(new PolicyEvent(new EventId("e-" + i), companies[random.Next(companies.Count)].Id, jurisdiction,
                new RequestPolicy(stances[random.Next(stances.Length)]),
                announcedOnly ? null : date, announcedOnly ? date : null, recorded, supersedes: supersedes));
        }
        return (events, companies);
    }
}
