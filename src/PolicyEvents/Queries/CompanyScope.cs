using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>Which companies a query covers, given one company.</summary>
/// <remarks>The default value is <see cref="CompanyOnly"/>.</remarks>
public enum CompanyScope
{
    /// <summary>The company alone.</summary>
    CompanyOnly = 0,

    /// <summary>The company and all its descendants through <see cref="Company.Parent"/> (Facebook with WhatsApp and Instagram).</summary>
    IncludingSubsidiaries = 1,
}
