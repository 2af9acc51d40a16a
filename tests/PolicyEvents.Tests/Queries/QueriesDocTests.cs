using NodaTime;
using static PolicyEvents.Tests.Queries.HongKongFixture;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

namespace PolicyEvents.Tests.Queries;

/// <summary>The code of docs/queries.md ("The product questions"), run against the Hong Kong-like fixture, so the
/// documented code compiles and answers as documented.</summary>
public class QueriesDocTests
{
    private readonly PolicyHistory _history = History();

    private string Run(Action<PolicyHistory, JurisdictionCode, Func<int, int, Instant>, TextWriter> snippet)
    {
        var hk = new JurisdictionCode("HK");
        var zone = _history.Registry.Get(hk).TimeZone;
        Instant Hkt(int month, int day) => new LocalDate(2020, month, day).AtStartOfDayInZone(zone).ToInstant();
        using var output = new StringWriter();
        snippet(_history, hk, Hkt, output);
        return output.ToString();
    }

    [Fact]
    public void Question_1_policies_on_9_July()
    {
        var text = Run((history, hk, _, console) =>
        {
            foreach (var answer in history.PoliciesToward(hk, new LocalDate(2020, 7, 9)))
            {
                console.WriteLine(answer.HasPolicy
                    ? $"{answer.Company}: {answer.Policy.Stance} since {answer.Since} (by its {answer.Basis} date, window {answer.Window})"
                    : $"{answer.Company}: no recorded policy");
            }
        });

        text.Should().Contain("google: Paused since 2020-06-30T15:00:00Z (by its Effective date");
        text.Should().Contain("zoom: Paused since 2020-07-06T16:00:00Z (by its Announced date, window 2020-07-06T16:00:00Z/2020-07-07T16:00:00Z)");
    }

    [Fact]
    public void Question_2_Google_timeline()
    {
        var text = Run((history, hk, _, console) =>
        {
            foreach (var period in history.Timeline(new CompanyId("google"), hk))
            {
                console.WriteLine($"[{period.Start}, {period.End?.ToString() ?? "…"}) {period.Policy.Stance} ({period.Event.Id})");
                foreach (var statement in period.Statements)
                {
                    console.WriteLine($"  \"{statement.Text}\" ({statement.Speaker}, {statement.Date})");
                }
                foreach (var source in period.Sources)
                {
                    console.WriteLine($"  {source.Publisher}: {source.Title} {source.Url}");
                }
            }
        });

        text.Should().Contain("[2018-12-31T16:00:00Z, 2020-06-30T15:00:00Z) RespondingAsUsual (google-hk-2019)");
        text.Should().Contain("[2020-06-30T15:00:00Z, …) Paused (google-hk-2020-07-pause)");
        text.Should().Contain("(google (spokesperson), 2020-07-06)");
    }

    [Fact]
    public void Question_3_changes_within_8_days()
    {
        var text = Run((history, _, _, console) =>
        {
            var law = new TriggerId("hk-nsl-2020");
            foreach (var response in history.ResponsesTo(law).Where(r => r.EffectiveDelay <= Duration.FromDays(8)))
            {
                console.WriteLine($"{response.Company}: {response.Change.Policy.Stance}, "
                    + $"effective after {response.EffectiveDelay.TotalDays:F1} days ({response.Change.Basis} date), "
                    + $"announced after {response.AnnouncementDelay?.TotalDays.ToString("F1") ?? "?"} days");
            }
        });

        text.Should().StartWith("google: Paused, effective after 0.0 days (Effective date), announced after 5.0 days");
        text.Should().Contain("zoom: Paused, effective after 6.0 days (Announced date), announced after 6.0 days");
    }

    [Fact]
    public void Question_4_announced_by_and_an_earlier_release()
    {
        var text = Run((history, hk, Hkt, console) =>
        {
            var by7 = history.AnnouncedBy(Hkt(7, 7));
            var by9 = history.AnnouncedBy(Hkt(7, 9));
            console.WriteLine($"by 7 July: {string.Join(", ", by7.Select(e => e.Company))}");
            console.WriteLine($"by 9 July: {string.Join(", ", by9.Select(e => e.Company))}");

            var firstRelease = history.AsKnownAt(Instant.FromUtc(2020, 7, 10, 0, 0) - Duration.FromDays(1));
            foreach (var answer in firstRelease.PoliciesToward(hk, new LocalDate(2020, 7, 9)))
            {
                console.WriteLine($"{answer.Company}: {(answer.HasPolicy ? answer.Policy.Stance.ToString() : "no recorded policy")}");
            }
        });

        text.Should().Contain("by 7 July: facebook, google, twitter, whatsapp" + Environment.NewLine);
        text.Should().Contain("by 9 July: facebook, google, twitter, whatsapp, microsoft, zoom");
        text.Should().NotContain("Paused", "the fixture's release was recorded after that earlier instant");
    }

    [Fact]
    public void Question_5_Facebook_with_subsidiaries()
    {
        var text = Run((history, hk, Hkt, console) =>
        {
            var facebook = new CompanyId("facebook");
            foreach (var answer in history.PoliciesAt(facebook, hk, Hkt(7, 9), CompanyScope.IncludingSubsidiaries))
            {
                console.WriteLine($"{answer.Company}: {(answer.HasPolicy ? answer.Policy.Stance.ToString() : "no recorded policy")}");
            }
            foreach (var period in history.Timeline(facebook, hk, CompanyScope.IncludingSubsidiaries))
            {
                console.WriteLine($"{period.Company} [{period.Start}, {period.End?.ToString() ?? "…"}) {period.Policy.Stance}");
            }
        });

        text.Should().Be(string.Join(Environment.NewLine,
            "facebook: Paused", "whatsapp: Paused",
            "facebook [2020-07-05T16:00:00Z, …) Paused", "whatsapp [2020-07-05T16:00:00Z, …) Paused", ""));
    }

    [Fact]
    public void Question_6_statements_about_pausing()
    {
        var text = Run((history, _, _, console) =>
        {
            foreach (var match in history.SearchStatements("paus"))
            {
                var statement = match.Statement;
                console.WriteLine($"\"{statement.Text}\" ({statement.Speaker}, {statement.Date?.ToString() ?? "undated"}; "
                    + $"{string.Join("; ", match.Sources.Select(s => s.Publisher))})");
            }
        });

        text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4);
        text.Should().Contain("(zoom (spokesperson), 2020-07-07; Fixture News)");
    }
}
