using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using PolicyEvents.Datasets;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Tests.Serialization;

/// <summary>CsCheck generators of whole datasets: every record type, every optional member present or absent, every date
/// precision and qualifier, unspecified digits and intervals, published figures of every kind, and texts with characters that need escaping. References need not resolve (round trips do not validate).</summary>
internal static class DatasetGenerators
{
    private static readonly Gen<string> Slug = Gen.Int[0, 40].Select(i => $"id-{i}");
    private static readonly Gen<string> Text = Gen.String[Gen.Char["abcXYZ09é中\"\\/<>&'\u2028+"], 1, 12].Select(s => "t" + s + "t");
    private static readonly Gen<string> Verbatim = Gen.String[Gen.Char["ab \n\t\"\\中"], 0, 20].Select(s => "q😀" + s); // whole surrogate pairs only: JSON text cannot hold a lone surrogate

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class => Gen.Select(Gen.Int[0, 2], gen, (i, v) => i == 0 ? null : v);

    private static Gen<T?> MaybeValue<T>(Gen<T> gen) where T : struct => Gen.Select(Gen.Int[0, 2], gen, (i, v) => i == 0 ? null : (T?)v);

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    internal static readonly Gen<Instant> Instant = Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Select(Gen.Int[0, 2], Gen.Int[0, 999_999_999], Gen.Int[0, 999], (k, n, m) => k == 0 ? 0 : k == 1 ? n : m * 1_000_000),
        (seconds, nanos) => NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos));

    /// <summary>A single date written in full: every precision and qualifier, instants at many offsets.</summary>
    internal static readonly Gen<PartialDate> FullDate = Gen.Int[0, 3].SelectMany(precision => precision switch
    {
        0 => Gen.Select(Gen.Int[0, 9999], Gen.Enum<DateQualifier>(), (y, q) => PartialDate.FromYear(y, q)),
        1 => Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Enum<DateQualifier>(), (y, m, q) => PartialDate.FromYearMonth(y, m, q)),
        2 => Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Enum<DateQualifier>(), (y, m, d, q) => PartialDate.FromDate(new LocalDate(y, m, d), q)),
        _ => Gen.Select(Instant, Gen.Select(Gen.Bool, Gen.Int[-18 * 60, 18 * 60], (zero, x) => zero ? 0 : x * 60),
            (i, offset) => PartialDate.FromOffsetDateTime(i.WithOffset(Offset.FromSeconds(offset)))),
    });

    /// <summary>A single date: written in full, or a year, month or day with some of its rightmost digits unspecified
    /// (<c>2020-07-1X</c>, <c>20XX</c>).</summary>
    internal static readonly Gen<PartialDate> SingleDate = Gen.Int[0, 3].SelectMany(kind => kind > 0
        ? FullDate
        : FullDate.Where(d => d.Precision != DatePrecision.Instant)
            .SelectMany(d => Gen.Int[1, 2 + (2 * (int)d.Precision)].Select(d.WithUnspecifiedDigits)));

    /// <summary>An EDTF interval: two dates (in order), or a date and an open or unknown end on either side.</summary>
    internal static readonly Gen<PartialDate> IntervalDate = Gen.Int[0, 2].SelectMany(shape => shape switch
    {
        0 => Gen.Select(SingleDate, SingleDate, (a, b) => InOrder(a, b) ? PartialDate.Interval(a, b) : PartialDate.Interval(b, a)),
        1 => Gen.Select(SingleDate, Gen.Int[1, 2], (a, end) => PartialDate.Interval(a, (IntervalEnd)end)),
        _ => Gen.Select(Gen.Int[1, 2], SingleDate, (start, b) => PartialDate.Interval((IntervalEnd)start, b)),
    });

    /// <summary>Every form of date the format holds: mostly single dates, some intervals.</summary>
    internal static readonly Gen<PartialDate> Date = Gen.Int[0, 4].SelectMany(kind => kind > 0 ? SingleDate : IntervalDate);

    /// <summary>The rule an interval's ends obey: two instants in order, or the end's last local day not before the start's first.</summary>
    private static bool InOrder(PartialDate from, PartialDate to) =>
        from.Instant is { } first && to.Instant is { } last ? last >= first : to.EndDate >= from.StartDate;

    private static Gen<System.Collections.Immutable.ImmutableArray<T>> Ids<T>(Func<string, T> create) =>
        Slug.Array[0, 3].Select(a => a.Distinct().Select(create).ToImmutableArray());

    private static readonly Gen<Company> Company = Gen.Select(Slug, Text,
        Gen.Select(Text, Gen.Enum<CompanyNameKind>(), MaybeValue(Date), (n, k, f) => new CompanyName(n, k, f)).Array[0, 2],
        MaybeValue(Slug.Select(s => new CompanyId(s))), MaybeValue(Gen.Int[1, 99999].Select(i => new WikidataId($"Q{i}"))),
        (id, name, names, parent, wikidata) => new Company(new CompanyId(id), name, names, parent == new CompanyId(id) ? null : parent, wikidata));

    private static readonly Gen<Jurisdiction> Jurisdiction = Gen.Select(Gen.Char["QXZ"], Gen.Char["ABC"], Pick("", "-1", "-AB"), Gen.Enum<JurisdictionKind>(),
        Pick("Asia/Hong_Kong", "Etc/UTC", "America/Los_Angeles"), Text,
        (a, b, sub, kind, zone, name) => new Jurisdiction(new JurisdictionCode($"{a}{b}{sub}"), name, kind, zone, sub.Length > 0 ? new JurisdictionCode($"{a}{b}") : null));

    private static readonly Gen<Source> Source = Gen.Select(Slug, Maybe(Text), Maybe(Text), Maybe(Slug.Select(s => new Uri($"https://news.example.org/{s}?q=1"))),
        MaybeValue(Date), Maybe(Text), Maybe(Text), MaybeValue(Instant),
        (id, publisher, title, url, published, byline, agency, retrieved) => new Source(new SourceId(id), publisher, title, url, published, byline, agency, retrieved));

    private static readonly Gen<Statement> Statement = Gen.Select(Slug, Verbatim, Gen.Select(Slug, Maybe(Text), Maybe(Text), (c, p, r) => new Speaker(new CompanyId(c), p, r)),
        MaybeValue(Date), Pick("en", "zh-Hant-HK", "yue"), Ids(s => new SourceId(s)),
        (id, text, speaker, date, language, sources) => new Statement(new StatementId(id), text, speaker, date, new LanguageTag(language), sources));

    private static readonly Gen<Trigger> Trigger = Gen.Select(Slug, Pick("HK", "US-CA"), Text, Date, Ids(s => new SourceId(s)),
        Gen.Select(Date, Ids(s => new SourceId(s)).Where(a => a.Length > 0), Maybe(Verbatim), (d, s, w) => new DateClaim(d, s, w)).Array[0, 2],
        (id, jurisdiction, title, effective, sources, claims) => new Trigger(new TriggerId(id), new JurisdictionCode(jurisdiction), title, effective, sources, claims));

    // Format 1.1 members (subjects, origin, channel, the finer kinds) in about half the policies.
    private static readonly Gen<RequestPolicy> Policy = Gen.Select(Gen.Enum<PolicyStance>(), Gen.Int[0, 63], Gen.Int[0, 7], Text.Array[0, 2],
        Text.Array[0, 2], Text.Array[0, 2], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1], Gen.Int[0, 4], (s, o, c) => (Subjects: s, Origin: o, Channel: c)),
        (stance, kinds, requesters, products, conditions, exceptions, v11) =>
            new RequestPolicy(stance, new RequestScope((RequestKinds)kinds, (Requesters)requesters, products.Distinct())
                    .WithSubjectJurisdictions(v11.Subjects switch { 1 => [new JurisdictionCode("HK")], 2 => [new JurisdictionCode("US-CA"), new JurisdictionCode("HK")], _ => null })
                    .WithOrigin((RequestOrigin)v11.Origin),
                conditions, exceptions,
                stance != PolicyStance.FormalChannelOnly || v11.Channel == 0 ? null
                    : new FormalChannel((FormalChannelKind)(v11.Channel - 1), v11.Channel % 2 == 0 ? "United States Department of Justice" : null,
                        v11.Channel > 2 ? new JurisdictionCode("US") : null)));

    private static readonly Gen<PolicyEvent> Event = Gen.Select(Slug, Slug, Pick("HK", "US", "XK"), Policy,
        Gen.Select(MaybeValue(Date), Date, Gen.Int[0, 2], (a, b, which) => which switch { 0 => (a, (PartialDate?)b), 1 => (b, a), _ => ((PartialDate?)b, (PartialDate?)b) }),
        Instant, Gen.Select(Ids(s => new StatementId(s)), Ids(s => new SourceId(s)), MaybeValue(Slug.Select(s => new TriggerId(s))), (st, so, t) => (st, so, t)),
        Gen.Select(Maybe(Slug), Maybe(Text), (s, n) => (s, n)),
        (id, company, jurisdiction, policy, dates, recorded, references, rest) => new PolicyEvent(new EventId(id), new CompanyId(company),
            new JurisdictionCode(jurisdiction), policy, dates.Item1, dates.Item2, recorded, references.st, references.so, references.t,
            rest.s is { } s && s != id ? new EventId(s) : null, rest.n));

    private static readonly Gen<DatasetMetadata> Metadata = Gen.Select(Slug, Text, Text, Instant, Maybe(Pick("CC-BY-4.0", "CC0-1.0", "MIT OR Apache-2.0")),
        Maybe(Text), Text.Array[0, 2], Ids(s => new SourceId(s)),
        (id, title, version, created, license, description, creators, sources) =>
            new DatasetMetadata(new DatasetId(id), title, version, created, license, description, creators, sources));

    private static readonly Gen<string?> NumberText = Gen.Int[0, 2].SelectMany(i => i == 0 ? Gen.Const((string?)null) : Text.Select(t => (string?)t));

    /// <summary>A count as published: unknown, exact (negative ones included) or a range, with the default or another text.</summary>
    internal static readonly Gen<PolicyEvents.Figures.PublishedNumber> Count = Gen.Int[0, 2].SelectMany(kind => kind switch
    {
        0 => Gen.Const(PolicyEvents.Figures.PublishedNumber.Unknown),
        1 => Gen.Select(Gen.Long[-5, 10_000_000_000L], NumberText, (n, t) => PolicyEvents.Figures.PublishedNumber.Exact(n, t)),
        _ => Gen.Select(Gen.Long[0, 1000], Gen.Long[0, 1000], NumberText, (a, b, t) => PolicyEvents.Figures.PublishedNumber.Range(Math.Min(a, b), Math.Max(a, b), t)),
    });

    /// <summary>A percentage as published (outside 0 to 100 included, with decimals and trailing zeros), or unknown.</summary>
    internal static readonly Gen<PolicyEvents.Figures.PublishedNumber> Percent = Gen.Int[0, 2].SelectMany(kind => kind == 0
        ? Gen.Const(PolicyEvents.Figures.PublishedNumber.Unknown)
        : Gen.Select(Gen.Int[-100, 12000], Gen.Byte[0, 2], NumberText, (n, scale, t) => PolicyEvents.Figures.PublishedNumber.Percentage(new decimal(Math.Abs(n), 0, 0, n < 0, scale), t)));

    internal static readonly Gen<PolicyEvents.Figures.ReportedFigures> Figure = Gen.Select(Slug, MaybeValue(Pick("HK", "US", "XK").Select(c => new JurisdictionCode(c))), Text,
        Gen.Select(Gen.Int[0, 12000], Gen.Int[0, 400], Gen.Bool, (start, days, derived) =>
            new PolicyEvents.Figures.ReportingPeriod(new LocalDate(2000, 1, 1).PlusDays(start), new LocalDate(2000, 1, 1).PlusDays(start + days), derived)),
        Gen.Select(Text, Gen.Int[0, 15], Gen.Enum<PolicyEvents.Figures.LegalProcessKind>(), (label, kinds, legal) => new PolicyEvents.Figures.RequestCategory(label, (RequestKinds)kinds, legal)),
        Gen.Select(Count, Count, Count, Percent, (r, a, p, pc) => new PolicyEvents.Figures.RequestFigures(r, a, p, pc)),
        Maybe(Gen.Select(Text, Gen.Int[1, 100_000], (f, l) => new PolicyEvents.Figures.FigureProvenance(f, l))),
        (company, code, name, period, category, figures, provenance) =>
            new PolicyEvents.Figures.ReportedFigures(new CompanyId(company), code, name, period, category, figures, provenance));

    internal static readonly Gen<PolicyDataset> Dataset = Gen.Select(Metadata, Company.Array[0, 4], Jurisdiction.Array[0, 3], Source.Array[0, 4],
        Statement.Array[0, 4], Trigger.Array[0, 2], Gen.Select(Event.Array[0, 6], Figure.Array[0, 5], (e, f) => (e, f)),
        (metadata, companies, jurisdictions, sources, statements, triggers, rest) => new PolicyDataset(metadata,
            companies.DistinctBy(c => c.Id), jurisdictions.DistinctBy(j => j.Code), sources.DistinctBy(s => s.Id),
            statements.DistinctBy(s => s.Id), triggers.DistinctBy(t => t.Id), rest.e.DistinctBy(e => e.Id),
            rest.f.DistinctBy(f => (f.Company, f.Jurisdiction?.Value ?? "\"" + f.JurisdictionName, f.Period.Start, f.Period.End, f.Category.Label))));
}
