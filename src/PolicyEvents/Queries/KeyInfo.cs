using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

/// <summary>
/// One (company, jurisdiction) key of a history: the pair and its range <c>[Start, End)</c> in the tick indexes, side by
/// side so a point query reads them from one place (24 bytes).
/// </summary>
internal readonly struct KeyInfo(CompanyId company, JurisdictionCode jurisdiction, int start, int end)
{
    public readonly CompanyId Company = company;

    public readonly JurisdictionCode Jurisdiction = jurisdiction;

    /// <summary>The key's first position in the tick indexes.</summary>
    public readonly int Start = start;

    /// <summary>One past the key's last position.</summary>
    public readonly int End = end;
}
