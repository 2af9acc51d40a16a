using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using static PolicyEvents.Serialization.JsonValueReader;
using PolicyEvents.Domain;
using PolicyEvents.Time;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads the members of each kind of record from inside its JSON object (after the opening brace, or after the
/// <c>type</c> member of a JSON Lines record) up to its closing brace. Each method returns the record, or null when it
/// had problems, which are reported to the context: one bad record never hides the problems of the next.
/// </summary>
internal static class RecordReader
{
    /// <summary>Null for an empty array, so the domain constructors do not box it (they read null as empty).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Null is the point: the constructors take IEnumerable<T>? and box a non-null ImmutableArray.")]
    private static IEnumerable<T>? OrNull<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? null : items;

    internal static void Reject(ReadContext context, ArgumentException exception, long start, int depth)
    {
        context.Truncate(depth);
        var message = exception.Message;
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        context.Error(DiagnosticCodes.InvalidValue, cut > 0 ? message[..cut] : message, start);
    }

    internal static DatasetMetadata? Metadata(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Metadata;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        DatasetId id = default;
        string title = "", version = "";
        string? license = null, description = null;
        var creators = ImmutableArray<string>.Empty;
        Instant created = default;
        var sources = ImmutableArray<SourceId>.Empty;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Datasets, out id); break;
                case 1: Text(ref reader, context, out title); break;
                case 2: Text(ref reader, context, out version); break;
                case 3:
                    if (Text(ref reader, context, out var text))
                    {
                        if (DatasetMetadata.IsSpdxExpression(text))
                        {
                            license = text;
                        }
                        else
                        {
                            Invalid(ref reader, context, $"'{text}' is not an SPDX licence identifier or expression (e.g. \"CC-BY-4.0\").");
                        }
                    }
                    break;
                case 4: description = Text(ref reader, context, out var d) ? d : null; break;
                case 5: TextArray(ref reader, context, distinct: false, out creators); break;
                case 6: Instant(ref reader, context, out created); break;
                default: IdArray(ref reader, context, context.Ids.Sources, out sources); break;
            }
        }
        Require(context, names, seen, 0b1000111, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new DatasetMetadata(id, title, version, created, license, description, creators, sources);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    internal static Company? Company(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Company;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        CompanyId id = default;
        var name = "";
        var otherNames = ImmutableArray<CompanyName>.Empty;
        CompanyId? parent = null;
        WikidataId? wikidata = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Companies, out id); break;
                case 1: Text(ref reader, context, out name); break;
                case 2: otherNames = CompanyNames(ref reader, context); break;
                case 3: parent = Id(ref reader, context, context.Ids.Companies, out var p) ? p : null; break;
                default: wikidata = Id(ref reader, context, context.Ids.Wikidata, out var w) ? w : null; break;
            }
        }
        Require(context, names, seen, 0b11, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new Company(id, name, otherNames, parent, wikidata);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    private static ImmutableArray<CompanyName> CompanyNames(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectArray(ref reader, context, "an array of company names"))
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<CompanyName>();
        var arrayDepth = context.Depth;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(arrayDepth);
            context.PushIndex(index++);
            if (!ExpectObject(ref reader, context, "a company name"))
            {
                continue;
            }
            var start = reader.TokenStartIndex;
            var names = FormatNames.CompanyName;
            var depth = context.Depth;
            var errors = context.ErrorCount;
            ulong seen = 0;
            var name = "";
            var kind = CompanyNameKind.Alias;
            PartialDate? from = null, until = null;
            int member;
            while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
            {
                switch (member)
                {
                    case 0: Text(ref reader, context, out name); break;
                    case 1: Enum(ref reader, context, FormatNames.CompanyNameKinds, out kind); break;
                    case 2: from = Date(ref reader, context, out var f) ? f : null; break;
                    default: until = Date(ref reader, context, out var u) ? u : null; break;
                }
            }
            Require(context, names, seen, 0b11, start, depth);
            if (context.ErrorCount == errors)
            {
                try
                {
                    builder.Add(new CompanyName(name, kind, from, until));
                }
                catch (ArgumentException exception)
                {
                    Reject(context, exception, start, depth);
                }
            }
        }
        context.Truncate(arrayDepth);
        return builder.ToImmutable();
    }

    internal static Jurisdiction? Jurisdiction(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Jurisdiction;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        JurisdictionCode code = default;
        var name = "";
        var kind = JurisdictionKind.Other;
        var timeZone = "";
        JurisdictionCode? parent = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Jurisdictions, out code); break;
                case 1: Text(ref reader, context, out name); break;
                case 2: Enum(ref reader, context, FormatNames.JurisdictionKinds, out kind); break;
                case 3:
                    if (Text(ref reader, context, out timeZone) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
                    {
                        Invalid(ref reader, context, $"'{timeZone}' is not an IANA time zone id known to the TZDB (e.g. \"Asia/Hong_Kong\").");
                    }
                    break;
                default: parent = Id(ref reader, context, context.Ids.Jurisdictions, out var p) ? p : null; break;
            }
        }
        Require(context, names, seen, 0b1111, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new Jurisdiction(code, name, kind, timeZone, parent);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    internal static Source? Source(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Source;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        SourceId id = default;
        string? publisher = null, title = null, byline = null, agency = null;
        Uri? url = null;
        PartialDate? published = null;
        Instant? retrieved = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Sources, out id); break;
                case 1: publisher = Text(ref reader, context, out var p) ? p : null; break;
                case 2: title = Text(ref reader, context, out var t) ? t : null; break;
                case 3: Url(ref reader, context, out url); break;
                case 4: published = Date(ref reader, context, out var d) ? d : null; break;
                case 5: byline = Text(ref reader, context, out var b) ? b : null; break;
                case 6: agency = Text(ref reader, context, out var a) ? a : null; break;
                default: retrieved = Instant(ref reader, context, out var r) ? r : null; break;
            }
        }
        Require(context, names, seen, 0b1, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new Source(id, publisher, title, url, published, byline, agency, retrieved);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    internal static Statement? Statement(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Statement;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        StatementId id = default;
        var text = "";
        Speaker? speaker = null;
        PartialDate? date = null;
        LanguageTag language = default;
        var sources = ImmutableArray<SourceId>.Empty;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Statements, out id); break;
                case 1: Verbatim(ref reader, context, out text); break;
                case 2: speaker = Speaker(ref reader, context); break;
                case 3: date = Date(ref reader, context, out var d) ? d : null; break;
                case 4: Id(ref reader, context, context.Ids.Languages, out language); break;
                default: IdArray(ref reader, context, context.Ids.Sources, out sources); break;
            }
        }
        Require(context, names, seen, 0b10111, start, depth);
        if (context.ErrorCount != errors || speaker is null)
        {
            return null;
        }
        try
        {
            return new Statement(id, text, speaker, date, language, OrNull(sources));
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    private static Speaker? Speaker(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a speaker"))
        {
            return null;
        }
        var start = reader.TokenStartIndex;
        var names = FormatNames.Speaker;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        CompanyId company = default;
        string? person = null, role = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Companies, out company); break;
                case 1: person = Text(ref reader, context, out var p) ? p : null; break;
                default: role = Text(ref reader, context, out var r) ? r : null; break;
            }
        }
        Require(context, names, seen, 0b1, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new Speaker(company, person, role);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    internal static Trigger? Trigger(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Trigger;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        TriggerId id = default;
        JurisdictionCode jurisdiction = default;
        var title = "";
        PartialDate effective = default;
        var sources = ImmutableArray<SourceId>.Empty;
        var claims = ImmutableArray<DateClaim>.Empty;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Triggers, out id); break;
                case 1: Id(ref reader, context, context.Ids.Jurisdictions, out jurisdiction); break;
                case 2: Text(ref reader, context, out title); break;
                case 3: Date(ref reader, context, out effective); break;
                case 4: IdArray(ref reader, context, context.Ids.Sources, out sources); break;
                default: claims = DateClaims(ref reader, context); break;
            }
        }
        Require(context, names, seen, 0b1111, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new Trigger(id, jurisdiction, title, effective, sources, claims);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    private static ImmutableArray<DateClaim> DateClaims(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectArray(ref reader, context, "an array of date claims"))
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<DateClaim>();
        var arrayDepth = context.Depth;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(arrayDepth);
            context.PushIndex(index++);
            if (!ExpectObject(ref reader, context, "a date claim"))
            {
                continue;
            }
            var start = reader.TokenStartIndex;
            var names = FormatNames.DateClaim;
            var depth = context.Depth;
            var errors = context.ErrorCount;
            ulong seen = 0;
            PartialDate date = default;
            var sources = ImmutableArray<SourceId>.Empty;
            string? wording = null;
            int member;
            while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
            {
                switch (member)
                {
                    case 0: Date(ref reader, context, out date); break;
                    case 1:
                        if (IdArray(ref reader, context, context.Ids.Sources, out sources) && sources.IsEmpty)
                        {
                            Invalid(ref reader, context, "A date claim needs at least one source.");
                        }
                        break;
                    default: wording = Verbatim(ref reader, context, out var w) ? w : null; break;
                }
            }
            Require(context, names, seen, 0b11, start, depth);
            if (context.ErrorCount == errors)
            {
                try
                {
                    builder.Add(new DateClaim(date, sources, wording));
                }
                catch (ArgumentException exception)
                {
                    Reject(context, exception, start, depth);
                }
            }
        }
        context.Truncate(arrayDepth);
        return builder.ToImmutable();
    }

    internal static PolicyEvent? Event(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var names = FormatNames.Event;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        EventId id = default;
        CompanyId company = default;
        JurisdictionCode jurisdiction = default;
        RequestPolicy? policy = null;
        PartialDate? effective = null, announced = null;
        Instant recorded = default;
        var statements = ImmutableArray<StatementId>.Empty;
        var sources = ImmutableArray<SourceId>.Empty;
        TriggerId? trigger = null;
        EventId? supersedes = null;
        string? note = null;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Id(ref reader, context, context.Ids.Events, out id); break;
                case 1: Id(ref reader, context, context.Ids.Companies, out company); break;
                case 2: Id(ref reader, context, context.Ids.Jurisdictions, out jurisdiction); break;
                case 3: policy = Policy(ref reader, context); break;
                case 4: effective = Date(ref reader, context, out var e) ? e : null; break;
                case 5: announced = Date(ref reader, context, out var a) ? a : null; break;
                case 6: Instant(ref reader, context, out recorded); break;
                case 7: IdArray(ref reader, context, context.Ids.Statements, out statements); break;
                case 8: IdArray(ref reader, context, context.Ids.Sources, out sources); break;
                case 9: trigger = Id(ref reader, context, context.Ids.Triggers, out var t) ? t : null; break;
                case 10: supersedes = Id(ref reader, context, context.Ids.Events, out var s) ? s : null; break;
                default: note = Text(ref reader, context, out var n) ? n : null; break;
            }
        }
        Require(context, names, seen, 0b1001111, start, depth);
        if ((seen & 0b110000) == 0)
        {
            context.Truncate(depth);
            context.Error(DiagnosticCodes.MissingMember, "An event needs the member 'effective', the member 'announced', or both.", start);
        }
        if (context.ErrorCount != errors || policy is null)
        {
            return null;
        }
        try
        {
            return new PolicyEvent(id, company, jurisdiction, policy, effective, announced, recorded, OrNull(statements), OrNull(sources), trigger, supersedes, note);
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    private static RequestPolicy? Policy(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a policy"))
        {
            return null;
        }
        var start = reader.TokenStartIndex;
        if (context.HasText)
        {
            // Policies repeat: the same bytes read before without any diagnostic give the same policy.
            var before = reader;
            if (TrySkip(ref reader) && context.TryGetPolicy(context.Slice(start, reader.BytesConsumed), out var known))
            {
                return known;
            }
            reader = before;
        }
        var diagnostics = context.Diagnostics.Count;
        var names = FormatNames.Policy;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        var stance = PolicyStance.Unknown;
        RequestScope? scope = null;
        var conditions = ImmutableArray<string>.Empty;
        var exceptions = ImmutableArray<string>.Empty;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Enum(ref reader, context, FormatNames.Stances, out stance); break;
                case 1: scope = Scope(ref reader, context); break;
                case 2: TextArray(ref reader, context, distinct: false, out conditions); break;
                default: TextArray(ref reader, context, distinct: false, out exceptions); break;
            }
        }
        Require(context, names, seen, 0b1, start, depth);
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            var policy = context.Intern(new RequestPolicy(stance, scope, OrNull(conditions), OrNull(exceptions)));
            if (context.HasText && context.Diagnostics.Count == diagnostics)
            {
                context.RememberPolicy(context.Slice(start, reader.BytesConsumed), policy);
            }
            return policy;
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }

    /// <summary>Skips the value under the reader; false when the text is malformed (the caller then reads it member by
    /// member, so that the problem is reported where it is, with its path).</summary>
    private static bool TrySkip(ref Utf8JsonReader reader)
    {
        try
        {
            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static RequestScope? Scope(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a scope"))
        {
            return null;
        }
        var start = reader.TokenStartIndex;
        var names = FormatNames.Scope;
        var depth = context.Depth;
        var errors = context.ErrorCount;
        ulong seen = 0;
        var kinds = RequestKinds.None;
        var requesters = Requesters.None;
        var products = ImmutableArray<string>.Empty;
        int member;
        while ((member = NextMember(ref reader, context, names, depth, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: Flags(ref reader, context, FormatNames.RequestKinds, out kinds); break;
                case 1: Flags(ref reader, context, FormatNames.Requesters, out requesters); break;
                default: TextArray(ref reader, context, distinct: true, out products); break;
            }
        }
        if (context.ErrorCount != errors)
        {
            return null;
        }
        try
        {
            return new RequestScope(kinds, requesters, OrNull(products));
        }
        catch (ArgumentException exception)
        {
            Reject(context, exception, start, depth);
            return null;
        }
    }
}
