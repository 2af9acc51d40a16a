using PolicyEvents.Cli.Hosting;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;

namespace PolicyEvents.Cli.Queries;

/// <summary>The <c>--jurisdiction</c>, <c>--company</c> and <c>--subsidiaries</c> filters, checked against the dataset.</summary>
/// <param name="Jurisdiction">The jurisdiction, or null for all.</param>
/// <param name="Companies">The companies (one, or a family), or null for all.</param>
internal sealed record Selection(JurisdictionCode? Jurisdiction, IReadOnlySet<CompanyId>? Companies)
{
    /// <summary>Everything.</summary>
    public static Selection All { get; } = new(null, null);

    /// <summary>Reads the options; an unknown code is a usage error naming it.</summary>
    /// <param name="dataset">The dataset (its companies and jurisdictions).</param>
    /// <param name="jurisdiction">The <c>--jurisdiction</c> value (ISO 3166 code in any case, or the registry's name), or null.</param>
    /// <param name="company">The <c>--company</c> value (id, name or alias), or null.</param>
    /// <param name="subsidiaries">True to add the company's subsidiaries (through <see cref="Company.Parent"/>, at any depth).</param>
    /// <returns>The selection.</returns>
    /// <exception cref="CliException">A code is malformed or unknown, or <paramref name="subsidiaries"/> is given without a company (exit code 2).</exception>
    public static Selection Parse(PolicyDataset dataset, string? jurisdiction, string? company, bool subsidiaries = false)
    {
        if (subsidiaries && company is null)
        {
            throw CliException.Usage("--subsidiaries adds the subsidiaries of the company given with --company: give --company too (e.g. -c facebook -s)");
        }
        return new(jurisdiction is null ? null : ParseJurisdiction(dataset, jurisdiction),
            company is null ? null : Family(dataset, ParseCompany(dataset, company), subsidiaries));
    }

    /// <summary>True when a company's policy toward a jurisdiction is selected.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>True when it matches both filters.</returns>
    public bool Includes(CompanyId company, JurisdictionCode jurisdiction) =>
        (Jurisdiction is not { } j || jurisdiction == j) && (Companies is null || Companies.Contains(company));

    /// <summary>True when the event is selected.</summary>
    /// <param name="policyEvent">The event.</param>
    /// <returns>True when it matches both filters.</returns>
    public bool Matches(PolicyEvent policyEvent) => Includes(policyEvent.Company, policyEvent.Jurisdiction);

    private static HashSet<CompanyId> Family(PolicyDataset dataset, CompanyId company, bool subsidiaries)
    {
        var family = new HashSet<CompanyId> { company };
        for (var grew = subsidiaries; grew;)
        {
            grew = false;
            foreach (var member in dataset.Companies)
            {
                if (member.Parent is { } parent && family.Contains(parent) && family.Add(member.Id))
                {
                    grew = true;
                }
            }
        }
        return family;
    }

    /// <summary>Reads a jurisdiction: an ISO 3166 code in any case, or the registry's name.</summary>
    /// <param name="dataset">The dataset (its registry).</param>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="CliException">The code is malformed or unknown (exit code 2).</exception>
    public static JurisdictionCode ParseJurisdiction(PolicyDataset dataset, string text)
    {
        var byName = dataset.Registry.All.FirstOrDefault(j => string.Equals(j.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName.Code;
        }
        var upper = text.Trim().ToUpperInvariant();
        JurisdictionCode code;
        try
        {
            code = new JurisdictionCode(upper);
        }
        catch (ArgumentException)
        {
            throw CliException.Usage($"invalid jurisdiction '{text}': expected an ISO 3166-1 alpha-2 code such as HK, an ISO 3166-2 subdivision code, or a name such as \"Hong Kong\"");
        }
        return dataset.Registry.Contains(code)
            ? code
            : throw CliException.Usage($"unknown jurisdiction '{text}': not an ISO 3166-1 code, nor defined by the dataset");
    }

    private static CompanyId ParseCompany(PolicyDataset dataset, string text)
    {
        var trimmed = text.Trim();
        if (CompanyId.TryParse(trimmed.ToLowerInvariant(), out var id) && dataset.TryGetCompany(id, out _))
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
