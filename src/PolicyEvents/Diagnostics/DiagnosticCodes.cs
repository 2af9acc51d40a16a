namespace PolicyEvents.Diagnostics;

/// <summary>The stable codes of every <see cref="Diagnostic"/> the library reports; docs/format.md explains each.</summary>
/// <remarks>PE00xx: reading (the file's form). PE01xx: validation (the dataset's content). PE02xx: merging.</remarks>
public static class DiagnosticCodes
{
    /// <summary>PE0001 (error): the text is not well-formed JSON (or not UTF-8).</summary>
    public const string MalformedJson = "PE0001";

    /// <summary>PE0002 (error): a value has the wrong JSON type, or is null where null is not allowed.</summary>
    public const string WrongType = "PE0002";

    /// <summary>PE0003 (error): a required member is missing.</summary>
    public const string MissingMember = "PE0003";

    /// <summary>PE0004 (error): the same member appears twice in one object.</summary>
    public const string DuplicateMember = "PE0004";

    /// <summary>PE0005 (warning, or error when unknown members are rejected): a member the format does not define.</summary>
    public const string UnknownMember = "PE0005";

    /// <summary>PE0006 (error): a value has the right type but is invalid (an identifier, an EDTF date, an enum name, a URL...).</summary>
    public const string InvalidValue = "PE0006";

    /// <summary>PE0007 (error): <c>formatVersion</c> is missing, malformed, or of a newer major version than this library reads.</summary>
    public const string UnsupportedVersion = "PE0007";

    /// <summary>PE0008 (warning): a JSON Lines record of a type this version does not know (from a newer minor version); skipped.</summary>
    public const string UnknownRecordType = "PE0008";

    /// <summary>PE0009 (error): a JSON Lines file whose first line is not the <c>dataset</c> header, or with a second header or an empty line.</summary>
    public const string BadLinesStructure = "PE0009";

    /// <summary>PE0010 (error): the stream is larger than the read limit (<c>DatasetReadOptions.MaxBytes</c>); reading stops there.</summary>
    public const string TooLarge = "PE0010";

    /// <summary>PE0011 (error): objects and arrays nest deeper than the read limit (<c>DatasetReadOptions.MaxDepth</c>).</summary>
    public const string TooDeep = "PE0011";

    /// <summary>PE0012 (error): a string is longer than the read limit (<c>DatasetReadOptions.MaxStringBytes</c>).</summary>
    public const string StringTooLong = "PE0012";

    /// <summary>PE0013 (error): more records than the read limit (<c>DatasetReadOptions.MaxRecords</c>).</summary>
    public const string TooManyRecords = "PE0013";

    /// <summary>PE0101 (error): a reference to a company that the dataset does not define.</summary>
    public const string UnknownCompany = "PE0101";

    /// <summary>PE0102 (error): a company's parent is not a company of the dataset.</summary>
    public const string UnknownParentCompany = "PE0102";

    /// <summary>PE0103 (error): a reference to a source that the dataset does not define.</summary>
    public const string UnknownSource = "PE0103";

    /// <summary>PE0104 (error): a reference to a statement that the dataset does not define.</summary>
    public const string UnknownStatement = "PE0104";

    /// <summary>PE0105 (error): a reference to a trigger that the dataset does not define.</summary>
    public const string UnknownTrigger = "PE0105";

    /// <summary>PE0106 (error): an event supersedes an event that the dataset does not define.</summary>
    public const string UnknownSupersededEvent = "PE0106";

    /// <summary>PE0107 (error): a jurisdiction code that is neither built in nor defined by the dataset.</summary>
    public const string UnknownJurisdiction = "PE0107";

    /// <summary>PE0108 (error): two records of the same kind with the same id (jurisdictions: the same code).</summary>
    public const string DuplicateId = "PE0108";

    /// <summary>PE0109 (error): a statement dated after the publication of every source that reports it.</summary>
    public const string StatementAfterSources = "PE0109";

    /// <summary>PE0110 (error): two events for the same company and jurisdiction with the same effective date and different
    /// policies whose scopes overlap, neither superseding the other.</summary>
    public const string ConflictingEvents = "PE0110";

    /// <summary>PE0111 (warning): a statement that names no source.</summary>
    public const string StatementWithoutSource = "PE0111";

    /// <summary>PE0112 (warning): a source without a publisher. A source without a title is <see cref="SourceWithoutTitle"/>
    /// (information).</summary>
    public const string IncompleteSource = "PE0112";

    /// <summary>PE0113 (error): companies whose parents form a cycle.</summary>
    public const string ParentCycle = "PE0113";

    /// <summary>PE0114 (warning): a published figure set with a negative count (requests, accounts, or requests with data produced).</summary>
    public const string NegativeFigure = "PE0114";

    /// <summary>PE0115 (warning): a published figure set whose percentage of requests with data produced is outside 0 to 100.</summary>
    public const string PercentageOutOfRange = "PE0115";

    /// <summary>PE0116 (warning): a published figure set with more requests with data produced than requests received.</summary>
    public const string ProducedExceedsReceived = "PE0116";

    /// <summary>PE0117 (warning): two figure sets for the same company, jurisdiction and category whose periods overlap.</summary>
    public const string OverlappingFigurePeriods = "PE0117";

    /// <summary>PE0118 (information): a published figure set restated in a later export: a later version of the same key
    /// with other figures.</summary>
    public const string FigureRestated = "PE0118";

    /// <summary>PE0119 (warning): two events of one company that take effect on the same date (effective, else announced)
    /// with overlapping scopes and different stances, neither superseding the other: contradictory at that instant.</summary>
    public const string ContradictoryScopes = "PE0119";

    /// <summary>PE0120 (information): a source without a title. A title is optional: the address, publisher and date
    /// identify a source, and a stored copy of a page does not always show its title, which is never made up.</summary>
    public const string SourceWithoutTitle = "PE0120";

    /// <summary>PE0201 (error): merging two datasets that hold the same id with different content.</summary>
    public const string MergeConflict = "PE0201";
}
