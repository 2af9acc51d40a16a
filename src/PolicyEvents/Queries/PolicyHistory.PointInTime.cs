using NodaTime;

namespace PolicyEvents;

public sealed partial class PolicyHistory
{
    /// <summary>The policy in force for a company toward a jurisdiction at an instant. O(log n); allocates nothing.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; <see cref="PolicyStatus.NoRecordedPolicy"/> when no event is in force (never null).</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public PolicyAnswer PolicyAt(CompanyId company, JurisdictionCode jurisdiction, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(reading, nameof(reading));
        return _keys.TryGetValue((company, jurisdiction), out var key)
            ? Answer(key, at, reading)
            : new PolicyAnswer(this, company, jurisdiction, at, reading, -1, -1);
    }

    /// <summary>The policy in force for a company toward a jurisdiction at the start of a local date in the jurisdiction's
    /// time zone (the first instant of that day there).</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read; <see cref="DateReading.Earliest"/> by default.</param>
    /// <returns>The answer; never null.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public PolicyAnswer PolicyAt(CompanyId company, JurisdictionCode jurisdiction, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        return PolicyAt(company, jurisdiction, StartOf(jurisdiction, date), reading);
    }

    /// <summary>The policies in force toward a jurisdiction at an instant for a company, or for it and its subsidiaries:
    /// one answer per family member (<see cref="Family"/> order), each naming its company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="scope">Whether to include subsidiaries.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>One answer per company in scope, including explicit "no recorded policy" answers.</returns>
    /// <exception cref="ArgumentException">The company or jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesAt(CompanyId company, JurisdictionCode jurisdiction, Instant at,
        CompanyScope scope, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(scope, nameof(scope));
        EventTime.Check(reading, nameof(reading));
        return [.. Members(company, scope).Select(member => PolicyAt(member, jurisdiction, at, reading))];
    }

    /// <summary>Snapshot: every company's policy toward a jurisdiction at an instant, one answer per company that has at least
    /// one event toward it in this view, ordered by company id (a company whose events all take effect later gets an explicit
    /// "no recorded policy"). O(k log n) for k companies.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesToward(JurisdictionCode jurisdiction, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        EventTime.Check(reading, nameof(reading));
        return _keysByJurisdiction.TryGetValue(jurisdiction, out var keys) ? [.. keys.Select(k => Answer(k, at, reading))] : [];
    }

    /// <summary>Snapshot at the start of a local date in the jurisdiction's zone; see
    /// <see cref="PoliciesToward(JurisdictionCode, Instant, DateReading)"/>.</summary>
    /// <param name="jurisdiction">The jurisdiction, whose zone reads <paramref name="date"/>.</param>
    /// <param name="date">The local date.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The jurisdiction is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The registry does not hold the jurisdiction.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesToward(JurisdictionCode jurisdiction, LocalDate date, DateReading reading = DateReading.Earliest)
    {
        CheckJurisdiction(jurisdiction, nameof(jurisdiction));
        return PoliciesToward(jurisdiction, StartOf(jurisdiction, date), reading);
    }

    /// <summary>Snapshot: a company's policies toward every jurisdiction it has events toward in this view, at an instant,
    /// ordered by jurisdiction code.</summary>
    /// <param name="company">The company.</param>
    /// <param name="at">The instant.</param>
    /// <param name="reading">How imprecise effective dates are read.</param>
    /// <returns>The answers.</returns>
    /// <exception cref="ArgumentException">The company is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reading"/> is not defined.</exception>
    public IReadOnlyList<PolicyAnswer> PoliciesOf(CompanyId company, Instant at, DateReading reading = DateReading.Earliest)
    {
        CheckCompany(company, nameof(company));
        EventTime.Check(reading, nameof(reading));
        return _keysByCompany.TryGetValue(company, out var keys) ? [.. keys.Select(k => Answer(k, at, reading))] : [];
    }

    private Instant StartOf(JurisdictionCode jurisdiction, LocalDate date) =>
        PartialDate.StartOfDay(_catalog.Registry.Get(jurisdiction).TimeZone, date);

    private PolicyAnswer Answer(int key, Instant at, DateReading reading)
    {
        var entries = EntriesFor(reading);
        int lo = _keyOffset[key], hi = _keyOffset[key + 1];
        var position = LastAtOrBefore(entries, lo, hi, at.ToUnixTimeTicks());
        var next = position + 1 < hi ? entries[position + 1].Event : -1;
        var @event = position >= lo ? entries[position].Event : -1;
        return new PolicyAnswer(this, _keyCompany[key], _keyJurisdiction[key], at, reading, @event, next);
    }
}
