using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Data;

/// <summary>The two look-ups the commands make on a <see cref="PolicyDataset"/> beyond its own: a display name and a zone.</summary>
internal static class DatasetLookups
{
    /// <summary>The company's display name, or its id when the dataset does not define it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="id">The id.</param>
    /// <returns>The name.</returns>
    public static string CompanyName(this PolicyDataset dataset, CompanyId id) =>
        dataset.TryGetCompany(id, out var company) ? company.Name : id.Value;

    /// <summary>The zone in which the jurisdiction's local dates are read (UTC when the code is unknown).</summary>
    /// <param name="dataset">The dataset (its registry: the built-in one with the dataset's own jurisdictions).</param>
    /// <param name="code">The code.</param>
    /// <returns>The zone.</returns>
    public static DateTimeZone ZoneOf(this PolicyDataset dataset, JurisdictionCode code) =>
        dataset.TryGetJurisdiction(code, out var jurisdiction) ? jurisdiction.TimeZone : DateTimeZone.Utc;
}
