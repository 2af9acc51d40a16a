using NodaTime;
using PolicyEvents;
using PolicyEvents.Queries;

namespace DocSamples;

/// <summary>The samples of docs/getting-started.md.</summary>
public static class GettingStarted
{
    /// <summary>What applied in Hong Kong on 9 July 2020, from the embedded dataset.</summary>
    public static void FirstQuery()
    {
        #region first-query
        var dataset = PolicyDatasets.HongKong2020;          // embedded in the library: no file, no network
        var history = PolicyHistory.From(dataset);          // indexed once; immutable and thread-safe

        foreach (var answer in history.PoliciesToward("HK", new LocalDate(2020, 7, 9)))
        {
            Console.WriteLine(answer.HasPolicy
                ? $"{answer.Company,-10} {answer.Policy.Stance}"
                : $"{answer.Company,-10} no recorded policy");
        }
        #endregion
    }
}
