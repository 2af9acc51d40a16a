// The quick start: load the embedded Hong Kong 2020 dataset, index it, and ask what applied on 9 July 2020 (HKT).
using System.Globalization;
using NodaTime;
using PolicyEvents;
using PolicyEvents.Queries;

var dataset = PolicyDatasets.HongKong2020;
var history = PolicyHistory.From(dataset);
var hongKong = dataset.Registry.Get("HK");

Console.WriteLine($"{dataset.Metadata.Title} ({dataset.Events.Length} events)");
Console.WriteLine("Policies toward Hong Kong on 9 July 2020 (Hong Kong time):");
foreach (var answer in history.PoliciesToward(hongKong.Code, new LocalDate(2020, 7, 9)))
{
    var since = answer.HasPolicy ? answer.Since.InZone(hongKong.TimeZone).ToString("uuuu-MM-dd HH:mm o<g>", CultureInfo.InvariantCulture) : "";
    Console.WriteLine(answer.HasPolicy
        ? $"  {answer.Company,-10} {answer.Policy.Stance,-20} since {since} (by its {answer.Basis.ToString().ToLowerInvariant()} date)"
        : $"  {answer.Company,-10} no recorded policy");
}
