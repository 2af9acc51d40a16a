using System.Text.Json;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Storage;
using PolicyEvents.Time;
using static PolicyEvents.Serialization.PlainValues;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads an event record straight from its UTF-8 text into <see cref="EventRows"/>, for a load that keeps its events as
/// columns. It takes only the plain case: members it knows, once each, every id already known to the load's caches and
/// written without escapes, a policy that the full reader's policy reader reads without reporting anything (found by
/// its bytes when they were read before), dates and an instant in their canonical forms, a note as the full reader takes
/// it, no trigger or correction, no repeats, and nothing after the object. Anything else, it leaves the line to the full
/// reader (<see cref="RecordReader"/>), which reports every problem where it is; so a line read here is one the full
/// reader would read to an equal event without a diagnostic.
/// </summary>
internal static class EventLineReader
{
    private const int Id = 1, Company = 2, Jurisdiction = 4, Policy = 8, Effective = 16, Announced = 32, Recorded = 64, Statements = 128, Sources = 256,
        Note = 512;
    private const int Required = Id | Company | Jurisdiction | Policy | Recorded;

    /// <summary>The members in the order of the bits above.</summary>
    private static readonly PlainMembers Members =
        new("id", "company", "jurisdiction", "policy", "effective", "announced", "recorded", "statements", "sources", "note");

    /// <summary>Reads the rest of an event record, with <paramref name="reader"/> on the value of its <c>type</c> member,
    /// into <paramref name="rows"/>. False, with nothing appended, when the line needs the full reader; the caller's
    /// reader is not moved either way (this one reads a copy).</summary>
    internal static bool TryRead(Utf8JsonReader reader, ReadContext context, EventRows rows)
    {
        if (!context.HasText)
        {
            return false;
        }
        var mark = rows.Mark();
        try
        {
            if (TryReadMembers(ref reader, context, rows, out var row) && !reader.Read())
            {
                rows.Add(mark, row.Company, row.Jurisdiction, row.Policy!, row.Effective, row.Announced, row.Recorded, row.Note);
                return true;
            }
        }
        catch (JsonException)
        {
            // Malformed text: the full reader reports it where it is.
        }
        catch (InvalidOperationException)
        {
            // A note that is not valid UTF-8: likewise.
        }
        rows.Undo(mark);
        return false;
    }

    private static bool TryReadMembers(ref Utf8JsonReader reader, ReadContext context, EventRows rows, out Fields fields)
    {
        fields = default;
        var ids = context.Ids;
        var seen = 0;
        int member;
        while ((member = Members.Next(ref reader, ref seen)) > 0)
        {
            var ok = member switch
            {
                Id => EventIdBytes(ref reader, rows),
                Company => Known(ref reader, ids.Companies, out fields.Company),
                Jurisdiction => Known(ref reader, ids.Jurisdictions, out fields.Jurisdiction),
                Policy => KnownPolicy(ref reader, context, out fields.Policy),
                Effective => Date(ref reader, out fields.Effective),
                Announced => Date(ref reader, out fields.Announced),
                Recorded => Instant(ref reader, out fields.Recorded),
                Statements => KnownNumbers(ref reader, ids.Statements, rows.Statements),
                Sources => KnownNumbers(ref reader, ids.Sources, rows.Sources),
                _ => Text(ref reader, out fields.Note),
            };
            if (!ok)
            {
                return false;
            }
        }
        return member == 0 && (seen & Required) == Required && (seen & (Effective | Announced)) != 0;
    }

    private static bool EventIdBytes(ref Utf8JsonReader reader, EventRows rows)
    {
        if (!Plain(ref reader, out var id) || !IsSlug(id))
        {
            return false;
        }
        rows.AddId(id);
        return true;
    }

    /// <summary>The policy as the full reader's policy reader reads it: found by its bytes when they were read before,
    /// else read and remembered for the lines to come. If it reports anything, that is taken back, and the whole line
    /// goes to the full reader.</summary>
    private static bool KnownPolicy(ref Utf8JsonReader reader, ReadContext context, out RequestPolicy? policy)
    {
        var reported = context.Reported;
        try
        {
            policy = RecordReader.Policy(ref reader, context);
        }
        catch (Exception)
        {
            context.TakeBack(reported);
            throw;
        }
        return !context.TakeBack(reported) && policy is not null;
    }

    private struct Fields
    {
        internal CompanyId Company;
        internal JurisdictionCode Jurisdiction;
        internal RequestPolicy? Policy;
        internal PartialDate? Effective, Announced;
        internal Instant Recorded;
        internal string? Note;
    }
}
