namespace PolicyEvents.Domain;

/// <summary>Why a company is known by a name other than its display name.</summary>
public enum CompanyNameKind
{
    /// <summary>Another name in use at the same time (a brand, an abbreviation).</summary>
    Alias = 0,

    /// <summary>A name the company used to have (Facebook, Inc. before Meta Platforms; Twitter before X).</summary>
    Former = 1,
}
