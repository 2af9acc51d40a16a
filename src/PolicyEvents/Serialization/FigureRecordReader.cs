using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PolicyEvents.Figures;
using PolicyEvents.Validation;
using static PolicyEvents.Serialization.JsonValueReader;

namespace PolicyEvents.Serialization;

/// <summary>Reads a published figure set (<c>figures[]</c>, JSON Lines type <c>figure</c>) like <see cref="RecordReader"/>
/// reads the other records: every problem reported to the context, null when the record is not usable.</summary>
internal static class FigureRecordReader
{
    private const ulong RequiredFigure = 0b1011101; // company, jurisdictionName, start, end, category

    internal static ReportedFigures? Figure(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Figure;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        CompanyId company = default;
        JurisdictionCode? jurisdiction = null;
        var jurisdictionName = "";
        LocalDate periodStart = default, periodEnd = default;
        var derived = false;
        var label = "";
        var kinds = RequestKinds.None;
        var legalProcess = LegalProcessKind.Unspecified;
        JurisdictionCode? assisting = null;
        PublishedNumber requests = default, accounts = default, produced = default, percent = default;
        var outcomes = new PublishedNumber[9]; // requestsWithContentProduced .. percentRejected, in member order
        FigureProvenance? provenance = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Companies, out company); break;
                case 1: jurisdiction = Id(ref reader, context, context.Ids.Jurisdictions, out var code) ? code : null; break;
                case 2: Text(ref reader, context, out jurisdictionName); break;
                case 3: LocalDate(ref reader, context, out periodStart); break;
                case 4: LocalDate(ref reader, context, out periodEnd); break;
                case 5: Boolean(ref reader, context, out derived); break;
                case 6: Text(ref reader, context, out label); break;
                case 7: Flags(ref reader, context, FormatNames.RequestKinds, out kinds); break;
                case 8: Enum(ref reader, context, FormatNames.LegalProcessKinds, out legalProcess); break;
                case 9: requests = Number(ref reader, context); break;
                case 10: accounts = Number(ref reader, context); break;
                case 11: produced = Number(ref reader, context); break;
                case 12: percent = Number(ref reader, context); break;
                case < 22: outcomes[member - 13] = Number(ref reader, context); break;
                case 22: assisting = Id(ref reader, context, context.Ids.Jurisdictions, out var assistingCode) ? assistingCode : null; break;
                default: provenance = Provenance(ref reader, context); break;
            }
        }
        Require(context, names, seen, RequiredFigure, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new ReportedFigures(company, jurisdiction, jurisdictionName, new ReportingPeriod(periodStart, periodEnd, derived),
                new RequestCategory(label, kinds, legalProcess, assisting), new RequestFigures(requests, accounts, produced, percent,
                    outcomes[0], outcomes[1], outcomes[2], outcomes[3], outcomes[4], outcomes[5], outcomes[6], outcomes[7], outcomes[8]), provenance);
        }
        catch (ArgumentException exception)
        {
            RecordReader.Reject(context, exception, start, depth);
            return null;
        }
    }

    /// <summary>A published number: <c>{"kind":"exact","text":"1,624","count":1624}</c>, a range with <c>minimum</c> and
    /// <c>maximum</c>, or a percentage with <c>percent</c>. Unknown on problems (reported).</summary>
    private static PublishedNumber Number(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a published number"))
        {
            return default;
        }
        var start = reader.TokenStartIndex;
        var names = FormatNames.Number;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        var kind = PublishedNumberKind.Unknown;
        var text = "";
        long count = 0, minimum = 0, maximum = 0;
        decimal percent = 0;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Enum(ref reader, context, FormatNames.NumberKinds, out kind); break;
                case 1: Text(ref reader, context, out text); break;
                case 2: Integer(ref reader, context, out count); break;
                case 3: Integer(ref reader, context, out minimum); break;
                case 4: Integer(ref reader, context, out maximum); break;
                default: Decimal(ref reader, context, out percent); break;
            }
        }
        if (!Require(context, names, seen, 0b11, start, depth) || context.ErrorCount != errors)
        {
            return default;
        }
        // Which numbers each kind needs (bits of seen: 2 count, 3 minimum, 4 maximum, 5 percent).
        var (needed, what) = kind switch
        {
            PublishedNumberKind.Exact => (0b000100UL, "an exact number needs 'count' (and no 'minimum', 'maximum' or 'percent')"),
            PublishedNumberKind.Range => (0b011000UL, "a range needs 'minimum' and 'maximum' (and no 'count' or 'percent')"),
            _ => (0b100000UL, "a percentage needs 'percent' (and no 'count', 'minimum' or 'maximum')"),
        };
        if ((seen & 0b111100UL) != needed)
        {
            context.Truncate(depth);
            context.Error((seen & needed) != needed ? DiagnosticCodes.MissingMember : DiagnosticCodes.InvalidValue, $"A published number of kind '{FormatNames.NumberKinds.NameOf(kind)}' does not fit: {what}.", start);
            return default;
        }
        try
        {
            return kind switch
            {
                PublishedNumberKind.Exact => PublishedNumber.Exact(count, text),
                PublishedNumberKind.Range => PublishedNumber.Range(minimum, maximum, text),
                _ => PublishedNumber.Percentage(percent, text),
            };
        }
        catch (ArgumentException exception)
        {
            RecordReader.Reject(context, exception, start, depth);
            return default;
        }
    }

    private static FigureProvenance? Provenance(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a provenance"))
        {
            return null;
        }
        var start = reader.TokenStartIndex;
        var names = FormatNames.Provenance;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        var file = "";
        long line = 0;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            if (member == 0)
            {
                Text(ref reader, context, out file);
            }
            else if (Integer(ref reader, context, out line) && line is < 1 or > int.MaxValue)
            {
                Invalid(ref reader, context, $"The line must be a one-based line number, not {line}.");
            }
        }
        Require(context, names, seen, 0b11, start, depth);
        return context.ErrorCount != errors ? null : new FigureProvenance(file, (int)line);
    }

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
