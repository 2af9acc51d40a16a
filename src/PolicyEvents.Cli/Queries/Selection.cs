using PolicyEvents.Cli.Data;
using PolicyEvents.Cli.Hosting;

namespace PolicyEvents.Cli.Queries;

/// <summary>The <c>--jurisdiction</c> and <c>--company</c> filters, checked against the dataset.</summary>
/// <param name="Jurisdiction">The jurisdiction, or null for all.</param>
/// <param name="Company">The company, or null for all.</param>
internal sealed record Selection(JurisdictionCode? Jurisdiction, CompanyId? Company)
{
    /// <summary>Reads the options; an unknown code is a usage error naming it.</summary>
    /// <param name="dataset">The dataset (its companies and jurisdictions).</param>
    /// <param name="jurisdiction">The <c>--jurisdiction</c> value (ISO 3166 code, any case), or null.</param>
    /// <param name="company">The <c>--company</c> value (id, name or alias), or null.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="CliException">A code is malformed or unknown (exit code 2).</exception>
    public static Selection Parse(CliDataset dataset, string? jurisdiction, string? company) =>
        new(jurisdiction is null ? null : ParseJurisdiction(dataset, jurisdiction), company is null ? null : ParseCompany(dataset, company));

    /// <summary>True when the event is selected.</summary>
    /// <param name="policyEvent">The event.</param>
    /// <returns>True when it matches both filters.</returns>
    public bool Matches(PolicyEvent policyEvent) =>
        (Jurisdiction is not { } j || policyEvent.Jurisdiction == j) && (Company is not { } c || policyEvent.Company == c);

    private static JurisdictionCode ParseJurisdiction(CliDataset dataset, string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        JurisdictionCode code;
        try
        {
            code = new JurisdictionCode(upper);
        }
        catch (ArgumentException)
        {
            throw CliException.Usage($"invalid jurisdiction '{text}': expected an ISO 3166-1 alpha-2 code such as HK, or an ISO 3166-2 subdivision code");
        }
        return dataset.Registry.Contains(code)
            ? code
            : throw CliException.Usage($"unknown jurisdiction '{text}': not an ISO 3166-1 code, nor defined by the dataset");
    }

    private static CompanyId ParseCompany(CliDataset dataset, string text)
    {
        var trimmed = text.Trim();
        if (CompanyId.TryParse(trimmed.ToLowerInvariant(), out var id) && dataset.CompaniesById.ContainsKey(id))
        {
            return id;
        }
        var byName = dataset.Companies.FirstOrDefault(c => c.IsKnownAs(trimmed));
        if (byName is not null)
        {
            return byName.Id;
        }
        var known = string.Join(", ", dataset.Companies.Select(c => c.Id.Value));
        throw CliException.Usage($"unknown company '{text}': the dataset has {known}");
    }
}
