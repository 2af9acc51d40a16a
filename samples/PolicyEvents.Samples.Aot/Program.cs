// NativeAOT smoke test: the quick start (samples/PolicyEvents.Samples.QuickStart), then the CSV export, run as a
// native binary. .ci/aot-smoke.sh checks what it prints; it exits non-zero when a check here fails.
using PolicyEvents;
using PolicyEvents.Interop;

var hongKong = JurisdictionRegistry.Default.Get("HK");
Console.WriteLine(hongKong);

var tuesday = PartialDate.Parse("2020-07-07");
Console.WriteLine($"{tuesday} in {hongKong.Name} is {tuesday.ToInterval(hongKong.TimeZone)}");

// The CSV export goes through Sep, a dependency of the library: it must work without reflection too.
var pause = new PolicyEvent(new EventId("zoom-hk-2020-07"), new CompanyId("zoom"), hongKong.Code,
    new RequestPolicy(PolicyStance.Paused, new RequestScope(RequestKinds.UserData, Requesters.Government | Requesters.LawEnforcement)),
    effective: null, announced: PartialDate.Parse("2020-07-07"), recorded: NodaTime.Instant.FromUtc(2026, 11, 28, 15, 0),
    note: "Zoom said it was \"actively monitoring\", and paused.");
var csv = PolicyEventCsv.ToCsv([pause]);
Console.Write(csv);

var expected = "zoom-hk-2020-07,zoom,HK,paused,userData,government;lawEnforcement,,,,2020-07-07,day,2026-11-28T15:00:00Z,,,,,"
    + "\"Zoom said it was \"\"actively monitoring\"\", and paused.\"\n";
if (!csv.EndsWith(expected, StringComparison.Ordinal))
{
    Console.Error.WriteLine("FAIL: the CSV row is not as expected.");
    return 1;
}
Console.WriteLine("AOT smoke: OK");
return 0;
