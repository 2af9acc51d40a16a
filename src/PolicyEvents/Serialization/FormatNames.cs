using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;

namespace PolicyEvents.Serialization;

/// <summary>The enum names of format 1.0, in canonical order (docs/format.md). The member names of each kind of object
/// are in its reader's <see cref="MemberTable{T}"/>.</summary>
internal static class FormatNames
{
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
        ("userData", PolicyEvents.Domain.RequestKinds.UserData), ("contentRemoval", PolicyEvents.Domain.RequestKinds.ContentRemoval),
        ("preservation", PolicyEvents.Domain.RequestKinds.Preservation), ("emergencyDisclosure", PolicyEvents.Domain.RequestKinds.EmergencyDisclosure),
        ("content", PolicyEvents.Domain.RequestKinds.Content), ("nonContent", PolicyEvents.Domain.RequestKinds.NonContent));

    internal static EnumNames<RequestOrigin> Origins { get; } = new("a request origin",
        ("eventJurisdiction", RequestOrigin.EventJurisdiction), ("anyJurisdiction", RequestOrigin.AnyJurisdiction));

    internal static EnumNames<FormalChannelKind> ChannelKinds { get; } = new("a formal channel kind",
        ("other", FormalChannelKind.Other), ("mlat", FormalChannelKind.Mlat), ("lettersRogatory", FormalChannelKind.LettersRogatory),
        ("diplomatic", FormalChannelKind.Diplomatic));

    internal static EnumNames<Requesters> Requesters { get; } = new("a requester",
        ("government", PolicyEvents.Domain.Requesters.Government), ("lawEnforcement", PolicyEvents.Domain.Requesters.LawEnforcement),
        ("courts", PolicyEvents.Domain.Requesters.Courts));

    internal static EnumNames<DatasetRecordKind> RecordTypes { get; } = new("a record type",
        ("dataset", DatasetRecordKind.Metadata), ("company", DatasetRecordKind.Company), ("jurisdiction", DatasetRecordKind.Jurisdiction),
        ("source", DatasetRecordKind.Source), ("statement", DatasetRecordKind.Statement), ("trigger", DatasetRecordKind.Trigger),
        ("event", DatasetRecordKind.Event), ("figure", DatasetRecordKind.Figure));

    internal static EnumNames<Figures.PublishedNumberKind> NumberKinds { get; } = new("a published number kind",
        ("exact", Figures.PublishedNumberKind.Exact), ("range", Figures.PublishedNumberKind.Range), ("percentage", Figures.PublishedNumberKind.Percentage));

    internal static EnumNames<Figures.LegalProcessKind> LegalProcessKinds { get; } = new("a kind of legal process",
        ("unspecified", Figures.LegalProcessKind.Unspecified), ("all", Figures.LegalProcessKind.All), ("legalProcess", Figures.LegalProcessKind.LegalProcess),
        ("subpoena", Figures.LegalProcessKind.Subpoena), ("courtOrder", Figures.LegalProcessKind.CourtOrder), ("searchWarrant", Figures.LegalProcessKind.SearchWarrant),
        ("penRegisterOrder", Figures.LegalProcessKind.PenRegisterOrder), ("wiretapOrder", Figures.LegalProcessKind.WiretapOrder),
        ("mutualLegalAssistance", Figures.LegalProcessKind.MutualLegalAssistance), ("nationalSecurity", Figures.LegalProcessKind.NationalSecurity),
        ("emergency", Figures.LegalProcessKind.Emergency), ("preservation", Figures.LegalProcessKind.Preservation), ("other", Figures.LegalProcessKind.Other));
}
