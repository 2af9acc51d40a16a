using NodaTime;
using PolicyEvents;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Queries;
using PolicyEvents.Time;

namespace DocSamples;

/// <summary>The samples of docs/building-datasets.md. The company, its statement and its source are invented for the
/// example; the real Hong Kong 2020 records are in <see cref="PolicyDatasets.HongKong2020"/>.</summary>
public static class BuildingDatasets
{
    /// <summary>A small dataset written in code, built and queried.</summary>
    public static void BuildDataset()
    {
        #region build-dataset
        var recorded = Instant.FromUtc(2026, 1, 15, 0, 0);

        var dataset = new PolicyDatasetBuilder(new DatasetMetadata("my-dataset", "My first dataset", "0.1.0", recorded))
            .AddCompanies(new Company("example-social", "Example Social"))
            .AddSources(new Source("example-blog", "Example Social", "An update on government requests",
                new Uri("https://example.com/blog/requests"), published: PartialDate.Parse("2020-07-06")))
            .AddStatements(new Statement("example-2020-07-06", "We have paused our review of these requests.",
                new Speaker("example-social", role: "spokesperson"), PartialDate.Parse("2020-07-06"), "en",
                sources: ["example-blog"]))
            .AddEvents(
                new PolicyEvent("example-hk-2019", "example-social", "HK", new RequestPolicy(PolicyStance.RespondingAsUsual),
                    recorded, effective: PartialDate.Parse("2019")),
                new PolicyEvent("example-hk-2020-pause", "example-social", "HK", new RequestPolicy(PolicyStance.Paused),
                    recorded, announced: PartialDate.Parse("2020-07-06"),
                    statements: ["example-2020-07-06"], sources: ["example-blog"]))
            .Build();                                       // validates: throws with every problem, or returns the dataset

        foreach (var period in PolicyHistory.From(dataset).Timeline("example-social", "HK"))
        {
            Console.WriteLine($"{period.Policy.Stance,-17} from {period.Start} ({period.Basis} date {period.Event.Id})");
        }
        #endregion
    }

    /// <summary>Identifiers from text: the implicit conversion validates, TryParse does not throw.</summary>
    public static void IdsFromText()
    {
        #region ids-from-text
        CompanyId google = "google";                        // the same as new CompanyId("google")
        JurisdictionCode hk = "HK";
        Console.WriteLine($"{google} in {hk}: {google == new CompanyId("google")}");

        Console.WriteLine(CompanyId.TryParse("Google", out _)); // false: ids are lowercase slugs
        try
        {
            _ = (CompanyId)"Google";                        // validated like the constructor
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    /// <summary>Build() reports every problem at once.</summary>
    public static void BuildErrors()
    {
        #region build-errors
        var builder = new PolicyDatasetBuilder(new DatasetMetadata("broken", "Broken", "0.1.0", Instant.FromUtc(2026, 1, 15, 0, 0)))
            .AddEvents(new PolicyEvent("acme-hk-2020", "acme", "HK", new RequestPolicy(PolicyStance.Paused),
                Instant.FromUtc(2026, 1, 15, 0, 0), announced: PartialDate.Parse("2020-07-07"), statements: ["acme-2020-07-07"]));
        try
        {
            builder.Build();
        }
        catch (DatasetValidationException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }
        }
        #endregion
    }

    /// <summary>Merging two datasets.</summary>
    public static void Merge()
    {
        #region merge
        var hongKong = PolicyDatasets.HongKong2020;
        var recorded = Instant.FromUtc(2026, 1, 15, 0, 0);
        var mine = new PolicyDatasetBuilder(new DatasetMetadata("my-additions", "My additions", "0.1.0", recorded))
            .AddCompanies(new Company("example-social", "Example Social"))
            .AddEvents(new PolicyEvent("example-hk-2020-pause", "example-social", "HK", new RequestPolicy(PolicyStance.Paused),
                recorded, announced: PartialDate.Parse("2020-07-06")))
            .Build();

        var both = hongKong.Merge(mine);                    // equal records become one; one id with two contents is a conflict
        Console.WriteLine($"{hongKong.Events.Length} + {mine.Events.Length} events -> {both.Events.Length}");
        #endregion
    }

    /// <summary>Record collections and query results: both read-only lists.</summary>
    public static void Lists()
    {
        #region lists
        var history = PolicyHistory.From(PolicyDatasets.HongKong2020);
        IReadOnlyList<PolicyPeriod> timeline = history.Timeline("google", "HK");   // a query result
        IReadOnlyList<Statement> statements = timeline[^1].Statements;             // a record's collection (ImmutableArray<Statement>)
        Console.WriteLine($"{timeline.Count} periods; the last rests on {statements.Count} statement(s)");
        #endregion
    }
}
