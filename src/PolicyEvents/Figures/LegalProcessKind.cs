namespace PolicyEvents.Figures;

/// <summary>The kind of legal process (or of request) a published category counts.</summary>
/// <remarks>The published label stays in <see cref="RequestCategory.Label"/>; this is the library's reading of it.</remarks>
public enum LegalProcessKind
{
    /// <summary>The label is not one the library knows, or the report does not say. The default.</summary>
    Unspecified = 0,

    /// <summary>Every kind of request together (Google's "All", Meta's "Total Requests").</summary>
    All = 1,

    /// <summary>Compulsory legal process of any form taken together (Google's "Other Legal Requests", Meta's "Legal Process").</summary>
    LegalProcess = 2,

    /// <summary>Subpoenas.</summary>
    Subpoena = 3,

    /// <summary>Court orders other than search warrants, pen register and wiretap orders (including US 18 U.S.C. 2703(d) orders).</summary>
    CourtOrder = 4,

    /// <summary>Search warrants.</summary>
    SearchWarrant = 5,

    /// <summary>Pen register and trap-and-trace orders.</summary>
    PenRegisterOrder = 6,

    /// <summary>Wiretap orders (US Title III).</summary>
    WiretapOrder = 7,

    /// <summary>Requests made through a mutual legal assistance treaty (MLAT) on behalf of another country.</summary>
    MutualLegalAssistance = 8,

    /// <summary>National security process: FISA orders and National Security Letters.</summary>
    NationalSecurity = 9,

    /// <summary>Emergency disclosure requests, answered voluntarily when there is a risk of death or serious harm.</summary>
    Emergency = 10,

    /// <summary>Requests to preserve data pending legal process.</summary>
    Preservation = 11,

    /// <summary>Another published kind the library keeps apart (Google's "Police Requests" in Ireland, "Requests for data of local subsidiary").</summary>
    Other = 12,
}
