using PolicyEvents.Domain;
using PolicyEvents.Internal;

namespace PolicyEvents.Serialization;

/// <summary>The identifier caches of one load (see <see cref="IdCache{T}"/>).</summary>
internal sealed class ReadCaches
{
    private const string SlugExpected = "an identifier (a lowercase slug such as \"hong-kong-2020\")";

    internal IdCache<DatasetId> Datasets { get; init; } = new("dataset id", SlugExpected, static s => new DatasetId(s), Slug.Problem, remember: false);

    internal IdCache<CompanyId> Companies { get; init; } = new("company id", SlugExpected, static s => new CompanyId(s), Slug.Problem);

    internal IdCache<SourceId> Sources { get; init; } = new("source id", SlugExpected, static s => new SourceId(s), Slug.Problem);

    internal IdCache<StatementId> Statements { get; init; } = new("statement id", SlugExpected, static s => new StatementId(s), Slug.Problem);

    internal IdCache<TriggerId> Triggers { get; init; } = new("trigger id", SlugExpected, static s => new TriggerId(s), Slug.Problem);

    internal IdCache<EventId> Events { get; init; } = new("event id", SlugExpected, static s => new EventId(s), Slug.Problem, remember: false);

    internal IdCache<JurisdictionCode> Jurisdictions { get; init; } = new("jurisdiction code", "a jurisdiction code such as \"HK\" or \"US-CA\"",
        static s => new JurisdictionCode(s), static t => JurisdictionCode.Problem(t));

    internal IdCache<LanguageTag> Languages { get; init; } = new("language tag", "a BCP 47 language tag such as \"en\" or \"zh-Hant-HK\"",
        static s => new LanguageTag(s), static t => LanguageTag.TryParse(t.ToString(), out _) ? null : "expected a language of 2 or 3 letters, then subtags of 1 to 8 letters or digits joined by '-'");

    internal IdCache<WikidataId> Wikidata { get; init; } = new("Wikidata id", "a Wikidata item id such as \"Q95\"",
        static s => new WikidataId(s), static t => WikidataId.TryParse(t.ToString(), out _) ? null : "expected 'Q' and a number without leading zeros", remember: false);

    /// <summary>The speakers of the statements a load keeps as columns, numbered by their keys
    /// (<see cref="Storage.SpeakerTable"/>): no object is made for them while the load runs.</summary>
    internal IdTable<bool> Speakers { get; init; } = new();

    /// <summary>The table of the speakers numbered so far, their companies numbered as <see cref="Companies"/> numbers
    /// them; for when no thread adds any more.</summary>
    internal Storage.SpeakerTable SpeakerTable()
    {
        var companies = new CompanyId[Companies.Count];
        foreach (var (number, company) in Companies.Numbered())
        {
            companies[number] = company;
        }
        var (keys, ends) = Speakers.KeysInOrder();
        return new Storage.SpeakerTable(keys, ends, companies);
    }

    /// <summary>Caches for a whole load (a dataset or a history), which keeps every statement and source: their ids are
    /// cached without the bound that keeps a stream of records (<see cref="PolicyDatasetSerializer.ReadRecords"/>) small,
    /// so that every reference to one shares its string. With the bound, every reference read after the first 65,536 ids
    /// got its own copy, which the loaded records then kept; the cache is no larger than the statements and sources
    /// themselves, and is dropped with the load.</summary>
    internal static ReadCaches ForWholeLoad() => new()
    {
        Sources = new("source id", SlugExpected, static s => new SourceId(s), Slug.Problem, maxEntries: int.MaxValue),
        Statements = new("statement id", SlugExpected, static s => new StatementId(s), Slug.Problem, maxEntries: int.MaxValue),
    };

    /// <summary>Caches for another thread of the same load, sharing these ids (see <see cref="IdCache{T}.Share"/>).</summary>
    internal ReadCaches Share() => new()
    {
        Datasets = Datasets.Share(), Companies = Companies.Share(), Sources = Sources.Share(), Statements = Statements.Share(),
        Triggers = Triggers.Share(), Events = Events.Share(), Jurisdictions = Jurisdictions.Share(), Languages = Languages.Share(),
        Wikidata = Wikidata.Share(), Speakers = Speakers,
    };
}
