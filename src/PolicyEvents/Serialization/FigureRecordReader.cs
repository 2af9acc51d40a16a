using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Figures;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using static PolicyEvents.Serialization.JsonValueReader;
using static PolicyEvents.Serialization.Presence;

namespace PolicyEvents.Serialization;

/// <summary>Reads a published figure set (<c>figures[]</c>, JSON Lines type <c>figure</c>) like <see cref="RecordReader"/>
/// reads the other records: every problem reported to the context, null when the record is not usable.</summary>
internal static class FigureRecordReader
{
    private struct FigureFields()
    {
        internal CompanyId Company;
        internal JurisdictionCode? Jurisdiction;
        internal string JurisdictionName = "";
        internal LocalDate Start, End;
        internal bool StartDerived;
        internal string Category = "";
        internal RequestKinds Kinds = RequestKinds.None;
        internal LegalProcessKind LegalProcess = LegalProcessKind.Unspecified;
        internal JurisdictionCode? Assisting;
        internal PublishedNumber Requests, Accounts, Produced, Percent;
        internal PublishedNumber ContentProduced, OnlyNonContentProduced, NoDataFound, Rejected, AccountsPreserved;
        internal PublishedNumber PercentContentProduced, PercentOnlyNonContentProduced, PercentNoDataFound, PercentRejected;
        internal FigureProvenance? Provenance;
    }

