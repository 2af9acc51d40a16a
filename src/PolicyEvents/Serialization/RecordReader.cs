using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Diagnostics;
using PolicyEvents.Domain;
using PolicyEvents.Time;
using static PolicyEvents.Serialization.JsonValueReader;
using static PolicyEvents.Serialization.Presence;

namespace PolicyEvents.Serialization;

/// <summary>
/// Reads the members of each kind of record from inside its JSON object (after the opening brace, or after the
/// <c>type</c> member of a JSON Lines record) up to its closing brace. Each method returns the record, or null when it
/// had problems, which are reported to the context: one bad record never hides the problems of the next.
/// </summary>
/// <remarks>Each kind of object has one <see cref="MemberTable{T}"/>: its members in canonical order, whether each is
/// required, and how its value is read into the object's fields. A member is added to the format by adding one line to
/// its table and a field to read it into.</remarks>
internal static class RecordReader
{
    /// <summary>Null for an empty array, so the domain constructors do not box it (they read null as empty).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Null is the point: the constructors take IEnumerable<T>? and box a non-null ImmutableArray.")]
    private static IEnumerable<T>? OrNull<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? null : items;

    private struct MetadataFields()
    {
        internal DatasetId Id;
        internal string Title = "", Version = "";
        internal string? License, Description;
        internal ImmutableArray<string> Creators = [];
        internal Instant Created;
        internal ImmutableArray<SourceId> Sources = [];
    }

    private static MemberTable<MetadataFields> MetadataMembers { get; } = new("the metadata",
    [
        new("id", Required, static (ref r, c, ref m) => Id(ref r, c, c.Ids.Datasets, out m.Id)),
        new("title", Required, static (ref r, c, ref m) => Text(ref r, c, out m.Title)),
        new("version", Required, static (ref r, c, ref m) => Text(ref r, c, out m.Version)),
        new("license", Optional, static (ref r, c, ref m) => m.License = License(ref r, c)),
        new("description", Optional, static (ref r, c, ref m) => m.Description = Text(ref r, c, out var d) ? d : null),
        new("creators", Optional, static (ref r, c, ref m) => TextArray(ref r, c, distinct: false, out m.Creators)),
        new("created", Required, static (ref r, c, ref m) => Instant(ref r, c, out m.Created)),
        new("sources", Optional, static (ref r, c, ref m) => IdArray(ref r, c, c.Ids.Sources, out m.Sources)),
    ]);

