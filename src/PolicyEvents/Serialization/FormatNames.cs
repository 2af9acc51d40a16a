namespace PolicyEvents.Serialization;

/// <summary>The member names and enum names of format 1.0, in canonical order (docs/format.md).</summary>
internal static class FormatNames
{
    internal static MemberNames Document { get; } = new("the dataset document",
        "formatVersion", "metadata", "companies", "jurisdictions", "sources", "statements", "triggers", "events", "figures");

    internal static MemberNames Header { get; } = new("the dataset header line", "type", "formatVersion", "metadata");

    internal static MemberNames Metadata { get; } = new("the metadata",
        "id", "title", "version", "license", "description", "creators", "created", "sources");

    internal static MemberNames Company { get; } = new("a company", "id", "name", "names", "parent", "wikidata");

    internal static MemberNames CompanyName { get; } = new("a company name", "name", "kind", "from", "until");

    internal static MemberNames Jurisdiction { get; } = new("a jurisdiction", "code", "name", "kind", "timeZone", "parent");

    internal static MemberNames Source { get; } = new("a source", "id", "publisher", "title", "url", "published", "byline", "agency", "retrieved");

    internal static MemberNames Statement { get; } = new("a statement", "id", "text", "speaker", "date", "language", "sources");

    internal static MemberNames Speaker { get; } = new("a speaker", "company", "person", "role");

    internal static MemberNames Trigger { get; } = new("a trigger", "id", "jurisdiction", "title", "effective", "sources", "effectiveClaims");

    internal static MemberNames DateClaim { get; } = new("a date claim", "date", "sources", "wording");

    internal static MemberNames Event { get; } = new("an event",
        "id", "company", "jurisdiction", "policy", "effective", "announced", "recorded", "statements", "sources", "trigger", "supersedes", "note");

    internal static MemberNames Policy { get; } = new("a policy", "stance", "scope", "conditions", "exceptions");

    internal static MemberNames Scope { get; } = new("a scope", "requestKinds", "requesters", "products");

    internal static EnumNames<CompanyNameKind> CompanyNameKinds { get; } = new("a company name kind",
        ("alias", CompanyNameKind.Alias), ("former", CompanyNameKind.Former));

    internal static EnumNames<JurisdictionKind> JurisdictionKinds { get; } = new("a jurisdiction kind",
        ("sovereignState", JurisdictionKind.SovereignState), ("partiallyRecognizedState", JurisdictionKind.PartiallyRecognizedState),
        ("specialAdministrativeRegion", JurisdictionKind.SpecialAdministrativeRegion), ("dependentTerritory", JurisdictionKind.DependentTerritory),
        ("subdivision", JurisdictionKind.Subdivision), ("supranational", JurisdictionKind.Supranational), ("other", JurisdictionKind.Other));

    internal static EnumNames<PolicyStance> Stances { get; } = new("a policy stance",
        ("unknown", PolicyStance.Unknown), ("respondingAsUsual", PolicyStance.RespondingAsUsual), ("reviewing", PolicyStance.Reviewing),
        ("paused", PolicyStance.Paused), ("refusing", PolicyStance.Refusing), ("formalChannelOnly", PolicyStance.FormalChannelOnly),
        ("withdrawnFromMarket", PolicyStance.WithdrawnFromMarket));

    internal static EnumNames<RequestKinds> RequestKinds { get; } = new("a request kind",
        ("userData", PolicyEvents.RequestKinds.UserData), ("contentRemoval", PolicyEvents.RequestKinds.ContentRemoval),
        ("preservation", PolicyEvents.RequestKinds.Preservation), ("emergencyDisclosure", PolicyEvents.RequestKinds.EmergencyDisclosure));

    internal static EnumNames<Requesters> Requesters { get; } = new("a requester",
        ("government", PolicyEvents.Requesters.Government), ("lawEnforcement", PolicyEvents.Requesters.LawEnforcement),
        ("courts", PolicyEvents.Requesters.Courts));

    internal static EnumNames<DatasetRecordKind> RecordTypes { get; } = new("a record type",
        ("dataset", DatasetRecordKind.Metadata), ("company", DatasetRecordKind.Company), ("jurisdiction", DatasetRecordKind.Jurisdiction),
        ("source", DatasetRecordKind.Source), ("statement", DatasetRecordKind.Statement), ("trigger", DatasetRecordKind.Trigger),
        ("event", DatasetRecordKind.Event), ("figure", DatasetRecordKind.Figure));

    internal static MemberNames Figure { get; } = new("a figure set",
        "company", "jurisdiction", "jurisdictionName", "start", "end", "startDerived", "category", "requestKinds", "legalProcess",
        "requests", "accounts", "requestsWithDataProduced", "percentWithDataProduced",
        "requestsWithContentProduced", "requestsWithOnlyNonContentProduced", "requestsWithNoDataFound", "requestsRejected", "accountsWithDataPreserved",
        "percentWithContentProduced", "percentWithOnlyNonContentProduced", "percentWithNoDataFound", "percentRejected", "assistingJurisdiction", "provenance");

    internal static MemberNames Number { get; } = new("a published number", "kind", "text", "count", "minimum", "maximum", "percent");

    internal static MemberNames Provenance { get; } = new("a provenance", "file", "line");

    internal static EnumNames<Figures.PublishedNumberKind> NumberKinds { get; } = new("a published number kind",
        ("exact", Figures.PublishedNumberKind.Exact), ("range", Figures.PublishedNumberKind.Range), ("percentage", Figures.PublishedNumberKind.Percentage));

    internal static EnumNames<Figures.LegalProcessKind> LegalProcessKinds { get; } = new("a kind of legal process",
        ("unspecified", Figures.LegalProcessKind.Unspecified), ("all", Figures.LegalProcessKind.All), ("legalProcess", Figures.LegalProcessKind.LegalProcess),
        ("subpoena", Figures.LegalProcessKind.Subpoena), ("courtOrder", Figures.LegalProcessKind.CourtOrder), ("searchWarrant", Figures.LegalProcessKind.SearchWarrant),
        ("penRegisterOrder", Figures.LegalProcessKind.PenRegisterOrder), ("wiretapOrder", Figures.LegalProcessKind.WiretapOrder),
        ("mutualLegalAssistance", Figures.LegalProcessKind.MutualLegalAssistance), ("nationalSecurity", Figures.LegalProcessKind.NationalSecurity),
        ("emergency", Figures.LegalProcessKind.Emergency), ("preservation", Figures.LegalProcessKind.Preservation), ("other", Figures.LegalProcessKind.Other));
}