    private static MemberTable<FigureFields> FigureMembers { get; } = new("a figure set",
    [
        new("company", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Companies, out f.Company)),
        new("jurisdiction", Optional, static (ref r, c, ref f) => f.Jurisdiction = Id(ref r, c, c.Ids.Jurisdictions, out var code) ? code : null),
        new("jurisdictionName", Required, static (ref r, c, ref f) => Text(ref r, c, out f.JurisdictionName)),
        new("start", Required, static (ref r, c, ref f) => LocalDate(ref r, c, out f.Start)),
        new("end", Required, static (ref r, c, ref f) => LocalDate(ref r, c, out f.End)),
        new("startDerived", Optional, static (ref r, c, ref f) => Boolean(ref r, c, out f.StartDerived)),
        new("category", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Category)),
        new("requestKinds", Optional, static (ref r, c, ref f) => Flags(ref r, c, FormatNames.RequestKinds, out f.Kinds)),
        new("legalProcess", Optional, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.LegalProcessKinds, out f.LegalProcess)),
        new("requests", Optional, static (ref r, c, ref f) => f.Requests = Number(ref r, c)),
        new("accounts", Optional, static (ref r, c, ref f) => f.Accounts = Number(ref r, c)),
        new("requestsWithDataProduced", Optional, static (ref r, c, ref f) => f.Produced = Number(ref r, c)),
        new("percentWithDataProduced", Optional, static (ref r, c, ref f) => f.Percent = Number(ref r, c)),
        new("requestsWithContentProduced", Optional, static (ref r, c, ref f) => f.ContentProduced = Number(ref r, c)),
        new("requestsWithOnlyNonContentProduced", Optional, static (ref r, c, ref f) => f.OnlyNonContentProduced = Number(ref r, c)),
        new("requestsWithNoDataFound", Optional, static (ref r, c, ref f) => f.NoDataFound = Number(ref r, c)),
        new("requestsRejected", Optional, static (ref r, c, ref f) => f.Rejected = Number(ref r, c)),
        new("accountsWithDataPreserved", Optional, static (ref r, c, ref f) => f.AccountsPreserved = Number(ref r, c)),
        new("percentWithContentProduced", Optional, static (ref r, c, ref f) => f.PercentContentProduced = Number(ref r, c)),
        new("percentWithOnlyNonContentProduced", Optional, static (ref r, c, ref f) => f.PercentOnlyNonContentProduced = Number(ref r, c)),
        new("percentWithNoDataFound", Optional, static (ref r, c, ref f) => f.PercentNoDataFound = Number(ref r, c)),
        new("percentRejected", Optional, static (ref r, c, ref f) => f.PercentRejected = Number(ref r, c)),
        new("assistingJurisdiction", Optional, static (ref r, c, ref f) => f.Assisting = Id(ref r, c, c.Ids.Jurisdictions, out var code) ? code : null),
        new("provenance", Optional, static (ref r, c, ref f) => f.Provenance = Provenance(ref r, c)),
    ]);

    internal static ReportedFigures? Figure(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new FigureFields();
        var read = FigureMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields, static f => new ReportedFigures(f.Company, f.Jurisdiction, f.JurisdictionName,
            new ReportingPeriod(f.Start, f.End, f.StartDerived), new RequestCategory(f.Category, f.Kinds, f.LegalProcess, f.Assisting),
            new RequestFigures(f.Requests, f.Accounts, f.Produced, f.Percent, f.ContentProduced, f.OnlyNonContentProduced, f.NoDataFound,
                f.Rejected, f.AccountsPreserved, f.PercentContentProduced, f.PercentOnlyNonContentProduced, f.PercentNoDataFound, f.PercentRejected),
            f.Provenance));
    }

    private struct NumberFields()
    {
        internal PublishedNumberKind Kind = PublishedNumberKind.Unknown;
        internal string Text = "";
        internal long Count, Minimum, Maximum;
        internal decimal Percent;
    }

    private static MemberTable<NumberFields> NumberMembers { get; } = new("a published number",
    [
        new("kind", Required, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.NumberKinds, out f.Kind)),
        new("text", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Text)),
        new("count", Optional, static (ref r, c, ref f) => Integer(ref r, c, out f.Count)),
        new("minimum", Optional, static (ref r, c, ref f) => Integer(ref r, c, out f.Minimum)),
        new("maximum", Optional, static (ref r, c, ref f) => Integer(ref r, c, out f.Maximum)),
        new("percent", Optional, static (ref r, c, ref f) => Decimal(ref r, c, out f.Percent)),
    ]);

    /// <summary>The members that hold the number; each kind needs its own and no other.</summary>
    private static ulong NumberValues { get; } = NumberMembers.Mask("count", "minimum", "maximum", "percent");

    private static ulong ExactValues { get; } = NumberMembers.Mask("count");

    private static ulong RangeValues { get; } = NumberMembers.Mask("minimum", "maximum");

    private static ulong PercentageValues { get; } = NumberMembers.Mask("percent");

    /// <summary>A published number: <c>{"kind":"exact","text":"1,624","count":1624}</c>, a range with <c>minimum</c> and
    /// <c>maximum</c>, or a percentage with <c>percent</c>. Unknown on problems (reported).</summary>
    private static PublishedNumber Number(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a published number"))
        {
            return default;
        }
        var fields = new NumberFields();
        var read = NumberMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
        if (read.HasErrors(context))
        {
            return default;
        }
        var (needed, what) = fields.Kind switch
        {
            PublishedNumberKind.Exact => (ExactValues, "an exact number needs 'count' (and no 'minimum', 'maximum' or 'percent')"),
            PublishedNumberKind.Range => (RangeValues, "a range needs 'minimum' and 'maximum' (and no 'count' or 'percent')"),
            _ => (PercentageValues, "a percentage needs 'percent' (and no 'count', 'minimum' or 'maximum')"),
        };
        if ((read.Seen & NumberValues) != needed)
        {
            read.Error(context, (read.Seen & needed) != needed ? DiagnosticCodes.MissingMember : DiagnosticCodes.InvalidValue,
                $"A published number of kind '{FormatNames.NumberKinds.NameOf(fields.Kind)}' does not fit: {what}.");
            return default;
        }
        return read.Create(context, fields, static f => f.Kind switch
        {
            PublishedNumberKind.Exact => PublishedNumber.Exact(f.Count, f.Text),
            PublishedNumberKind.Range => PublishedNumber.Range(f.Minimum, f.Maximum, f.Text),
            _ => PublishedNumber.Percentage(f.Percent, f.Text),
        });
    }

    private struct ProvenanceFields()
    {
        internal string File = "";
        internal long Line;
        internal LocalDate? Published;
        internal SourceId? Source;
    }

    private static MemberTable<ProvenanceFields> ProvenanceMembers { get; } = new("a provenance",
    [
        new("file", Required, static (ref r, c, ref f) => Text(ref r, c, out f.File)),
        new("line", Required, static (ref r, c, ref f) => LineNumber(ref r, c, out f.Line)),
        new("published", Optional, static (ref r, c, ref f) => f.Published = LocalDate(ref r, c, out var day) ? day : null),
        new("source", Optional, static (ref r, c, ref f) => f.Source = Id(ref r, c, c.Ids.Sources, out var id) ? id : null),
    ]);

    private static FigureProvenance? Provenance(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a provenance"))
        {
            return null;
        }
        var fields = new ProvenanceFields();
        var read = ProvenanceMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
        return read.Create(context, fields, static f => new FigureProvenance(f.File, (int)f.Line, f.Published, f.Source));
    }

    /// <summary>A one-based line number.</summary>
    private static bool LineNumber(ref Utf8JsonReader reader, ReadContext context, out long line) =>
        Integer(ref reader, context, out line)
        && (line is >= 1 and <= int.MaxValue || Invalid(ref reader, context, $"The line must be a one-based line number, not {line}."));

    private static bool Integer(ref Utf8JsonReader reader, ReadContext context, out long value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType(ref reader, context, "an integer");
        }
        return reader.TryGetInt64(out value) || Invalid(ref reader, context, $"Expected an integer from {long.MinValue} to {long.MaxValue}, found {Decode(reader.ValueSpan)}.");
    }

    private static bool Decimal(ref Utf8JsonReader reader, ReadContext context, out decimal value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType(ref reader, context, "a number");
        }
        return reader.TryGetDecimal(out value) || Invalid(ref reader, context, $"Expected a decimal number, found {Decode(reader.ValueSpan)}.");
    }

    private static bool Boolean(ref Utf8JsonReader reader, ReadContext context, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False || WrongType(ref reader, context, "true or false");
    }

    private static bool LocalDate(ref Utf8JsonReader reader, ReadContext context, out LocalDate value)
    {
        value = default;
        if (!String(ref reader, context, out var text))
        {
            return false;
        }
        var result = text.Length == 10 ? LocalDatePattern.Iso.Parse(text) : null;
        if (result is { Success: true })
        {
            value = result.Value;
            return true;
        }
        return Invalid(ref reader, context, $"'{text}' is not a date: expected YYYY-MM-DD, a day that exists (e.g. \"2020-06-30\").");
    }
}
