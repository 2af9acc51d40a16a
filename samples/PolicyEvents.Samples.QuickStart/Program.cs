// The quick start: Hong Kong in the built-in ISO 3166-1 registry, and what "7 July 2020" means there.
using PolicyEvents;

var hongKong = JurisdictionRegistry.Default.Get("HK");
Console.WriteLine(hongKong);

var tuesday = PartialDate.Parse("2020-07-07");
Console.WriteLine($"{tuesday} in {hongKong.Name} is {tuesday.ToInterval(hongKong.TimeZone)}");
