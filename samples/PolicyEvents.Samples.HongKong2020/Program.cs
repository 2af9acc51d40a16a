// The product questions 1-6 (docs/queries.md) answered on the embedded Hong Kong 2020 dataset.
// Run: dotnet run --project samples/PolicyEvents.Samples.HongKong2020 -c Release
using System.Globalization;
using NodaTime;
using PolicyEvents;
using PolicyEvents.Domain;
using PolicyEvents.Queries;

var dataset = PolicyDatasets.HongKong2020;
var history = PolicyHistory.From(dataset);
var hk = new JurisdictionCode("HK");
var zone = dataset.Registry.Get(hk).TimeZone;
Instant Hkt(int month, int day) => new LocalDate(2020, month, day).AtStartOfDayInZone(zone).ToInstant();
string Local(Instant instant) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm o<g>", CultureInfo.InvariantCulture);

Console.WriteLine("1. Each company's policy toward HK on 9 July 2020 (HKT)");
foreach (var answer in history.PoliciesToward(hk, new LocalDate(2020, 7, 9)))
{
    Console.WriteLine(answer.HasPolicy
        ? $"   {answer.Company}: {answer.Policy.Stance} since {Local(answer.Since)} (by its {answer.Basis} date)"
        : $"   {answer.Company}: no recorded policy");
}

Console.WriteLine();
Console.WriteLine("2. Google's timeline in HK, with the statements and sources behind each change");
foreach (var period in history.Timeline(new CompanyId("google"), hk))
{
    Console.WriteLine($"   [{Local(period.Start)}, {(period.End is { } end ? Local(end) : "…")}) {period.Policy.Stance} ({period.Event.Id})");
    foreach (var statement in period.Statements)
    {
        Console.WriteLine($"     \"{statement.Text}\" ({statement.Speaker}, {statement.Date?.ToString() ?? "undated"})");
    }
    foreach (var source in period.Sources)
    {
        Console.WriteLine($"     source: {source.Publisher}, {source.Url}");
    }
}

Console.WriteLine();
Console.WriteLine("3. Who changed within 8 days after the law took effect, and how long each took");
var law = new TriggerId("hk-national-security-law");
foreach (var response in history.ResponsesTo(law).OrderBy(r => r.EffectiveDelay))
{
    var byEffect = response.EffectiveDelay <= Duration.FromDays(8);
    var byAnnouncement = response.AnnouncementDelay <= Duration.FromDays(8);
    Console.WriteLine($"   {response.Company}: {response.Change.Policy.Stance}; in effect after {response.EffectiveDelay.TotalDays:F1} days "
        + $"({response.Change.Basis} date){(byEffect ? "" : " [over 8 days]")}; announced after "
        + $"{response.AnnouncementDelay?.TotalDays.ToString("F1", CultureInfo.InvariantCulture) ?? "?"} days{(byAnnouncement ? "" : " [over 8 days]")}");
}

Console.WriteLine();
Console.WriteLine("4. What had been announced by 7 July 00:00 HKT, and by 9 July 00:00 HKT");
Console.WriteLine($"   by 7 July: {string.Join(", ", history.AnnouncedBy(Hkt(7, 7)).Select(e => e.Company).Distinct())}");
Console.WriteLine($"   by 9 July: {string.Join(", ", history.AnnouncedBy(Hkt(7, 9)).Select(e => e.Company).Distinct())}");
var firstRecorded = dataset.Events.Min(e => e.Recorded);
Console.WriteLine($"   What the dataset knew at {firstRecorded} (when the AFP article's facts were recorded), on 9 July:");
foreach (var answer in history.AsKnownAt(firstRecorded).PoliciesToward(hk, new LocalDate(2020, 7, 9)))
{
    Console.WriteLine($"     {answer.Company}: {(answer.HasPolicy ? answer.Policy.Stance.ToString() : "no recorded policy")}");
}

Console.WriteLine();
Console.WriteLine("5. Facebook including its subsidiaries (WhatsApp), on 9 July 2020 (HKT)");
var facebook = new CompanyId("facebook");
foreach (var answer in history.PoliciesAt(facebook, hk, Hkt(7, 9), CompanyScope.IncludingSubsidiaries))
{
    Console.WriteLine($"   {answer.Company}: {(answer.HasPolicy ? answer.Policy.Stance.ToString() : "no recorded policy")}");
}

Console.WriteLine();
Console.WriteLine("6. Every verbatim statement that speaks of pausing (pause, paused, pausing)");
foreach (var match in history.SearchStatements("paus"))
{
    var statement = match.Statement;
    Console.WriteLine($"   {statement.Speaker}, {statement.Date?.ToString() ?? "undated"}: \"{statement.Text}\"");
    Console.WriteLine($"     reported by {string.Join("; ", match.Sources.Select(s => s.Publisher))}");
}
