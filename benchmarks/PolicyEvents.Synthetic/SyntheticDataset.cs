using System.Collections.Immutable;
using NodaTime;

namespace PolicyEvents.Synthetic;

/// <summary>
/// A deterministic synthetic dataset of the size of a large real one: companies, sources, statements and policy
/// events over the jurisdictions of <see cref="JurisdictionRegistry.Default"/>, from 2009 to 2026.
/// </summary>
/// <remarks>
/// <para>The same event count and seed always give equal values in the same order (and the same JSON Lines bytes
/// through <see cref="SyntheticJsonLines"/>), on every machine: the generator uses only <see cref="Random"/> with an
/// explicit seed, whose seeded sequence .NET keeps stable, and no clock.</para>
/// <para>Events are spread over company-jurisdiction pairs, about eight to a pair; within a pair the instants from
/// which the events apply (<see cref="AppliesFrom"/>) strictly increase in id order. Every collection is sorted by id
/// (ordinal), as the canonical form of the dataset format requires.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class SyntheticDataset
{
    internal SyntheticDataset(int seed, ImmutableArray<Company> companies, ImmutableArray<Source> sources,
        ImmutableArray<Statement> statements, ImmutableArray<PolicyEvent> events)
    {
        Seed = seed;
        Companies = companies;
        Sources = sources;
        Statements = statements;
        Events = events;
    }

    /// <summary>The number of companies every generated dataset has.</summary>
    public const int CompanyCount = 500;

    /// <summary>The seed the generator uses when none is given.</summary>
    public const int DefaultSeed = 20200630;

    /// <summary>The seed this dataset was generated from.</summary>
    public int Seed { get; }

    /// <summary>The companies, sorted by id: always <see cref="CompanyCount"/> of them.</summary>
    public ImmutableArray<Company> Companies { get; }

    /// <summary>The sources, sorted by id.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The statements, sorted by id.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>The policy events, sorted by id (so grouped by company, then jurisdiction, then time).</summary>
    public ImmutableArray<PolicyEvent> Events { get; }

    /// <summary>The jurisdictions the events use: every entry of <see cref="JurisdictionRegistry.Default"/>.</summary>
    public static ImmutableArray<Jurisdiction> Jurisdictions => JurisdictionRegistry.Default.All;

    /// <summary>The dataset's id in its header, e.g. <c>synthetic-10000-20200630</c>.</summary>
    public string Id => FormattableString.Invariant($"synthetic-{Events.Length}-{Seed}");

    /// <summary>The instant the dataset's header gives as its creation time (fixed, so output is deterministic).</summary>
    public static Instant Created { get; } = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>Generates a dataset.</summary>
    /// <param name="eventCount">The number of events, from 1 to 10,000,000.</param>
    /// <param name="seed">The seed; the same seed and count give the same dataset.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eventCount"/> is out of range.</exception>
    public static SyntheticDataset Generate(int eventCount, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eventCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventCount, 10_000_000);
        return new SyntheticGenerator(seed).Generate(eventCount);
    }

    /// <summary>
    /// The instant from which an event applies: the start of its effective date read in its jurisdiction's time zone,
    /// or, when the effective date is unknown, the start of its announcement date.
    /// </summary>
    /// <param name="policyEvent">An event whose jurisdiction is in <see cref="JurisdictionRegistry.Default"/>.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyEvent"/> is null.</exception>
    public static Instant AppliesFrom(PolicyEvent policyEvent)
    {
        ArgumentNullException.ThrowIfNull(policyEvent);
        var zone = JurisdictionRegistry.Default.Get(policyEvent.Jurisdiction).TimeZone;
        var date = policyEvent.Effective ?? policyEvent.Announced!.Value;
        return date.ToInterval(zone).Start;
    }

    /// <summary>Returns e.g. <c>synthetic-10000-20200630: 500 companies, 2000 sources, 7013 statements, 10000 events</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Id}: {Companies.Length} companies, {Sources.Length} sources, {Statements.Length} statements, {Events.Length} events");
}
