namespace PolicyEvents.Domain;

/// <summary>What kind of place a jurisdiction is.</summary>
public enum JurisdictionKind
{
    /// <summary>A sovereign state: a UN member state, or the Holy See.</summary>
    SovereignState = 0,

    /// <summary>A state whose sovereignty is recognized by some states only (for example Taiwan, Kosovo, Palestine).</summary>
    PartiallyRecognizedState = 1,

    /// <summary>A special administrative region with its own legal system (Hong Kong, Macao), with its state as parent.</summary>
    SpecialAdministrativeRegion = 2,

    /// <summary>A dependent or overseas territory with its own ISO 3166-1 code, with the administering state as parent.</summary>
    DependentTerritory = 3,

    /// <summary>A subdivision of a country (an ISO 3166-2 code such as <c>US-CA</c>).</summary>
    Subdivision = 4,

    /// <summary>A supranational body (for example the European Union).</summary>
    Supranational = 5,

    /// <summary>Anything else, such as Antarctica or a disputed territory; the jurisdiction's notes say why.</summary>
    Other = 6,
}
