using System.Text.Json;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Figures;
using PolicyEvents.Time;

namespace PolicyEvents.Serialization;

/// <summary>The <c>formatVersion</c> this library writes and the rule by which it reads others.</summary>
internal static class FormatVersion
{
    internal const int Major = 1;
    internal const int Minor = 1;
    internal const string Current = "1.1";

    /// <summary>The first version, 1.0, which files that use no later member keep writing.</summary>
    internal const string First = "1.0";

    /// <summary>The version the canonical writer states for a dataset: the lowest that holds everything in it, so that a
    /// file written before a minor version added members is written again byte for byte, and a reader of that older
    /// version is told the file needs a newer one.</summary>
    internal static string Of(PolicyDataset dataset)
    {
        foreach (var e in dataset.Events)
        {
            if (UsesVersion11(e.Policy))
            {
                return Current;
            }
        }
        foreach (var set in dataset.Figures)
        {
            if (UsesVersion11(set))
            {
                return Current;
            }
        }
        foreach (var statement in dataset.Statements)
        {
            // Format 1.1 added statement variants and paraphrases.
            if (statement.IsParaphrase || !statement.Variants.IsEmpty)
            {
                return Current;
            }
        }
        return UsesVersion11Dates(dataset) ? Current : First;
    }

    /// <summary>Format 1.1 added EDTF intervals and unspecified digits to every date: a company name's <c>from</c> and
    /// <c>until</c>, a source's <c>published</c>, a statement's <c>date</c>, a trigger's <c>effective</c> and claims, an
    /// event's <c>effective</c> and <c>announced</c>.</summary>
    private static bool UsesVersion11Dates(PolicyDataset dataset) =>
        dataset.Companies.Any(c => c.Names.Any(n => UsesVersion11(n.From) || UsesVersion11(n.Until)))
        || dataset.Sources.Any(s => UsesVersion11(s.Published))
        || dataset.Statements.Any(s => UsesVersion11(s.Date))
        || dataset.Triggers.Any(t => UsesVersion11(t.Effective) || t.EffectiveClaims.Any(c => UsesVersion11(c.Date)))
        || dataset.Events.Any(e => UsesVersion11(e.Effective) || UsesVersion11(e.Announced));

    private static bool UsesVersion11(PartialDate? date) => date is { } d && (d.IsInterval || d.UnspecifiedDigits != 0);

    /// <summary>Request kinds that format 1.1 added.</summary>
    private const RequestKinds KindsOf11 = RequestKinds.Content | RequestKinds.NonContent;

    /// <summary>Format 1.1 added scopes by whose data and from any jurisdiction, the finer request kinds, and the formal channel.</summary>
    private static bool UsesVersion11(RequestPolicy policy) =>
        policy.Channel is not null || (policy.Scope.Kinds & KindsOf11) != 0
        || !policy.Scope.SubjectJurisdictions.IsEmpty || policy.Scope.Origin != RequestOrigin.EventJurisdiction;

    /// <summary>Format 1.1 added the outcome figures and the assisting jurisdiction of a figure set, the day a version
    /// was published (<c>provenance.published</c>) and its source (<c>provenance.source</c>), and the finer request kinds.</summary>
    private static bool UsesVersion11(ReportedFigures set)
    {
        var f = set.Figures;
        return set.Category.AssistingJurisdiction is not null || set.Published is not null || set.Provenance?.Source is not null || (set.Category.Kinds & KindsOf11) != 0
            || Known(f.RequestsWithContentProduced) || Known(f.RequestsWithOnlyNonContentProduced) || Known(f.RequestsWithNoDataFound)
            || Known(f.RequestsRejected) || Known(f.AccountsWithDataPreserved) || Known(f.PercentWithContentProduced)
            || Known(f.PercentWithOnlyNonContentProduced) || Known(f.PercentWithNoDataFound) || Known(f.PercentRejected);
    }

    private static bool Known(PublishedNumber number) => number.Kind != PublishedNumberKind.Unknown;

    /// <summary>Reads and checks <c>formatVersion</c>; false when it is missing, malformed or of another major version (reported).</summary>
    internal static bool Read(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!JsonValueReader.String(ref reader, context, out var text))
        {
            return false;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minor))
        {
            context.Error(DiagnosticCodes.UnsupportedVersion, $"'{text}' is not a format version: expected MAJOR.MINOR, such as \"{Current}\".", reader.TokenStartIndex);
            return false;
        }
        if (major != Major)
        {
            context.Error(DiagnosticCodes.UnsupportedVersion,
                major > Major
                    ? $"This file uses format version {text}, which is newer than this library reads (major version {Major}, up to {Current}): upgrade PolicyEvents to read it."
                    : $"This file uses format version {text}, which this library does not read (it reads major version {Major}).",
                reader.TokenStartIndex);
            return false;
        }
        context.FormatMinor = minor;
        return true;
    }
}
