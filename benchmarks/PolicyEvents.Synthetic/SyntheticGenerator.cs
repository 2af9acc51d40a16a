using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PolicyEvents.Domain;
using PolicyEvents.Time;

namespace PolicyEvents.Synthetic;

/// <summary>Builds a <see cref="SyntheticDataset"/> from one seeded <see cref="Random"/>; see that type's remarks.</summary>
internal sealed class SyntheticGenerator
{
    private const int EventsPerPair = 8;
    private static readonly LocalDate FirstDay = new(2009, 1, 1);
    private static readonly LocalDate LastDay = new(2026, 12, 31);
    private static readonly int DayCount = Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days + 1;

    private readonly int _seed;
    private readonly Random _random;
    private readonly ImmutableArray<Jurisdiction> _jurisdictions = JurisdictionRegistry.Default.All;
    private readonly List<Statement> _statements = [];
    private ImmutableArray<Company> _companies;
    private ImmutableArray<Source> _sources;

    internal SyntheticGenerator(int seed)
    {
        _seed = seed;
#pragma warning disable CA5394 // Deterministic test data, not security: a seeded Random is the point.
        _random = new Random(seed);
    }

    internal SyntheticDataset Generate(int eventCount)
    {
        _companies = [.. Companies()];
        _sources = [.. Sources(Math.Max(8, eventCount / 5))];
        var events = Events(eventCount);
        events.Sort((a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        return new SyntheticDataset(_seed, _companies, _sources, [.. _statements], [.. events]);
    }

    private IEnumerable<Company> Companies()
    {
        var names = new List<string>(SyntheticText.CompanyStems.Length * SyntheticText.CompanySuffixes.Length);
        foreach (var stem in SyntheticText.CompanyStems)
        {
            foreach (var suffix in SyntheticText.CompanySuffixes)
            {
                names.Add(stem + suffix);
            }
        }
        Shuffle(names);
        var chosen = names.Take(SyntheticDataset.CompanyCount).Order(StringComparer.Ordinal).ToArray();
        var ids = chosen.Select(n => new CompanyId(n.ToLowerInvariant())).ToArray();
        for (var i = 0; i < chosen.Length; i++)
        {
            var name = chosen[i];
            var names2 = new List<CompanyName>();
            var roll = _random.NextDouble();
            if (roll < 0.10)
            {
                var renamed = Year(2012, 2024);
                names2.Add(new CompanyName(name + " Labs", CompanyNameKind.Former, until: PartialDate.FromYear(renamed)));
            }
            else if (roll < 0.18)
            {
                names2.Add(new CompanyName(name.ToUpperInvariant()[..Math.Min(4, name.Length)], CompanyNameKind.Alias));
            }
            // About one company in eight belongs to one of the first forty (the groups), never to itself.
            CompanyId? parent = i >= 40 && _random.NextDouble() < 0.125 ? ids[_random.Next(40)] : null;
            WikidataId? wikidata = _random.NextDouble() < 0.3
                ? new WikidataId("Q" + _random.Next(10_000, 99_999_999).ToString(CultureInfo.InvariantCulture))
                : null;
            yield return new Company(ids[i], name + SyntheticText.Pick(_random, SyntheticText.CompanyForms), names2, parent, wikidata);
        }
    }

    private IEnumerable<Source> Sources(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var id = new SourceId("src-" + i.ToString("D7", CultureInfo.InvariantCulture));
            var publisher = SyntheticText.Pick(_random, SyntheticText.Publishers);
            var company = _companies[_random.Next(_companies.Length)];
            var jurisdiction = _jurisdictions[_random.Next(_jurisdictions.Length)];
            var title = string.Format(CultureInfo.InvariantCulture, SyntheticText.Pick(_random, SyntheticText.Headlines), company.Name, jurisdiction.Name);
            var day = Day();
            PartialDate published = _random.NextDouble() < 0.2
                ? PartialDate.FromOffsetDateTime(day.At(new LocalTime(_random.Next(24), _random.Next(60))).WithOffset(Offset.FromHours(_random.Next(-8, 10))))
                : PartialDate.FromDate(day);
            var url = new Uri(FormattableString.Invariant(
                $"https://{Slugify(publisher)}.example/{day.Year}/{day.Month:D2}/{id.Value}"));
            var byline = _random.NextDouble() < 0.5 ? SyntheticText.Person(_random) : null;
            var agency = _random.NextDouble() < 0.2 ? SyntheticText.Pick(_random, SyntheticText.Agencies) : null;
            Instant? retrieved = _random.NextDouble() < 0.7 ? AtWholeSecond(day.PlusDays(_random.Next(1, 900))) : null;
            yield return new Source(id, publisher, title, url, published, byline, agency, retrieved);
        }
    }

    private List<PolicyEvent> Events(int eventCount)
    {
        var pairSpace = _companies.Length * _jurisdictions.Length;
        var pairCount = Math.Clamp(eventCount / EventsPerPair, 1, pairSpace);
        var pairs = Enumerable.Range(0, pairSpace).ToArray();
        Shuffle(pairs);
        var events = new List<PolicyEvent>(eventCount);
        for (var p = 0; p < pairCount; p++)
        {
            var company = _companies[pairs[p] / _jurisdictions.Length];
            var jurisdiction = _jurisdictions[pairs[p] % _jurisdictions.Length];
            var count = (eventCount / pairCount) + (p < eventCount % pairCount ? 1 : 0);
            PairEvents(company, jurisdiction, count, events);
        }
        return events;
    }

    private void PairEvents(Company company, Jurisdiction jurisdiction, int count, List<PolicyEvent> events)
    {
        // Distinct days, in order: the dates that the events' precisions then coarsen where the order allows.
        var days = new SortedSet<int>();
        while (days.Count < count)
        {
            var candidate = _random.Next(DayCount);
            if (DayExists(FirstDay.PlusDays(candidate), jurisdiction.TimeZone))
            {
                days.Add(candidate);
            }
        }
        LocalDate? previous = null;
        var sequence = 0;
        foreach (var offset in days)
        {
            var day = FirstDay.PlusDays(offset);
            var date = EffectiveDate(day, previous, jurisdiction.TimeZone);
            previous = day;
            sequence++;
            var id = new EventId(FormattableString.Invariant(
                $"{company.Id.Value}-{jurisdiction.Code.Value.ToLowerInvariant()}-{sequence:D3}"));
            PartialDate? effective = date;
            PartialDate? announced = null;
            var roll = _random.NextDouble();
            if (roll < 0.05)
            {
                // Announced only: the sources give no effective date.
                effective = null;
                announced = PartialDate.FromDate(day);
            }
            else if (roll < 0.75)
            {
                var announcedDay = day.PlusDays(_random.Next(0, 11));
                announced = PartialDate.FromDate(DayExists(announcedDay, jurisdiction.TimeZone) ? announcedDay : day);
            }
            var recorded = AtWholeSecond(Max(day, new LocalDate(2015, 1, 1)).PlusDays(_random.Next(0, 700)));
            var statements = StatementsFor(company, jurisdiction, announced ?? effective!.Value);
            var sources = new HashSet<SourceId>();
            var sourceCount = 1 + _random.Next(3);
            while (sources.Count < sourceCount)
            {
                sources.Add(_sources[_random.Next(_sources.Length)].Id);
            }
            var note = _random.NextDouble() < 0.03 ? SyntheticText.Pick(_random, SyntheticText.Notes) : null;
            events.Add(new PolicyEvent(id, company.Id, jurisdiction.Code, Policy(), effective, announced, recorded,
                statements, sources.Order(), note: note));
        }
    }

    private PartialDate EffectiveDate(LocalDate day, LocalDate? previous, DateTimeZone zone)
    {
        // Coarser precisions only where the previous event's day lies in an earlier year (or month), so that the
        // instants from which the pair's events apply strictly increase.
        var roll = _random.NextDouble();
        PartialDate date;
        if (roll < 0.12 && (previous is null || previous.Value.Year < day.Year))
        {
            date = PartialDate.FromYear(day.Year);
        }
        else if (roll < 0.35 && (previous is null || (previous.Value.Year, previous.Value.Month).CompareTo((day.Year, day.Month)) < 0))
        {
            date = PartialDate.FromYearMonth(day.Year, day.Month);
        }
        else if (roll < 0.85)
        {
            date = PartialDate.FromDate(day);
        }
        else
        {
            var local = day.At(new LocalTime(_random.Next(24), _random.Next(4) * 15));
            return PartialDate.FromOffsetDateTime(zone.AtLeniently(local).ToOffsetDateTime());
        }
        var qualifier = _random.NextDouble() switch
        {
            < 0.08 => DateQualifier.Approximate,
            < 0.12 => DateQualifier.Uncertain,
            < 0.13 => DateQualifier.ApproximateAndUncertain,
            _ => DateQualifier.None,
        };
        return date.WithQualifier(qualifier);
    }

    private List<StatementId> StatementsFor(Company company, Jurisdiction jurisdiction, PartialDate said)
    {
        var roll = _random.NextDouble();
        var count = roll < 0.3 ? 0 : roll < 0.9 ? 1 : 2;
        var ids = new List<StatementId>(count);
        for (var i = 0; i < count; i++)
        {
            var id = new StatementId("st-" + (_statements.Count + 1).ToString("D7", CultureInfo.InvariantCulture));
            var chinese = _random.NextDouble() < 0.1;
            var template = SyntheticText.Pick(_random, chinese ? SyntheticText.ChineseStatements : SyntheticText.Statements);
            var text = string.Format(CultureInfo.InvariantCulture, template, company.Name, jurisdiction.Name,
                SyntheticText.Pick(_random, SyntheticText.Reasons));
            var speaker = _random.NextDouble() switch
            {
                < 0.4 => new Speaker(company.Id),
                < 0.7 => new Speaker(company.Id, role: "spokesperson"),
                _ => new Speaker(company.Id, SyntheticText.Person(_random), SyntheticText.Pick(_random, SyntheticText.Roles)),
            };
            PartialDate? date = _random.NextDouble() < 0.9 ? said : null;
            var language = new LanguageTag(chinese ? "zh-Hant" : "en");
            var source = _sources[_random.Next(_sources.Length)];
            for (var tries = 0; date is { } dated && !Reports(source, dated) && tries < 32; tries++)
            {
                source = _sources[_random.Next(_sources.Length)];
            }
            if (date is { } saidOn && !Reports(source, saidOn))
            {
                date = null; // no source published after it was said: leave the statement undated rather than invalid (PE0109)
            }
            var sources = new[] { source.Id };
            _statements.Add(new Statement(id, text, speaker, date, language, sources));
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>True when the source was published two days or more after the statement's last day, so it can report the
    /// statement whatever the time zones of the two dates (the validator's PE0109 allows one day of slack).</summary>
    private static bool Reports(Source source, PartialDate said) =>
        source.Published is { } published && published.StartDate >= said.EndDate.PlusDays(2);

    private RequestPolicy Policy()
    {
        var stance = _random.NextDouble() switch
        {
            < 0.38 => PolicyStance.RespondingAsUsual,
            < 0.53 => PolicyStance.Reviewing,
            < 0.68 => PolicyStance.Paused,
            < 0.76 => PolicyStance.Refusing,
            < 0.86 => PolicyStance.FormalChannelOnly,
            < 0.90 => PolicyStance.WithdrawnFromMarket,
            _ => PolicyStance.Unknown,
        };
        RequestScope? scope = null;
        if (_random.NextDouble() < 0.5)
        {
            var kinds = _random.NextDouble() < 0.6 ? RequestKinds.UserData : (RequestKinds)_random.Next(1, 16);
            var requesters = (Requesters)_random.Next(0, 8);
            var products = _random.NextDouble() < 0.1
                ? SyntheticText.Products.OrderBy(_ => _random.Next()).Take(1 + _random.Next(2)).ToArray()
                : null;
            scope = new RequestScope(kinds, requesters, products);
        }
        var conditions = _random.NextDouble() < 0.15 ? new[] { SyntheticText.Pick(_random, SyntheticText.Conditions) } : null;
        var exceptions = _random.NextDouble() < 0.10 ? new[] { SyntheticText.Pick(_random, SyntheticText.Exceptions) } : null;
        return new RequestPolicy(stance, scope, conditions, exceptions);
    }

    /// <summary>
    /// False for the few local days that a zone skips whole (Samoa and Tokelau skipped 30 December 2011): such a day
    /// covers an empty span, starting where the next day starts, so an event dated to it could not apply from an instant
    /// strictly between its neighbours'. Such days are not generated.
    /// </summary>
    private static bool DayExists(LocalDate day, DateTimeZone zone)
    {
        var span = PartialDate.FromDate(day).ToInterval(zone);
        return !span.HasEnd || span.End > span.Start;
    }

    private LocalDate Day() => FirstDay.PlusDays(_random.Next(DayCount));

    private int Year(int first, int last) => _random.Next(first, last + 1);

    private Instant AtWholeSecond(LocalDate day) =>
        day.At(new LocalTime(_random.Next(24), _random.Next(60), _random.Next(60))).InUtc().ToInstant();

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Slugify(string text) =>
        new([.. text.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}
