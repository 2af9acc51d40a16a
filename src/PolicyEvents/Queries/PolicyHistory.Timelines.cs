using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Queries;

public sealed partial class PolicyHistory
{
    /// <summary>
    /// The timeline of a company's policy toward a jurisdiction: its periods in order, each a half-open interval with its
    /// policy and evidence. With <see cref="CompanyScope.IncludingSubsidiaries"/>, the periods of every family member, ordered
    /// by start, then company id; each period names its company.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="scope">Whether to include subsidiaries; <see cref="CompanyScope.CompanyOnly"/> by default.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods; empty when nothing is recorded.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> Timeline(CompanyId company, JurisdictionCode jurisdiction,
        CompanyScope scope = CompanyScope.CompanyOnly, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        if (scope == CompanyScope.CompanyOnly)
        {
            var key = KeyOf(company, jurisdiction);
            return key < 0 ? [] : TimelineOf(key, reading);
        }
        var periods = new List<PolicyPeriod>();
        foreach (var member in Members(company, scope))
        {
            var key = KeyOf(member, jurisdiction);
            if (key >= 0)
            {
                AddPeriods(key, long.MinValue, long.MaxValue, reading, periods);
            }
        }
        return [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company)];
    }

    /// <summary>
    /// The timeline of a resolved (company, jurisdiction) pair: the same periods as
    /// <see cref="Timeline(CompanyId, JurisdictionCode, CompanyScope, DateReading)"/> with <see cref="CompanyScope.CompanyOnly"/>,
    /// without looking the ids up.
    /// </summary>
    /// <param name="key">A key from this history's <see cref="TryGetKey"/>.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is the default value, or comes from another history or view.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> Timeline(HistoryKey key, DateReading reading = DateReading.Earliest)
    {
        var index = IndexOf(key, nameof(key));
        EventTime.Check(reading, nameof(reading));
        return TimelineOf(index, reading);
    }

    /// <summary>Every period of one key, into an array sized to the key's events (trimmed when ties leave fewer periods).</summary>
    private ImmutableArray<PolicyPeriod> TimelineOf(int key, DateReading reading)
    {
        var index = IndexFor(reading);
        int lo = _keys[key].Start, hi = _keys[key].End;
        var periods = new PolicyPeriod[hi - lo];
        var count = 0;
        var winner = index.WinnerOfGroup(lo, hi);
        var start = InstantOf(index, winner);
        while (true)
        {
            var nextWinner = winner + 1 < hi ? index.WinnerOfGroup(winner + 1, hi) : -1;
            Instant? end = nextWinner >= 0 ? InstantOf(index, nextWinner) : null;
            periods[count++] = new PolicyPeriod(this, index.Events[winner], start, end, reading);
            if (nextWinner < 0)
            {
                break;
            }
            winner = nextWinner;
            start = end.GetValueOrDefault();
        }
        return count == periods.Length ? ImmutableCollectionsMarshal.AsImmutableArray(periods) : ImmutableArray.Create(periods, 0, count);
    }

    /// <summary>
    /// The changes across the whole history between two instants: every period, of any company and jurisdiction, that starts
    /// in <c>[from, to)</c>, ordered by start, then company id, then jurisdiction code.
    /// </summary>
    /// <param name="from">The first instant (inclusive).</param>
    /// <param name="to">The end (exclusive); not before <paramref name="from"/>.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The periods that start in the interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyPeriod> Changes(Instant from, Instant to, DateReading reading = DateReading.Earliest)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The end must not be before the start ({from}).");
        }
        EventTime.Check(reading, nameof(reading));
        var periods = new List<PolicyPeriod>();
        for (var key = 0; key < _keys.Length; key++)
        {
            AddPeriods(key, from.ToUnixTimeTicks(), to.ToUnixTimeTicks(), reading, periods);
        }
        return [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company).ThenBy(p => p.Jurisdiction)];
    }

    /// <summary>Adds the periods of one key that start in [fromTicks, toTicks).</summary>
    private void AddPeriods(int key, long fromTicks, long toTicks, DateReading reading, List<PolicyPeriod> periods)
    {
        var index = IndexFor(reading);
        int lo = _keys[key].Start, hi = _keys[key].End;
        var position = index.FirstAtOrAfter(lo, hi, fromTicks);
        if (position >= hi || index.Ticks[position] >= toTicks)
        {
            return;
        }
        var winner = index.WinnerOfGroup(position, hi);
        var start = InstantOf(index, winner);
        while (true)
        {
            var nextWinner = winner + 1 < hi ? index.WinnerOfGroup(winner + 1, hi) : -1;
            Instant? end = nextWinner >= 0 ? InstantOf(index, nextWinner) : null;
            periods.Add(new PolicyPeriod(this, index.Events[winner], start, end, reading));
            if (nextWinner < 0 || index.Ticks[winner + 1] >= toTicks)
            {
                return;
            }
            winner = nextWinner;
            start = end.GetValueOrDefault();
        }
    }
}
