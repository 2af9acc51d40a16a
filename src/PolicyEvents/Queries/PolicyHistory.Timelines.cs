using NodaTime;

namespace PolicyEvents;

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
        var periods = new List<PolicyPeriod>();
        foreach (var member in Members(company, scope))
        {
            if (_keys.TryGetValue((member, jurisdiction), out var key))
            {
                AddPeriods(key, long.MinValue, long.MaxValue, reading, periods);
            }
        }
        return scope == CompanyScope.CompanyOnly ? [.. periods] : [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company)];
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
        for (var key = 0; key < _keyCompany.Length; key++)
        {
            AddPeriods(key, from.ToUnixTimeTicks(), to.ToUnixTimeTicks(), reading, periods);
        }
        return [.. periods.OrderBy(p => p.Start).ThenBy(p => p.Company).ThenBy(p => p.Jurisdiction)];
    }

    /// <summary>Adds the periods of one key that start in [fromTicks, toTicks).</summary>
    private void AddPeriods(int key, long fromTicks, long toTicks, DateReading reading, List<PolicyPeriod> periods)
    {
        var entries = EntriesFor(reading);
        int lo = _keyOffset[key], hi = _keyOffset[key + 1];
        var position = FirstAtOrAfter(entries, lo, hi, fromTicks);
        while (position < hi && entries[position].Ticks < toTicks)
        {
            var winner = WinnerOfGroup(entries, position, hi);
            var next = winner + 1 < hi ? entries[WinnerOfGroup(entries, winner + 1, hi)].Event : -1;
            periods.Add(new PolicyPeriod(this, entries[winner].Event, next, reading));
            position = winner + 1;
        }
    }
}