    internal static DatasetMetadata? Metadata(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new MetadataFields();
        var read = MetadataMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields,
            static m => new DatasetMetadata(m.Id, m.Title, m.Version, m.Created, m.License, m.Description, m.Creators, m.Sources));
    }

    /// <summary>An SPDX licence expression; null when the member is not one (reported).</summary>
    private static string? License(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!Text(ref reader, context, out var text))
        {
            return null;
        }
        if (DatasetMetadata.IsSpdxExpression(text))
        {
            return text;
        }
        Invalid(ref reader, context, $"'{text}' is not an SPDX licence identifier or expression (e.g. \"CC-BY-4.0\").");
        return null;
    }

    private struct CompanyFields()
    {
        internal CompanyId Id;
        internal string Name = "";
        internal ImmutableArray<CompanyName> Names = [];
        internal CompanyId? Parent;
        internal WikidataId? Wikidata;
    }

    private static MemberTable<CompanyFields> CompanyMembers { get; } = new("a company",
    [
        new("id", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Companies, out f.Id)),
        new("name", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Name)),
        new("names", Optional, static (ref r, c, ref f) => f.Names = CompanyNames(ref r, c)),
        new("parent", Optional, static (ref r, c, ref f) => f.Parent = Id(ref r, c, c.Ids.Companies, out var p) ? p : null),
        new("wikidata", Optional, static (ref r, c, ref f) => f.Wikidata = Id(ref r, c, c.Ids.Wikidata, out var w) ? w : null),
    ]);

    internal static Company? Company(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new CompanyFields();
        var read = CompanyMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields, static f => new Company(f.Id, f.Name, f.Names, f.Parent, f.Wikidata));
    }

    private struct CompanyNameFields()
    {
        internal string Name = "";
        internal CompanyNameKind Kind = CompanyNameKind.Alias;
        internal PartialDate? From, Until;
    }

    private static MemberTable<CompanyNameFields> CompanyNameMembers { get; } = new("a company name",
    [
        new("name", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Name)),
        new("kind", Required, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.CompanyNameKinds, out f.Kind)),
        new("from", Optional, static (ref r, c, ref f) => f.From = Date(ref r, c, out var d) ? d : null),
        new("until", Optional, static (ref r, c, ref f) => f.Until = Date(ref r, c, out var d) ? d : null),
    ]);

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
            var fields = new CompanyNameFields();
            var read = CompanyNameMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
            if (read.Create(context, fields, static f => new CompanyName(f.Name, f.Kind, f.From, f.Until)) is { } name)
            {
                builder.Add(name);
            }
        }
        context.Truncate(arrayDepth);
        return builder.ToImmutable();
    }

    private struct JurisdictionFields()
    {
        internal JurisdictionCode Code;
        internal string Name = "";
        internal JurisdictionKind Kind = JurisdictionKind.Other;
        internal string TimeZone = "";
        internal JurisdictionCode? Parent;
    }

    private static MemberTable<JurisdictionFields> JurisdictionMembers { get; } = new("a jurisdiction",
    [
        new("code", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Jurisdictions, out f.Code)),
        new("name", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Name)),
        new("kind", Required, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.JurisdictionKinds, out f.Kind)),
        new("timeZone", Required, static (ref r, c, ref f) => TimeZone(ref r, c, out f.TimeZone)),
        new("parent", Optional, static (ref r, c, ref f) => f.Parent = Id(ref r, c, c.Ids.Jurisdictions, out var p) ? p : null),
    ]);

    internal static Jurisdiction? Jurisdiction(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new JurisdictionFields();
        var read = JurisdictionMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields, static f => new Jurisdiction(f.Code, f.Name, f.Kind, f.TimeZone, f.Parent));
    }

    /// <summary>An IANA time zone id known to the TZDB.</summary>
    private static bool TimeZone(ref Utf8JsonReader reader, ReadContext context, out string value) =>
        Text(ref reader, context, out value)
        && (DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is not null
            || Invalid(ref reader, context, $"'{value}' is not an IANA time zone id known to the TZDB (e.g. \"Asia/Hong_Kong\")."));

    private struct SourceFields
    {
        internal SourceId Id;
        internal string? Publisher, Title, Byline, Agency;
        internal Uri? Url;
        internal PartialDate? Published;
        internal Instant? Retrieved;
    }

    private static MemberTable<SourceFields> SourceMembers { get; } = new("a source",
    [
        new("id", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Sources, out f.Id)),
        new("publisher", Optional, static (ref r, c, ref f) => f.Publisher = Text(ref r, c, out var p) ? p : null),
        new("title", Optional, static (ref r, c, ref f) => f.Title = Text(ref r, c, out var t) ? t : null),
        new("url", Optional, static (ref r, c, ref f) => Url(ref r, c, out f.Url)),
        new("published", Optional, static (ref r, c, ref f) => f.Published = Date(ref r, c, out var d) ? d : null),
        new("byline", Optional, static (ref r, c, ref f) => f.Byline = Text(ref r, c, out var b) ? b : null),
        new("agency", Optional, static (ref r, c, ref f) => f.Agency = Text(ref r, c, out var a) ? a : null),
        new("retrieved", Optional, static (ref r, c, ref f) => f.Retrieved = Instant(ref r, c, out var i) ? i : null),
    ]);

    internal static Source? Source(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new SourceFields();
        var read = SourceMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields,
            static f => new Source(f.Id, f.Publisher, f.Title, f.Url, f.Published, f.Byline, f.Agency, f.Retrieved));
    }

    private struct StatementFields()
    {
        internal StatementId Id;
        internal string Text = "";
        internal Speaker? Speaker;
        internal PartialDate? Date;
        internal LanguageTag Language;
        internal ImmutableArray<SourceId> Sources = [];
        internal bool Paraphrase;
        internal ImmutableArray<StatementVariant> Variants = [];
    }

    private static MemberTable<StatementFields> StatementMembers { get; } = new("a statement",
    [
        new("id", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Statements, out f.Id)),
        new("text", Required, static (ref r, c, ref f) => Verbatim(ref r, c, out f.Text)),
        new("speaker", Required, static (ref r, c, ref f) => f.Speaker = Speaker(ref r, c)),
        new("date", Optional, static (ref r, c, ref f) => f.Date = Date(ref r, c, out var d) ? d : null),
        new("language", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Languages, out f.Language)),
        new("sources", Optional, static (ref r, c, ref f) => IdArray(ref r, c, c.Ids.Sources, out f.Sources)),
        new("paraphrase", Optional, static (ref r, c, ref f) => Boolean(ref r, c, out f.Paraphrase)),
        new("variants", Optional, static (ref r, c, ref f) => f.Variants = StatementVariants(ref r, c)),
    ]);

    internal static Statement? Statement(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new StatementFields();
        var read = StatementMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields,
            static f => f.Speaker is null ? null : new Statement(f.Id, f.Text, f.Speaker, f.Date, f.Language, OrNull(f.Sources), OrNull(f.Variants), f.Paraphrase));
    }

    /// <summary>A JSON boolean.</summary>
    private static bool Boolean(ref Utf8JsonReader reader, ReadContext context, out bool value)
    {
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False || WrongType(ref reader, context, "true or false");
    }

    private struct StatementVariantFields()
    {
        internal string? Text;
        internal Speaker? Speaker;
        internal ImmutableArray<SourceId> Sources = [];
        internal bool Paraphrase;
    }

    private static MemberTable<StatementVariantFields> StatementVariantMembers { get; } = new("a statement variant",
    [
        new("text", Optional, static (ref r, c, ref f) => f.Text = Verbatim(ref r, c, out var t) ? t : null),
        new("speaker", Optional, static (ref r, c, ref f) => f.Speaker = Speaker(ref r, c)),
        new("sources", Required, static (ref r, c, ref f) => VariantSources(ref r, c, out f.Sources)),
        new("paraphrase", Optional, static (ref r, c, ref f) => Boolean(ref r, c, out f.Paraphrase)),
    ]);

    /// <summary>A statement variant needs at least one of its text and speaker.</summary>
    private static ulong VariantDifferences { get; } = StatementVariantMembers.Mask("text", "speaker");

    /// <summary>The sources of a statement variant: at least one.</summary>
    private static bool VariantSources(ref Utf8JsonReader reader, ReadContext context, out ImmutableArray<SourceId> sources) =>
        IdArray(ref reader, context, context.Ids.Sources, out sources)
        && (!sources.IsEmpty || Invalid(ref reader, context, "A statement variant needs at least one source."));

    private static ImmutableArray<StatementVariant> StatementVariants(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectArray(ref reader, context, "an array of statement variants"))
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<StatementVariant>();
        var arrayDepth = context.Depth;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            context.Truncate(arrayDepth);
            context.PushIndex(index++);
            if (!ExpectObject(ref reader, context, "a statement variant"))
            {
                continue;
            }
            var fields = new StatementVariantFields();
            var read = StatementVariantMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
            if (!read.HasAny(VariantDifferences))
            {
                read.Error(context, DiagnosticCodes.MissingMember, "A statement variant needs the member 'text', the member 'speaker', or both.");
            }
            if (read.Create(context, fields, static f => new StatementVariant(f.Text, f.Speaker, f.Sources, f.Paraphrase)) is { } variant)
            {
                builder.Add(variant);
            }
        }
        context.Truncate(arrayDepth);
        return builder.ToImmutable();
    }

    private struct SpeakerFields
    {
        internal CompanyId Company;
        internal string? Person, Role;
    }

    private static MemberTable<SpeakerFields> SpeakerMembers { get; } = new("a speaker",
    [
        new("company", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Companies, out f.Company)),
        new("person", Optional, static (ref r, c, ref f) => f.Person = Text(ref r, c, out var p) ? p : null),
        new("role", Optional, static (ref r, c, ref f) => f.Role = Text(ref r, c, out var t) ? t : null),
    ]);

    private static Speaker? Speaker(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a speaker"))
        {
            return null;
        }
        var fields = new SpeakerFields();
        var read = SpeakerMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
        return read.Create(context, fields, static f => new Speaker(f.Company, f.Person, f.Role));
    }

    private struct TriggerFields()
    {
        internal TriggerId Id;
        internal JurisdictionCode Jurisdiction;
        internal string Title = "";
        internal PartialDate Effective;
        internal ImmutableArray<SourceId> Sources = [];
        internal ImmutableArray<DateClaim> Claims = [];
    }

    private static MemberTable<TriggerFields> TriggerMembers { get; } = new("a trigger",
    [
        new("id", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Triggers, out f.Id)),
        new("jurisdiction", Required, static (ref r, c, ref f) => Id(ref r, c, c.Ids.Jurisdictions, out f.Jurisdiction)),
        new("title", Required, static (ref r, c, ref f) => Text(ref r, c, out f.Title)),
        new("effective", Required, static (ref r, c, ref f) => Date(ref r, c, out f.Effective)),
        new("sources", Optional, static (ref r, c, ref f) => IdArray(ref r, c, c.Ids.Sources, out f.Sources)),
        new("effectiveClaims", Optional, static (ref r, c, ref f) => f.Claims = DateClaims(ref r, c)),
    ]);

    internal static Trigger? Trigger(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new TriggerFields();
        var read = TriggerMembers.Read(ref reader, context, ref fields, start);
        return read.Create(context, fields, static f => new Trigger(f.Id, f.Jurisdiction, f.Title, f.Effective, f.Sources, f.Claims));
    }

    private struct DateClaimFields()
    {
        internal PartialDate Date;
        internal ImmutableArray<SourceId> Sources = [];
        internal string? Wording;
    }

    private static MemberTable<DateClaimFields> DateClaimMembers { get; } = new("a date claim",
    [
        new("date", Required, static (ref r, c, ref f) => Date(ref r, c, out f.Date)),
        new("sources", Required, static (ref r, c, ref f) => ClaimSources(ref r, c, out f.Sources)),
        new("wording", Optional, static (ref r, c, ref f) => f.Wording = Verbatim(ref r, c, out var w) ? w : null),
    ]);

    /// <summary>The sources of a date claim: at least one.</summary>
    private static bool ClaimSources(ref Utf8JsonReader reader, ReadContext context, out ImmutableArray<SourceId> sources) =>
        IdArray(ref reader, context, context.Ids.Sources, out sources)
        && (!sources.IsEmpty || Invalid(ref reader, context, "A date claim needs at least one source."));

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
            var fields = new DateClaimFields();
            var read = DateClaimMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
            if (read.Create(context, fields, static f => new DateClaim(f.Date, f.Sources, f.Wording)) is { } claim)
            {
                builder.Add(claim);
            }
        }
        context.Truncate(arrayDepth);
        return builder.ToImmutable();
    }

    private struct EventFields()
    {
        internal EventId Id;
        internal CompanyId Company;
        internal JurisdictionCode Jurisdiction;
        internal RequestPolicy? Policy;
        internal PartialDate? Effective, Announced;
        internal Instant Recorded;
        internal ImmutableArray<StatementId> Statements = [];
        internal ImmutableArray<SourceId> Sources = [];
        internal TriggerId? Trigger;
        internal EventId? Supersedes;
        internal string? Note;
    }

    private static MemberTable<EventFields> EventMembers { get; } = new("an event",
    [
        new("id", Required, static (ref r, c, ref e) => Id(ref r, c, c.Ids.Events, out e.Id)),
        new("company", Required, static (ref r, c, ref e) => Id(ref r, c, c.Ids.Companies, out e.Company)),
        new("jurisdiction", Required, static (ref r, c, ref e) => Id(ref r, c, c.Ids.Jurisdictions, out e.Jurisdiction)),
        new("policy", Required, static (ref r, c, ref e) => e.Policy = Policy(ref r, c)),
        new("effective", Optional, static (ref r, c, ref e) => e.Effective = Date(ref r, c, out var d) ? d : null),
        new("announced", Optional, static (ref r, c, ref e) => e.Announced = Date(ref r, c, out var d) ? d : null),
        new("recorded", Required, static (ref r, c, ref e) => Instant(ref r, c, out e.Recorded)),
        new("statements", Optional, static (ref r, c, ref e) => IdArray(ref r, c, c.Ids.Statements, out e.Statements)),
        new("sources", Optional, static (ref r, c, ref e) => IdArray(ref r, c, c.Ids.Sources, out e.Sources)),
        new("trigger", Optional, static (ref r, c, ref e) => e.Trigger = Id(ref r, c, c.Ids.Triggers, out var t) ? t : null),
        new("supersedes", Optional, static (ref r, c, ref e) => e.Supersedes = Id(ref r, c, c.Ids.Events, out var s) ? s : null),
        new("note", Optional, static (ref r, c, ref e) => e.Note = Text(ref r, c, out var n) ? n : null),
    ]);

    /// <summary>An event needs at least one of its dates.</summary>
    private static ulong EventDates { get; } = EventMembers.Mask("effective", "announced");

    internal static PolicyEvent? Event(ref Utf8JsonReader reader, ReadContext context, long start)
    {
        var fields = new EventFields();
        var read = EventMembers.Read(ref reader, context, ref fields, start);
        if (!read.HasAny(EventDates))
        {
            read.Error(context, DiagnosticCodes.MissingMember, "An event needs the member 'effective', the member 'announced', or both.");
        }
        return read.Create(context, fields, static e => e.Policy is null ? null
            : new PolicyEvent(e.Id, e.Company, e.Jurisdiction, e.Policy, e.Effective, e.Announced, e.Recorded, OrNull(e.Statements), OrNull(e.Sources), e.Trigger, e.Supersedes, e.Note));
    }

    private struct PolicyFields()
    {
        internal PolicyStance Stance = PolicyStance.Unknown;
        internal RequestScope? Scope;
        internal ImmutableArray<string> Conditions = [];
        internal ImmutableArray<string> Exceptions = [];
        internal FormalChannel? Channel;
    }

    private static MemberTable<PolicyFields> PolicyMembers { get; } = new("a policy",
    [
        new("stance", Required, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.Stances, out f.Stance)),
        new("scope", Optional, static (ref r, c, ref f) => f.Scope = Scope(ref r, c)),
        new("conditions", Optional, static (ref r, c, ref f) => TextArray(ref r, c, distinct: false, out f.Conditions)),
        new("exceptions", Optional, static (ref r, c, ref f) => TextArray(ref r, c, distinct: false, out f.Exceptions)),
        new("channel", Optional, static (ref r, c, ref f) => f.Channel = Channel(ref r, c)),
    ]);

    /// <summary>A policy object, its text remembered once read without a problem (<see cref="ReadContext.RememberPolicy"/>).</summary>
    internal static RequestPolicy? Policy(ref Utf8JsonReader reader, ReadContext context)
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
        var fields = new PolicyFields();
        var read = PolicyMembers.Read(ref reader, context, ref fields, start);
        if (read.Create(context, fields, static f => new RequestPolicy(f.Stance, f.Scope, OrNull(f.Conditions), OrNull(f.Exceptions), f.Channel)) is not { } policy)
        {
            return null;
        }
        policy = context.Intern(policy);
        if (context.HasText && context.Diagnostics.Count == diagnostics)
        {
            context.RememberPolicy(context.Slice(start, reader.BytesConsumed), policy);
        }
        return policy;
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

    private struct ScopeFields()
    {
        internal RequestKinds Kinds = RequestKinds.None;
        internal Requesters Requesters = Requesters.None;
        internal ImmutableArray<string> Products = [];
        internal ImmutableArray<JurisdictionCode> Subjects = [];
        internal RequestOrigin Origin;
    }

    private static MemberTable<ScopeFields> ScopeMembers { get; } = new("a scope",
    [
        new("requestKinds", Optional, static (ref r, c, ref f) => Flags(ref r, c, FormatNames.RequestKinds, out f.Kinds)),
        new("requesters", Optional, static (ref r, c, ref f) => Flags(ref r, c, FormatNames.Requesters, out f.Requesters)),
        new("products", Optional, static (ref r, c, ref f) => TextArray(ref r, c, distinct: true, out f.Products)),
        new("subjectJurisdictions", Optional, static (ref r, c, ref f) => IdArray(ref r, c, c.Ids.Jurisdictions, out f.Subjects)),
        new("origin", Optional, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.Origins, out f.Origin)),
    ]);

    private static RequestScope? Scope(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a scope"))
        {
            return null;
        }
        var fields = new ScopeFields();
        var read = ScopeMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
        return read.Create(context, fields, static f => new RequestScope(f.Kinds, f.Requesters, OrNull(f.Products))
            .WithSubjectJurisdictions(OrNull(f.Subjects)).WithOrigin(f.Origin));
    }

    private struct ChannelFields()
    {
        internal FormalChannelKind Kind = FormalChannelKind.Other;
        internal string? Intermediary;
        internal JurisdictionCode? IntermediaryJurisdiction;
    }

    private static MemberTable<ChannelFields> ChannelMembers { get; } = new("a formal channel",
    [
        new("kind", Required, static (ref r, c, ref f) => Enum(ref r, c, FormatNames.ChannelKinds, out f.Kind)),
        new("intermediary", Optional, static (ref r, c, ref f) => f.Intermediary = Text(ref r, c, out var t) ? t : null),
        new("intermediaryJurisdiction", Optional, static (ref r, c, ref f) => f.IntermediaryJurisdiction = Id(ref r, c, c.Ids.Jurisdictions, out var j) ? j : null),
    ]);

    private static FormalChannel? Channel(ref Utf8JsonReader reader, ReadContext context)
    {
        if (!ExpectObject(ref reader, context, "a formal channel"))
        {
            return null;
        }
        var fields = new ChannelFields();
        var read = ChannelMembers.Read(ref reader, context, ref fields, reader.TokenStartIndex);
        return read.Create(context, fields, static f => new FormalChannel(f.Kind, f.Intermediary, f.IntermediaryJurisdiction));
    }
}
